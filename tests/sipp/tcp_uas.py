#!/usr/bin/env python3
"""Tiny SIP-over-TCP UAS for tests/captures/tcp-multi.pcap.

SIPp writes one message per send(), so it never puts two responses in one TCP
segment.  This server does, on purpose:

  * INVITE asking for a 1xx code (To user part, e.g. sip:180@...):
      "100 Trying" + "180 Ringing" + "200 OK" written with ONE send()
  * INVITE asking for a failure code (e.g. sip:486@...):
      "100 Trying" + "486 Busy Here" written with ONE send()
  * BYE: its "200 OK" written with TWO send()s, SPLIT_DELAY apart, cut in the
    middle of the header section, so a dissector must reassemble it.
  * ACK: no answer.

Usage: tcp_uas.py [--host 127.0.0.1] [--port 5074] [--calls 2] [--deadline 20]
Exits after --calls dialogs ended (ACK of a failure, or BYE answered), or
after --deadline seconds.
"""
import argparse
import re
import socket
import sys
import time

REASONS = {100: "Trying", 180: "Ringing", 181: "Call Is Being Forwarded",
           182: "Queued", 183: "Session Progress", 200: "OK",
           480: "Temporarily Unavailable", 486: "Busy Here", 603: "Decline"}
SPLIT_DELAY = 0.3
TAG = "tcpuas%d"


def header(msg, name):
    m = re.search(r"^%s:[ \t]*(.*?)\r\n" % re.escape(name), msg, re.M | re.I)
    return m.group(1) if m else ""


def response(req, code, to_tag=None, contact=None):
    to = header(req, "To")
    if to_tag and ";tag=" not in to:
        to += ";tag=" + to_tag
    lines = ["SIP/2.0 %d %s" % (code, REASONS[code])]
    lines += ["Via: " + v for v in re.findall(r"^Via:[ \t]*(.*?)\r\n", req, re.M)]
    lines += ["From: " + header(req, "From"), "To: " + to,
              "Call-ID: " + header(req, "Call-ID"), "CSeq: " + header(req, "CSeq")]
    if contact:
        lines.append("Contact: " + contact)
    lines += ["Server: sipdiag-test-tcp-uas", "Content-Length: 0", "", ""]
    return "\r\n".join(lines).encode()


def messages(conn, buf):
    """Yield complete SIP messages read from the stream."""
    while True:
        while b"\r\n\r\n" in buf:
            head, rest = buf.split(b"\r\n\r\n", 1)
            m = re.search(rb"^(?:Content-Length|l)[ \t]*:[ \t]*(\d+)", head, re.M | re.I)
            blen = int(m.group(1)) if m else 0
            if len(rest) < blen:
                break
            buf = rest[blen:]
            yield (head + b"\r\n\r\n" + rest[:blen]).decode("utf-8", "replace")
        data = conn.recv(65536)
        if not data:
            return
        buf += data


def serve(conn, args, state):
    host, port = conn.getsockname()[:2]
    contact = "<sip:uas@%s:%d;transport=tcp>" % (
        "[%s]" % host if ":" in host else host, port)
    for msg in messages(conn, b""):
        method = msg.split(" ", 1)[0]
        if method == "INVITE":
            m = re.search(r"sip:(\d+)@", header(msg, "To"))
            code = int(m.group(1)) if m else 180
            tag = TAG % state["n"]
            state["n"] += 1
            out = response(msg, 100)
            if code < 200:
                out += response(msg, code, tag, contact) + response(msg, 200, tag, contact)
            else:
                out += response(msg, code, tag)
            conn.sendall(out)                       # several responses, one write
        elif method == "ACK":
            if not state["answered"].pop(header(msg, "Call-ID"), False):
                state["done"] += 1                  # ACK of a failure ends the call
        elif method == "BYE":
            out = response(msg, 200)
            cut = out.index(b"\r\nFrom:") + 8       # middle of the header section
            conn.sendall(out[:cut])                 # one response, two writes
            time.sleep(SPLIT_DELAY)
            conn.sendall(out[cut:])
            state["done"] += 1
        if method == "INVITE" and code < 300:
            state["answered"][header(msg, "Call-ID")] = True
        if state["done"] >= args.calls:
            return


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--host", default="127.0.0.1")
    ap.add_argument("--port", type=int, default=5074)
    ap.add_argument("--calls", type=int, default=2)
    ap.add_argument("--deadline", type=float, default=20)
    args = ap.parse_args()
    fam = socket.AF_INET6 if ":" in args.host else socket.AF_INET
    srv = socket.socket(fam, socket.SOCK_STREAM)
    srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    srv.bind((args.host, args.port))
    srv.listen(4)
    srv.settimeout(args.deadline)
    state = {"n": 1, "done": 0, "answered": {}}
    end = time.monotonic() + args.deadline
    while state["done"] < args.calls:
        conn, _ = srv.accept()
        conn.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        conn.settimeout(max(1.0, end - time.monotonic()))
        with conn:
            serve(conn, args, state)
            # let the client close first (SIPp counts a call failed if the
            # server drops the connection under it)
            conn.settimeout(2.0)
            try:
                while conn.recv(65536):
                    pass
            except socket.timeout:
                pass
    srv.close()
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except socket.timeout:
        sys.exit("tcp_uas.py: deadline reached")
