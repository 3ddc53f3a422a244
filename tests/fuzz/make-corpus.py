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


def context_seed(code, facts, method, no_method=False, high_facts=False, empty_frames=0):
    flags = (1 if no_method else 0) | (2 if high_facts else 0) | (empty_frames << 2)
    return struct.pack(">HHB", code, facts, flags) + method


# Facts (src/context.h): 1 request-seen, 2 credentials, 4 in-dialog,
# 8 cancelled, 16 repeated, 32 challenge-loop, 64 stale-nonce,
# 128 credentials-refused, 256 provisional, 512 bye-crossed, 1024 resent,
# 2048 answered-before, 4096 retry-too-short, 8192 retry-after,
# 16384 early-bye.
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
    context_seed(401, 1 | 2 | 128 | 32, b"REGISTER", empty_frames=2),
    context_seed(408, 1 | 256, b"INVITE"),
    context_seed(481, 1 | 1024 | 2048, b"BYE", empty_frames=7),
    context_seed(422, 1 | 16 | 4096, b"UPDATE"),
    context_seed(500, 1 | 4 | 8192, b"INVITE"),
]


def flow_message(flags, method, code, cseq, ids, realm_value, timers, dt=0, peers=0):
    """One 10-byte message of fuzz_flows (see its header): dt in quarter
    seconds since the previous one, peers = src | dst << 2 | to-tag << 4 |
    reason << 6."""
    return struct.pack(">BBHBBBBBB", flags, method, code, cseq, ids, realm_value, timers,
                       dt, peers)


