#!/usr/bin/env python3
"""gen-other-pcap.py - a capture without SIP, for what sipdiag costs the
captures it has nothing to say about: DNS over UDP (queries and answers)
and HTTP/1.1 over TCP (handshake, GET, 200 with a small body, FIN), about
the frame sizes of the SIP capture.  Same seed, same bytes.

    bench/gen-other-pcap.py --frames N [--seed S] --out FILE

SPDX-License-Identifier: GPL-2.0-or-later
"""
import argparse
import importlib.util
import os
import random
import struct

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("gen_sip_pcap", os.path.join(HERE, "gen-sip-pcap.py"))
gen_sip = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(gen_sip)

NAMES = ["www.example.com", "mail.example.org", "cdn.example.net", "api.example.com",
         "updates.example.org", "ntp.example.net"]
PATHS = ["/", "/index.html", "/api/v1/status", "/images/logo.png", "/css/site.css"]


def dns_name(name):
    return b"".join(bytes([len(p)]) + p.encode() for p in name.split(".")) + b"\x00"


def dns_query(qid, name):
    return struct.pack("!HHHHHH", qid, 0x0100, 1, 0, 0, 0) + dns_name(name) + struct.pack("!HH", 1, 1)


def dns_answer(qid, name, address):
    question = dns_name(name) + struct.pack("!HH", 1, 1)
    answer = b"\xc0\x0c" + struct.pack("!HHIH", 1, 1, 300, 4) + address
    return struct.pack("!HHHHHH", qid, 0x8180, 1, 1, 0, 0) + question + answer


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--frames", type=int, required=True, help="about this many frames")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--out", required=True)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    with open(args.out, "wb") as f:
        w = gen_sip.Writer(f)
        ts = 1795430000.0
        while w.frames < args.frames:
            client = (bytes([10, 1, rng.randint(0, 255), rng.randint(1, 254)]), rng.randint(20000, 60000))
            if rng.random() < 0.4:
                server = (bytes([10, 0, 0, 53]), 53)
                qid, name = rng.getrandbits(16), rng.choice(NAMES)
                ts += 0.001
                w.udp(ts, client, server, dns_query(qid, name))
                ts += 0.001
                w.udp(ts, server, client, dns_answer(qid, name, bytes([93, 184, 216, rng.randint(1, 254)])))
                continue
            server = (bytes([10, 0, 0, 80]), 80)
            cseq, sseq = rng.getrandbits(32), rng.getrandbits(32)
            request = ("GET %s HTTP/1.1\r\nHost: %s\r\nUser-Agent: bench/1.0\r\nAccept: */*\r\n\r\n"
                       % (rng.choice(PATHS), rng.choice(NAMES))).encode()
            body = b"x" * rng.randint(200, 900)
            response = (b"HTTP/1.1 200 OK\r\nServer: bench\r\nContent-Type: text/html\r\n"
                        b"Content-Length: %d\r\n\r\n" % len(body)) + body
            steps = [(client, server, cseq, 0, 0x02, b""),
                     (server, client, sseq, cseq + 1, 0x12, b""),
                     (client, server, cseq + 1, sseq + 1, 0x10, b""),
                     (client, server, cseq + 1, sseq + 1, 0x18, request),
                     (server, client, sseq + 1, cseq + 1 + len(request), 0x18, response),
                     (client, server, cseq + 1 + len(request), sseq + 1 + len(response), 0x11, b""),
                     (server, client, sseq + 1 + len(response), cseq + 2 + len(request), 0x11, b""),
                     (client, server, cseq + 2 + len(request), sseq + 2 + len(response), 0x10, b"")]
            for src, dst, seq, ack, flags, payload in steps:
                ts += 0.001
                w.tcp(ts, src, dst, seq & 0xFFFFFFFF, ack & 0xFFFFFFFF, flags, payload)
        w.flush()


if __name__ == "__main__":
    main()
