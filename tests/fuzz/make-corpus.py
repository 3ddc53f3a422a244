#!/usr/bin/env python3
"""Writes the seed corpus of each libFuzzer harness into corpus/<harness>/.

Small realistic values as carriers and PBXs send them (Reason values of
RFC 3326 and RFC 6432 as Asterisk, FreeSWITCH and Kamailio write them,
Warning values of RFC 3261 §20.43, status lines, language codes, context
inputs), plus a few hostile ones.  Run again after editing; the files are
kept in git so that run-libfuzzer.sh needs nothing else.
"""
import os
import struct

HERE = os.path.dirname(os.path.abspath(__file__))

SEEDS = {
    "fuzz_reason": [
        b'Q.850;cause=16;text="Normal call clearing"',
        b'SIP;cause=487;text="Request Terminated"',
        b'Q.850 ;cause=17 ;text="User busy", SIP;cause=486;text="Busy Here"',
        b'SIP ;cause=200 ;text="Call completed elsewhere"',
        b'Q.850;cause=31',
        b'RELEASE_CAUSE;cause=1;text="Remote end hung up"',
        b'Q.850;cause=34;text="No circuit, \\"channel\\", available"',
        b'SIP;cause=600;text="Busy Everywhere";location=LN',
        b'Q.850;cause=21;text="Call rejected", Q.850;cause=127, SIP;cause=603',
        b'Q.850;cause=16;text="unterminated',
        b'Q.850;cause=99999999999;text=""',
        b',,;;==""\\',
    ],
    "fuzz_warning": [
        b'399 devnull "Empty Body"',
        b'370 10.0.0.1:5060 "Insufficient bandwidth"',
        b'301 isi.edu "Incompatible network address type \'E.164\'"',
        b'307 isi.edu "Session parameter \'foo\' not understood", '
        b'399 proxy.example.com "Call \\"forbidden\\" by policy"',
        b'392 192.168.1.10:5060 "Noisy feedback tells: pid=1234 req_src_ip=192.168.1.20"',
        b'305 pbx "Incompatible media format"',
        b'380 SIPpServer "Not in dialog"',
        b'399 [2001:db8::1]:5060 "IPv6 agent"',
        b'3999 x "four digits"',
        b'399 "no agent"',
        b'399 a "',
    ],
    "fuzz_status_line": [
        b"SIP/2.0 200 OK",
        b"SIP/2.0 486 Busy Here\r\n",
        b"SIP/2.0 100 Trying",
        b"SIP/2.0 503 Service Unavailable",
        b"SIP/2.0 202 Accepted",
        b"SIP/2.0 999 Odd",
        b"SIP/2.0 000 Zero",
        b"SIP/2.0 4x4 Odd",
        b"SIP/2.0 603",
        b"SIP/2.0 409 Conflict",
        b"SIP/2.0 499 Unknown",
        b"486",
        b"700",
        b"SIP/2.0 ",
    ],
    "fuzz_lang": [b"en", b"fr", b"es", b"de", b"pt", b"it", b"FR", b"xx", b"", b"english",
                  b"e\x00n"],
}


def context_seed(code, facts, method, no_method=False, high_facts=False):
    flags = (1 if no_method else 0) | (2 if high_facts else 0)
    return struct.pack(">HBB", code, facts, flags) + method


# Facts: 1 request-seen, 2 credentials, 4 in-dialog, 8 cancelled,
# 16 repeated, 32 challenge-loop, 64 stale-nonce.
SEEDS["fuzz_context"] = [
    context_seed(401, 1, b"REGISTER"),
    context_seed(401, 3, b"REGISTER"),
    context_seed(407, 64, b"INVITE"),
    context_seed(401, 32, b"INVITE"),
    context_seed(487, 9, b"INVITE"),
    context_seed(481, 5, b"BYE"),
    context_seed(491, 5, b"INVITE"),
    context_seed(488, 5, b"INVITE"),
    context_seed(488, 1, b"INVITE"),
    context_seed(422, 1, b"INVITE"),
    context_seed(489, 1, b"SUBSCRIBE"),
    context_seed(486, 1, b"INVITE"),
    context_seed(999, 127, b"INVITE"),
    context_seed(0, 0, b"", no_method=True),
    context_seed(401, 0, b"REGISTER INVITE", high_facts=True),
]


def main():
    for harness, seeds in SEEDS.items():
        folder = os.path.join(HERE, "corpus", harness)
        os.makedirs(folder, exist_ok=True)
        for name in os.listdir(folder):
            if name.startswith("seed-"):
                os.remove(os.path.join(folder, name))
        for i, seed in enumerate(seeds):
            with open(os.path.join(folder, "seed-%02d" % i), "wb") as f:
                f.write(seed)
        print("%s: %d seeds" % (harness, len(seeds)))


if __name__ == "__main__":
    main()