def seconds(value):
    """The time byte for a gap of value seconds (quarter seconds up to
    31.75 s, else two-second steps)."""
    quarters = int(round(value * 4))
    return quarters if quarters < 128 else 0x80 | min(127, quarters // 8)


# Methods by index in fuzz_flows.c: 0 INVITE, 1 ACK, 2 BYE, 3 CANCEL,
# 4 REGISTER, 5 OPTIONS.  Addresses: 1 UAC, 2 UAS, 3 a private one.
REQUEST, RESPONSE, CSEQ, TO_TAG = 0, 1, 2, 4
UAC_TO_UAS, UAS_TO_UAC, UAC_TO_PRIVATE = 1 | 2 << 2, 2 | 1 << 2, 1 | 3 << 2
CALLEE = 1 << 4
Q850_16, Q850_41 = 1 << 6, 2 << 6


def timer_a_invites(count):
    """An INVITE and its Timer A retransmissions (0, 0.5, 1.5, 3.5 s...)."""
    out, last = b"", 0.0
    for i in range(count):
        at = 0.0 if i == 0 else 0.5 * (2 ** i - 1)
        out += flow_message(CSEQ, 0, 0, 1, 0x04, 0, 0, seconds(at - last), UAC_TO_UAS)
        last = at
    return out


SEEDS["fuzz_flows"] = [
    # REGISTER, 401, REGISTER with Authorization (realm 1), 401, again, 401.
    flow_message(CSEQ, 4, 0, 1, 0x14, 1, 0) + flow_message(RESPONSE | CSEQ, 4, 401, 1, 0x14, 1, 0)
    + flow_message(CSEQ | 0x20, 4, 0, 2, 0x18, 1, 0)
    + flow_message(RESPONSE | CSEQ, 4, 401, 2, 0x18, 1, 0)
    + flow_message(CSEQ | 0x20, 4, 0, 3, 0x1c, 1, 0)
    + flow_message(RESPONSE | CSEQ, 4, 401, 3, 0x1c, 1, 0),
    # INVITE, 180, CANCEL, 200 CANCEL, 487.
    flow_message(CSEQ, 0, 0, 1, 0x04, 0, 0) + flow_message(RESPONSE | CSEQ, 0, 180, 1, 0x04, 0, 0)
    + flow_message(CSEQ, 3, 0, 1, 0x04, 0, 0) + flow_message(RESPONSE | CSEQ, 3, 200, 1, 0x04, 0, 0)
    + flow_message(RESPONSE | CSEQ, 0, 487, 1, 0x04, 0, 0),
    # Crossed BYEs from two From tags, 481; a 422 asking Min-SE 40, retried short.
    flow_message(CSEQ | 4, 2, 0, 5, 0x14, 0, 0) + flow_message(CSEQ | 4, 2, 0, 9, 0x28, 0, 0)
    + flow_message(RESPONSE | CSEQ, 2, 481, 9, 0x28, 0, 0)
    + flow_message(CSEQ, 0, 0, 1, 0x05, 30 << 2, 2)
    + flow_message(RESPONSE | CSEQ, 0, 422, 1, 0x05, 40 << 2, 1)
    + flow_message(CSEQ, 0, 0, 2, 0x09, 30 << 2, 2)
    + flow_message(RESPONSE | CSEQ, 0, 422, 2, 0x09, 0, 0),
    # Four calls against a cap of three, a response without Call-ID.
    b"".join(flow_message(CSEQ, 5, 0, 1, i, 0, 0) for i in range(4))
    + flow_message(RESPONSE | CSEQ | 0x80, 5, 200, 1, 0, 0, 0),
    b"",
    # 200 OK retransmitted 7 times over 31.5 s, its ACKs to a private
    # address, then the callee's BYE with Q.850 cause 41.
    flow_message(CSEQ, 0, 0, 1, 0x14, 0, 0, 0, UAC_TO_UAS)
    + flow_message(RESPONSE | CSEQ | TO_TAG, 0, 180, 1, 0x14, 0, 0, seconds(0.5),
                   UAS_TO_UAC | CALLEE)
    + b"".join(flow_message(RESPONSE | CSEQ | TO_TAG, 0, 200, 1, 0x14, 0, 0, seconds(gap),
                            UAS_TO_UAC | CALLEE)
               + flow_message(CSEQ | TO_TAG, 1, 0, 1, 0x18, 0, 0, 0,
                              UAC_TO_PRIVATE | CALLEE)
               for gap in (4.5, 0.5, 1, 2, 4, 8, 16))
    + flow_message(CSEQ | TO_TAG, 2, 0, 1, 0x2c, 0, 0, seconds(0.5),
                   UAS_TO_UAC | CALLEE | Q850_41) + b"\x02",
    # INVITE sent 7 times (Timer A), then an OPTIONS 32 s after the first:
    # Timer B certain.
    timer_a_invites(7) + flow_message(CSEQ, 5, 0, 1, 0x09, 0, 0, seconds(0.5), UAC_TO_UAS)
    + b"\x00",
    # The same INVITE, but the capture ends 4.5 s after it: 1 s after the
    # fourth transmission.
    timer_a_invites(4) + b"\x01",
    # 100 Trying, then nothing; the capture ends 200 s later.
    flow_message(CSEQ, 0, 0, 1, 0x04, 0, 0, 0, UAC_TO_UAS)
    + flow_message(RESPONSE | CSEQ, 0, 100, 1, 0x04, 0, 0, 0, UAS_TO_UAC) + b"\xc8",
    # REGISTER sent 11 times over 31.5 s (Timer E at T2), then the next one.
    b"".join(flow_message(CSEQ, 4, 0, 1, 0x04, 0, 0, seconds(gap), UAC_TO_UAS)
             for gap in (0, 0.5, 1, 2, 4, 4, 4, 4, 4, 4, 4))
    + flow_message(CSEQ, 4, 0, 2, 0x08, 0, 0, seconds(0.5), UAC_TO_UAS),
    # An answered call, ACKed, ended by the callee with Q.850 cause 16.
    flow_message(CSEQ, 0, 0, 1, 0x14, 0, 0, 0, UAC_TO_UAS)
    + flow_message(RESPONSE | CSEQ, 0, 100, 1, 0x14, 0, 0, 0, UAS_TO_UAC)
    + flow_message(RESPONSE | CSEQ | TO_TAG, 0, 180, 1, 0x14, 0, 0, seconds(1),
                   UAS_TO_UAC | CALLEE)
    + flow_message(RESPONSE | CSEQ | TO_TAG, 0, 200, 1, 0x14, 0, 0, seconds(3),
                   UAS_TO_UAC | CALLEE)
    + flow_message(CSEQ | TO_TAG, 1, 0, 1, 0x18, 0, 0, 0, UAC_TO_UAS | CALLEE)
    + flow_message(CSEQ | TO_TAG, 2, 0, 1, 0x2c, 0, 0, 0xff, UAS_TO_UAC | CALLEE | Q850_16)
    + flow_message(RESPONSE | CSEQ | TO_TAG, 2, 200, 1, 0x2c, 0, 0, 0, UAC_TO_UAS | CALLEE),
]

# Site overrides files (the UAT format of Wireshark's sipdiag_overrides).
SEEDS["fuzz_overrides"] = [
    b'# This file is automatically generated, DO NOT MODIFY.\n"403","INVITE","",'
    b'"Our SBC refuses: prepaid balance exhausted","","","Check billing, then call the NOC"\n',
    b'"486","","17","Busy: the callee is on another call","","",""\n'
    b'"486","INVITE","","","","","Retry later"\n',
    b'"503","","34","No trunk free","The carrier has no circuit","Peak hours",'
    b'"Add trunks\\x2c or reroute"\n',
    b'"999","","","x","","",""\n',
    b'"404","INVTE","","x","","",""\n',
    b'"404","INVITE","128","x","","",""\n',
    b'"404","INVITE","","","","",""\n',
    b'"404","INVITE","","a\\x0ab","","",""\n',
    b'"404","INVITE"\n',
    b'"404,"INVITE","","x","","",""\n',
    b'"480\x00","","","\xff\xfe","","",""\n',
    b'403\x00INVITE\x00\x00site text\x00\x00\x00\x00',
]

SEEDS["fuzz_sipmsg"] = [
    b"INVITE sip:bob@example.com SIP/2.0\r\nVia: SIP/2.0/UDP 10.0.0.1;branch=z9hG4bK1\r\n"
    b"Call-ID: a84b4c76e66710@pc33\r\nCSeq: 314159 INVITE\r\nContent-Length: 0\r\n\r\n",
    b"SIP/2.0 486 Busy Here\r\ni: short-form@h\r\nCSeq: 2 INVITE\r\n\r\nbody",
    b"SIP/2.0 200 OK\nCSeq:\t7\n  BYE\ncall-id :  folded\n\tvalue\n\n",
    b"NOTIFY sip:a@b SIP/2.0\r\nCSeq: 2147483647 NOTIFY\r\nCall-ID: x\r\n\r\n"
    b"SIP/2.0 200 OK\r\n",
    b"REGISTER sip:r SIP/2.0\r\nCSeq: 2147483648 REGISTER\r\n\r\n",
    b"SIP/2.0 401 Unauthorized\r\nCSeq: 007\r\nCall-ID:\r\n\r\n",
    b"OPTIONS  sip:x SIP/2.0\r\n",
    b"IN\x00VITE sip:x SIP/2.0\r\nCSeq: 1 IN\x00VITE\r\n",
    b"SIP/2.0 200 OK\r\nCSeq: 99999999999999999999 INVITE\r\n",
    b"GARBAGE\r\n\r\n",
    b"",
    b"SIP/2.0 180 Ringing\r\nTo: \"B;tag=no\" <sip:b@h;tag=uri>;tag=real\r\nt: x\r\n\r\n",
    b"BYE sip:a SIP/2.0\r\nTo: sip:b@h;user=phone ; tag = 1\r\nCSeq: 3 BYE\r\n\r\n",
    b"SIP/2.0 4x4 Odd\r\n",
    b"SIP/2.0 503 Service Unavailable\r\nReason: Q.850;cause=34\r\nReason: SIP;cause=503\r\n"
    b"Warning: 399 gw \"no trunk\"\r\nWWW-Authenticate: Digest stale=TRUE\r\n\r\n",
    b"NOTIFY sip:a SIP/2.0\r\no: refer;id=7\r\nc: message/sipfrag;version=2.0\r\n\r\n"
    b"SIP/2.0 486 Busy Here\r\n",
    b"NOTIFY sip:a SIP/2.0\r\nContent-Type: message/sipfrag\r\n\r\n",
]

# SDP bodies: what the media checks read (c=, m=, rtpmap, directions,
# candidates) as real stacks write them, and broken ones.
SEEDS["fuzz_sdp"] = [
    b"v=0\r\no=- 1 1 IN IP4 10.0.0.5\r\ns=-\r\nc=IN IP4 10.0.0.5\r\nt=0 0\r\n"
    b"m=audio 4000 RTP/AVP 0 8 101\r\na=rtpmap:101 telephone-event/8000\r\n"
    b"a=fmtp:101 0-15\r\na=sendrecv\r\n",
    b"v=0\r\nc=IN IP6 fd00::5\r\na=sendonly\r\nm=audio 0 RTP/SAVP 18\r\n"
    b"m=video 5002/2 RTP/AVPF 96 97\r\na=rtpmap:96 VP8/90000\r\na=rtpmap:97 rtx/90000\r\n"
    b"a=inactive\r\n",
    b"v=0\nm=image 4000 udptl t38\nc=IN IP4 host.example.com\n",
    b"v=0\r\nm=audio 9 UDP/TLS/RTP/SAVPF 111\r\nc=IN IP4 0.0.0.0\r\n"
    b"a=rtpmap:111 opus/48000/2\r\na=candidate:1 1 udp 2122260223 192.168.1.2 54321 typ host\r\n"
    b"a=candidate:2 1 udp 1686052607 203.0.113.9 54321 typ srflx raddr 192.168.1.2 rport 54321\r\n",
    b"v=0\r\nc=IN IP4 224.2.1.1/127/3\r\nm=audio 70000 RTP/AVP 200 -1\r\na=rtpmap:8 PC",
    b"v=0\r\nc=IN IP4 10.0.\x00.1\r\nm=audio 1 RTP/AVP 0\x00 8\r\na=recvonly\r\n",
    b"--b\r\nContent-Type: application/sdp\r\n\r\nv=0\r\nm=audio 1 RTP/AVP 0\r\n\r\n--b--\r\n",
    b"::ffff:10.0.0.1",
    b"2001:db8::1:0:0:1",
    b"m=audio 1 RTP/AVP 0\r\n",
    b"",
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
