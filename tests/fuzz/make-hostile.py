#!/usr/bin/env python3
"""Writes hostile SIP captures for sipdiag's robustness tests.

    make-hostile.py [--out DIR]                 # the small captures (hostile/)
    make-hostile.py --storm FILE [--refers N]   # the REFER storm, N=60000
    make-hostile.py --call-storm FILE [--calls N]  # N=200010 calls

Pcap files (Ethernet, IPv4, UDP or TCP with valid sequence numbers and
checksums) built with struct alone, no scapy.  Each capture is described in
HOSTILE below and in README.md; test_hostile.py holds what sipdiag must do
on each.  The REFER storm (36 MB) and the call storm (48 MB) are never kept
in git: the test generates them in a temporary folder.
"""
import argparse
import os
import struct
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CLIENT = ("10.0.0.1", 5060)
SERVER = ("10.0.0.2", 5060)
MSS = 1460
MAX_FILE = 200 * 1024


def checksum(data):
    if len(data) % 2:
        data += b"\0"
    total = sum(struct.unpack("!%dH" % (len(data) // 2), data))
    while total >> 16:
        total = (total & 0xFFFF) + (total >> 16)
    return ~total & 0xFFFF


def ip4(addr):
    return bytes(int(x) for x in addr.split("."))


class Pcap:
    """A classic pcap file (microsecond timestamps, Ethernet)."""

    def __init__(self, path):
        self.f = open(path, "wb")
        self.f.write(struct.pack("<IHHiIII", 0xA1B2C3D4, 2, 4, 0, 0, 262144, 1))
        self.usec = 1700000000 * 1000000
        self.ip_id = 1

    def close(self):
        self.f.close()

    def frame(self, src, dst, proto, l4):
        ip_len = 20 + len(l4)
        if ip_len > 0xFFFF:
            raise ValueError("IP packet too large: %d" % ip_len)
        hdr = struct.pack("!BBHHHBBH4s4s", 0x45, 0, ip_len, self.ip_id & 0xFFFF, 0x4000, 64,
                          proto, 0, ip4(src[0]), ip4(dst[0]))
        hdr = hdr[:10] + struct.pack("!H", checksum(hdr)) + hdr[12:]
        self.ip_id += 1
        eth = (b"\x00\x00\x5e\x00\x53\x02" if dst == SERVER else b"\x00\x00\x5e\x00\x53\x01")
        eth += (b"\x00\x00\x5e\x00\x53\x01" if dst == SERVER else b"\x00\x00\x5e\x00\x53\x02")
        data = eth + b"\x08\x00" + hdr + l4
        self.usec += 1000
        sec, usec = divmod(self.usec, 1000000)
        self.f.write(struct.pack("<IIII", sec, usec, len(data), len(data)) + data)

    def udp(self, src, dst, payload):
        length = 8 + len(payload)
        pseudo = ip4(src[0]) + ip4(dst[0]) + struct.pack("!BBH", 0, 17, length)
        hdr = struct.pack("!HHHH", src[1], dst[1], length, 0)
        csum = checksum(pseudo + hdr + payload) or 0xFFFF
        self.frame(src, dst, 17, struct.pack("!HHHH", src[1], dst[1], length, csum) + payload)


class TcpFlow:
    """One TCP connection, handshake included; send() cuts data into
    segments of at most mss bytes with the right sequence numbers."""

    def __init__(self, pcap, client=("10.0.0.1", 40000), server=SERVER):
        self.pcap = pcap
        self.ends = {client: 1000, server: 5000}
        self.client, self.server = client, server
        self.segment(client, server, 0x02, b"")           # SYN
        self.ends[client] += 1
        self.segment(server, client, 0x12, b"")           # SYN-ACK
        self.ends[server] += 1
        self.segment(client, server, 0x10, b"")           # ACK

    def segment(self, src, dst, flags, payload):
        seq, ack = self.ends[src], self.ends[dst]
        hdr = struct.pack("!HHIIBBHHH", src[1], dst[1], seq, ack if flags != 0x02 else 0,
                          5 << 4, flags, 65535, 0, 0)
        pseudo = ip4(src[0]) + ip4(dst[0]) + struct.pack("!BBH", 0, 6, len(hdr) + len(payload))
        csum = checksum(pseudo + hdr + payload)
        hdr = hdr[:16] + struct.pack("!H", csum) + hdr[18:]
        self.pcap.frame(src, dst, 6, hdr + payload)
        self.ends[src] += len(payload)

    def send(self, from_client, data, mss=MSS):
        src, dst = (self.client, self.server) if from_client else (self.server, self.client)
        for i in range(0, len(data), mss):
            self.segment(src, dst, 0x18, data[i:i + mss])
        self.segment(dst, src, 0x10, b"")  # the peer's ACK


# --- SIP messages --------------------------------------------------------------

def sip(first_line, headers, body=b""):
    """A SIP message; headers is a list of (name, value) as bytes or str;
    Content-Length is added last, correct for the body."""
    def b(x):
        return x if isinstance(x, bytes) else x.encode()
    out = b(first_line) + b"\r\n"
    for name, value in headers:
        out += b(name) + b": " + b(value) + b"\r\n"
    out += b"Content-Length: %d\r\n\r\n" % len(body)
    return out + body


def dialog(call_id, cseq, method, transport="UDP", to_tag=False, extra=()):
    return [
        ("Via", "SIP/2.0/%s 10.0.0.1:5060;branch=z9hG4bK-%s-%d" % (transport, call_id, cseq)),
        ("From", "<sip:alice@10.0.0.1>;tag=a1"),
        ("To", "<sip:bob@10.0.0.2>" + (";tag=b1" if to_tag else "")),
        ("Call-ID", call_id),
        ("CSeq", "%d %s" % (cseq, method)),
    ] + list(extra)


def request(method, call_id, cseq, transport="UDP", extra=(), body=b"", to_tag=False):
    return sip("%s sip:bob@10.0.0.2 SIP/2.0" % method,
               dialog(call_id, cseq, method, transport, to_tag, extra)
               + [("Max-Forwards", "70")], body)


def response(status_line, call_id, cseq, method, transport="UDP", extra=(), body=b""):
    return sip(status_line, dialog(call_id, cseq, method, transport, True, extra), body)


# --- the captures ---------------------------------------------------------------

def invalid_codes(p):
    """INVITE answered by 000, 099, 700, 999, then "4x4", each its own call."""
    for i, line in enumerate(["SIP/2.0 000 Zero", "SIP/2.0 099 Too Low", "SIP/2.0 700 Too High",
                              "SIP/2.0 999 Odd", "SIP/2.0 4x4 Odd"]):
        call = "invalid-%d@h" % i
        p.udp(CLIENT, SERVER, request("INVITE", call, 1))
        p.udp(SERVER, CLIENT, response(line, call, 1, "INVITE"))


def no_cseq(p):
    """Responses without CSeq, without Call-ID, without both, with an empty
    CSeq and with a CSeq that has no method."""
    base = [("Via", "SIP/2.0/UDP 10.0.0.1:5060;branch=z9hG4bK-nocseq"),
            ("From", "<sip:alice@10.0.0.1>;tag=a1"), ("To", "<sip:bob@10.0.0.2>;tag=b1")]
    p.udp(CLIENT, SERVER, request("INVITE", "nocseq@h", 1))
    p.udp(SERVER, CLIENT, sip("SIP/2.0 486 Busy Here", base + [("Call-ID", "nocseq@h")]))
    p.udp(SERVER, CLIENT, sip("SIP/2.0 486 Busy Here", base + [("CSeq", "1 INVITE")]))
    p.udp(SERVER, CLIENT, sip("SIP/2.0 486 Busy Here", base))
    p.udp(SERVER, CLIENT, sip("SIP/2.0 486 Busy Here", base + [("Call-ID", "nocseq@h"),
                                                                ("CSeq", "")]))
    p.udp(SERVER, CLIENT, sip("SIP/2.0 401 Unauthorized", base + [("Call-ID", "nocseq@h"),
                                                                   ("CSeq", "7")]))


def burst_messages(n=1000):
    out = b""
    for i in range(n):
        call = "b%d" % i
        out += sip("SIP/2.0 %d %s" % ((200, "OK") if i % 2 == 0 else (486, "Busy Here")),
                   [("Via", "SIP/2.0/TCP 10.0.0.1;branch=z9hG4bK%d" % i), ("Call-ID", call),
                    ("CSeq", "%d INVITE" % (i + 1))])
    return out


def burst_1000(p):
    """1000 responses sent back to back on one TCP connection: one payload
    of about 100 KB cut into MSS-sized segments, messages straddling them."""
    flow = TcpFlow(p)
    flow.send(False, burst_messages(1000))


def burst_1000_tso(p):
    """The same 1000 responses in two ~50 KB segments, as a capture taken
    with TCP segmentation offload shows them: about 500 per frame."""
    flow = TcpFlow(p)
    data = burst_messages(1000)
    half = len(data) // 2
    flow.send(False, data[:half], mss=half)
    flow.send(False, data[half:], mss=half)


def tiny_segments(p):
    """A 486 with Reason and Warning over TCP in one-byte segments."""
    flow = TcpFlow(p)
    flow.send(True, request("INVITE", "tiny@h", 1, "TCP"))
    flow.send(False, response("SIP/2.0 486 Busy Here", "tiny@h", 1, "INVITE", "TCP", extra=[
        ("Reason", 'Q.850;cause=17;text="User busy"'),
        ("Warning", '399 pbx "Busy lamp on"')]), mss=1)


def long_reason_phrase(p):
    """A 486 whose reason phrase is 64 KB, over TCP."""
    flow = TcpFlow(p)
    flow.send(True, request("INVITE", "longphrase@h", 1, "TCP"))
    flow.send(False, response("SIP/2.0 486 " + "Busy " * 13107 + "H", "longphrase@h", 1,
                              "INVITE", "TCP"))


def long_warning(p):
    """A 488 whose Warning text is 64 KB (65536 bytes between the quotes)."""
    flow = TcpFlow(p)
    flow.send(True, request("INVITE", "longwarn@h", 1, "TCP"))
    text = ("Incompatible media format " * 2521)[:65536]
    flow.send(False, response("SIP/2.0 488 Not Acceptable Here", "longwarn@h", 1, "INVITE",
                              "TCP", extra=[("Warning", '305 10.0.0.2 "%s"' % text)]))


def long_reason_text(p):
    """A 503 whose Reason text is 64 KB."""
    flow = TcpFlow(p)
    flow.send(True, request("INVITE", "longreason@h", 1, "TCP"))
    text = ("No circuit available " * 3121)[:65536]
    flow.send(False, response("SIP/2.0 503 Service Unavailable", "longreason@h", 1, "INVITE",
                              "TCP", extra=[("Reason", 'Q.850;cause=34;text="%s"' % text)]))


def nul_in_headers(p):
    """NUL bytes inside the status phrase, Reason, Warning, CSeq method,
    Call-ID, Event and WWW-Authenticate, and a 40-character method."""
    call = b"nul\x00call@h"
    p.udp(CLIENT, SERVER, request("INVITE", "nul@h", 1))
    p.udp(SERVER, CLIENT, sip(b"SIP/2.0 486 Busy\x00Here", dialog("nul@h", 1, "INVITE") + [
        ("Reason", b"Q.850;cause=1\x007;text=\"a\x00b\""),
        ("Warning", b"399 h\x00st \"te\x00xt\""),
    ]))
    p.udp(SERVER, CLIENT, sip(b"SIP/2.0 487 Request Terminated", [
        ("Via", "SIP/2.0/UDP 10.0.0.1:5060;branch=z9hG4bK-n"), ("Call-ID", call),
        ("CSeq", b"1 INV\x00ITE"), ("Reason", b"\x00"), ("Warning", b"\x00\x00\x00")]))
    p.udp(SERVER, CLIENT, sip(b"SIP/2.0 401 Unauthorized", dialog("nul@h", 2, "REGISTER") + [
        ("WWW-Authenticate", b'Digest realm="r", nonce="n", stale\x00=true')]))
    long_method = "X" * 40
    p.udp(CLIENT, SERVER, request(long_method, "longmethod@h", 1))
    p.udp(SERVER, CLIENT, response("SIP/2.0 405 Method Not Allowed", "longmethod@h", 1,
                                   long_method))
    p.udp(CLIENT, SERVER, request("NOTIFY", "nul@h", 3, extra=[
        ("Event", b"refer;id=\x001"), ("Content-Type", "message/sipfrag")],
        body=b"SIP/2.0 200\x00 OK\r\n"))


SIPFRAG_BODIES = [
    b"",
    b"SIP/2.0",
    b"SIP/2.0 ",
    b"SIP/2.0 999 Odd\r\n",
    b"SIP/2.0 000 Zero\r\n",
    b"SIP/2.0 4x4 Odd\r\n",
    b"SIP/2.0 2000 OK\r\n",
    b"\x00\xff\xfe garbage \x01\x02\r\n\r\n",
    b"SIP/2.0 603 " + b"D" * 5000 + b"\r\n",
    b"INVITE sip:x SIP/2.0\r\n",
    b"\r\n\r\n\r\n",
    b"SIP/2.0 503 Service Unavailable\r\nSIP/2.0 200 OK\r\n",
]
EVENTS = ["refer", "refer;id=1", "refer;id=99999999999999999999999", "refer;id=-1",
          "refer;id=", "refer;id", "refer ; id = 1", "REFER;ID=1", "refer;;;id=1;", "refer;id=1x"]


def sipfrag_garbage(p):
    """REFER, 202, then NOTIFYs (Event: refer, message/sipfrag) whose bodies
    and Event ids are garbage: empty, truncated, invalid codes, binary."""
    call = "frag@h"
    p.udp(CLIENT, SERVER, request("REFER", call, 1, to_tag=True,
                                  extra=[("Refer-To", "<sip:carol@10.0.0.3>")]))
    p.udp(SERVER, CLIENT, response("SIP/2.0 202 Accepted", call, 1, "REFER"))
    cseq = 100
    for body in SIPFRAG_BODIES:
        for event in (EVENTS if body == b"SIP/2.0 999 Odd\r\n" else ["refer;id=1"]):
            p.udp(SERVER, CLIENT, sip("NOTIFY sip:alice@10.0.0.1 SIP/2.0", [
                ("Via", "SIP/2.0/UDP 10.0.0.2:5060;branch=z9hG4bK-f%d" % cseq),
                ("From", "<sip:bob@10.0.0.2>;tag=b1"), ("To", "<sip:alice@10.0.0.1>;tag=a1"),
                ("Call-ID", call), ("CSeq", "%d NOTIFY" % cseq), ("Event", event),
                ("Subscription-State", "active;expires=60"),
                ("Content-Type", "message/sipfrag;version=2.0")], body))
            cseq += 1
    # A NOTIFY for a REFER never seen, and one with no Call-ID.
    p.udp(SERVER, CLIENT, sip("NOTIFY sip:alice@10.0.0.1 SIP/2.0", [
        ("Call-ID", "unknown@h"), ("CSeq", "1 NOTIFY"), ("Event", "refer"),
        ("Content-Type", "message/sipfrag")], b"SIP/2.0 486 Busy Here\r\n"))
    p.udp(SERVER, CLIENT, sip("NOTIFY sip:alice@10.0.0.1 SIP/2.0", [
        ("CSeq", "2 NOTIFY"), ("Event", "refer"),
        ("Content-Type", "message/sipfrag")], b"SIP/2.0 486 Busy Here\r\n"))


def sipfrag_invalid_report(p):
    """REFER, 202, then one NOTIFY whose sipfrag reports "SIP/2.0 999 Odd",
    and nothing else: whatever sipdiag makes of 999, the NOTIFY and the 202
    must tell the same story."""
    call = "fraginvalid@h"
    p.udp(CLIENT, SERVER, request("REFER", call, 1, to_tag=True,
                                  extra=[("Refer-To", "<sip:carol@10.0.0.3>")]))
    p.udp(SERVER, CLIENT, response("SIP/2.0 202 Accepted", call, 1, "REFER"))
    p.udp(SERVER, CLIENT, sip("NOTIFY sip:alice@10.0.0.1 SIP/2.0", [
        ("Via", "SIP/2.0/UDP 10.0.0.2:5060;branch=z9hG4bK-fi"),
        ("From", "<sip:bob@10.0.0.2>;tag=b1"), ("To", "<sip:alice@10.0.0.1>;tag=a1"),
        ("Call-ID", call), ("CSeq", "7 NOTIFY"), ("Event", "refer;id=1"),
        ("Subscription-State", "terminated;reason=noresource"),
        ("Content-Type", "message/sipfrag;version=2.0")], b"SIP/2.0 999 Odd\r\n"))


REASON_VALUES = [
    # ten causes in one header value
    ", ".join("Q.850;cause=%d;text=\"cause %d\"" % (c, c)
              for c in (1, 16, 17, 18, 19, 21, 31, 34, 41, 127)),
    'Q.850;cause=16;text="unterminated',
    'Q.850;cause=16;text="a\\"',
    'Q.850;cause=16;text="\\',
    'SIP;cause="486"',
    'Q.850;cause=16;text="x,y,\\"z\\"", SIP;cause=487',
    'Q.850;cause=',
    ';cause=16',
    'Q.850;cause=4294967296',
    'Q.850;cause=999999999',
    'Q.850;cause=-1',
    'Q.850 ; cause = 17 ; text = "spaced"',
    '"Q.850";cause=17',
    ',,,,',
    'Q.850;text="no cause"',
    'SIP;cause=999;text="invalid code cited"',
    'SIP;cause=000',
]


def reason_quoting(p):
    """Reason values with 10 causes, broken quoting, out-of-range causes, on
    486 responses, and 10 Reason headers on one response, BYE and CANCEL."""
    for i, value in enumerate(REASON_VALUES):
        call = "reason-%d@h" % i
        p.udp(CLIENT, SERVER, request("INVITE", call, 1))
        p.udp(SERVER, CLIENT, response("SIP/2.0 486 Busy Here", call, 1, "INVITE",
                                       extra=[("Reason", value)]))
    many = [("Reason", "Q.850;cause=%d" % c) for c in (1, 16, 17, 18, 19, 21, 31, 34, 41, 127)]
    p.udp(SERVER, CLIENT, response("SIP/2.0 480 Temporarily Unavailable", "many@h", 1,
                                   "INVITE", extra=many))
    p.udp(CLIENT, SERVER, request("BYE", "many@h", 2, extra=many, to_tag=True))
    p.udp(CLIENT, SERVER, request("CANCEL", "many@h", 1, extra=[("Reason", REASON_VALUES[0])]))
    warnings = [("Warning", '%d h%d "w %d"' % (code, code, code))
                for code in (300, 301, 302, 303, 304, 305, 306, 307, 330, 399)]
    p.udp(SERVER, CLIENT, response("SIP/2.0 488 Not Acceptable Here", "many@h", 3, "INVITE",
                                   extra=warnings + [("Warning", ", ".join(
                                       '%d h "w"' % c for c in range(300, 310)))]))


def reason_empty_param(p):
    """A Reason value with an empty parameter (";;"): the parse_params bug
    found by fuzz_reason (README.md)."""
    for i, value in enumerate(['Q.850;;cause=16;text="Normal call clearing"',
                               'SIP;;cause=487', 'Q.850;cause=17;;text="busy"']):
        call = "emptyparam-%d@h" % i
        p.udp(CLIENT, SERVER, request("INVITE", call, 1))
        p.udp(SERVER, CLIENT, response("SIP/2.0 486 Busy Here", call, 1, "INVITE",
                                       extra=[("Reason", value)]))


def nested_message_sip(p):
    """A 500 carrying a message/sip body that is itself a 486, and a MESSAGE
    carrying a whole 603 with Reason: sip items nested in sip items."""
    inner = response("SIP/2.0 486 Busy Here", "inner@h", 9, "INVITE",
                     extra=[("Reason", "Q.850;cause=17")])
    p.udp(SERVER, CLIENT, response("SIP/2.0 500 Server Internal Error", "outer@h", 1, "INVITE",
                                   extra=[("Content-Type", "message/sip")], body=inner))
    inner2 = response("SIP/2.0 603 Decline", "inner2@h", 4, "INVITE",
                      extra=[("Reason", "SIP;cause=603")])
    p.udp(CLIENT, SERVER, request("MESSAGE", "outer2@h", 1,
                                  extra=[("Content-Type", "message/sip")], body=inner2))


PUBLIC_CLIENT = ("198.51.100.1", 5060)
PUBLIC_SERVER = ("203.0.113.2", 5060)


def sdp_body(lines):
    return b"".join((x if isinstance(x, bytes) else x.encode()) + b"\r\n" for x in lines)


def sdp_hostile(p):
    """SDP offer/answer pairs across a public hop whose SDP is broken:
    truncated mid-line, 1000 payload types, a 30 KB m= line, bad c= lines,
    NUL bytes, 20 m= lines answered past the reader's cap, a multipart body
    without its delimiter, an empty application/sdp body, a body that is
    not SDP; and one sound pair with no codec in common (the control: the
    checks run)."""
    pcmu = sdp_body(["v=0", "c=IN IP4 203.0.113.2", "m=audio 5000 RTP/AVP 0"])
    offers = [
        ("trunc", b"v=0\r\nc=IN IP4 198.51.100.1\r\nm=audio 4000 RTP/A", pcmu),
        ("thousand", sdp_body(["v=0", "c=IN IP4 198.51.100.1",
                               "m=audio 4000 RTP/AVP " + " ".join(str(i % 128)
                                                                   for i in range(1000))]),
         pcmu),
        ("huge", sdp_body(["v=0", "c=IN IP4 10.0.0.1",
                           "m=audio 4000 RTP/AVP 18 " + "9" * 30000]), pcmu),
        ("badc", sdp_body(["v=0", "c=IN IP4 999.1.1.1", "m=audio 4000 RTP/AVP 0",
                           "c=IN IP6 10.0.0.1", "m=audio 4002 RTP/AVP 0", "c=IN",
                           "m=audio 4004 RTP/AVP 0", "c=XX IP4 10.0.0.1",
                           "m=audio 4006 RTP/AVP 0", "c=IN IP4 10.0.0.1/"]), pcmu),
        ("nul", sdp_body([b"v=0", b"c=IN IP4 10.0\x00.0.5", b"m=audio 4000 RTP/AVP 0\x008",
                          b"a=rtpmap:0 PC\x00MU/8000", b"a=send\x00only"]), pcmu),
        ("twenty", sdp_body(["v=0", "c=IN IP4 198.51.100.1"]
                            + ["m=audio %d RTP/AVP 0" % (4000 + 2 * i) for i in range(20)]),
         sdp_body(["v=0", "c=IN IP4 203.0.113.2"]
                  + ["m=audio %d RTP/AVP 0" % (0 if i < 12 else 5000 + 2 * i)
                     for i in range(20)])),
        ("garbage", b"\x00\xff junk\r\nm=audio 4000 RTP/AVP 18\r\n", pcmu),
        ("empty", b"", pcmu),
        ("control", sdp_body(["v=0", "c=IN IP4 198.51.100.1", "m=audio 4000 RTP/AVP 18"]),
         pcmu),
    ]
    for cseq, (name, offer, answer) in enumerate(offers, 1):
        call = "sdp-%s@h" % name
        kind = [("Content-Type", "application/sdp")]
        p.udp(PUBLIC_CLIENT, PUBLIC_SERVER, request("INVITE", call, cseq, extra=kind, body=offer))
        p.udp(PUBLIC_SERVER, PUBLIC_CLIENT, response("SIP/2.0 200 OK", call, cseq, "INVITE",
                                                     extra=kind, body=answer))
    # multipart/mixed whose delimiter never comes, then one whose SDP part
    # runs to the end of the body.
    call = "sdp-multipart@h"
    p.udp(PUBLIC_CLIENT, PUBLIC_SERVER, request(
        "INVITE", call, 1, extra=[("Content-Type", "multipart/mixed;boundary=zz")],
        body=b"--yy\r\nContent-Type: application/sdp\r\n\r\nv=0\r\nc=IN IP4 10.0.0.9\r\n"
             b"m=audio 4000 RTP/AVP 0\r\n"))
    p.udp(PUBLIC_CLIENT, PUBLIC_SERVER, request(
        "INVITE", call, 2, extra=[("Content-Type", "multipart/mixed;boundary=zz")],
        body=b"--zz\r\nContent-Type: application/sdp\r\n\r\nv=0\r\nc=IN IP4 10.0.0.9\r\n"
             b"m=audio 4000 RTP/AVP 0"))


def leg_headers(p):
    """INVITEs whose leg correlation headers (legs.h) are hostile, two legs
    (calls) per case: a 20 KB X-Call-ID on both, an empty icid-value, an
    unterminated quoted icid-value, an X-Call-ID naming its own call, From
    and To with 10,000 digits each, and three calls with one Session-ID."""
    big = "x" * 20000                  # far past a key (128 bytes)
    digits = "<sip:" + "1" * 10000 + "@h>"
    cases = [("long", [("X-Call-ID", big)]), ("empty-icid", [("P-Charging-Vector", "icid-value=")]),
             ("open-quote", [("P-Charging-Vector", 'icid-value="abc;orig-ioi=x')])]
    for name, extra in cases:
        for leg in "ab":
            p.udp(CLIENT, SERVER, request("INVITE", "leg-%s-%s@h" % (name, leg), 1, extra=extra))
    p.udp(CLIENT, SERVER, request("INVITE", "leg-self@h", 1, extra=[("X-Call-ID", "leg-self@h")]))
    for leg in "ab":
        p.udp(CLIENT, SERVER, sip("INVITE sip:bob@10.0.0.2 SIP/2.0", [
            ("Via", "SIP/2.0/UDP 10.0.0.1:5060;branch=z9hG4bK-digits-" + leg),
            ("From", digits + ";tag=a1"), ("To", digits), ("Call-ID", "leg-digits-%s@h" % leg),
            ("CSeq", "1 INVITE"), ("Max-Forwards", "70")]))
    for leg in "abc":
        p.udp(CLIENT, SERVER, request("INVITE", "leg-sid-%s@h" % leg, 1,
                                      extra=[("Session-ID", "ab30317f1a784dc48ff824d0d3715d86")]))


HOSTILE = [
    ("invalid-codes.pcap", invalid_codes),
    ("no-cseq.pcap", no_cseq),
    ("burst-1000-tcp.pcap", burst_1000),
    ("burst-1000-tso-tcp.pcap", burst_1000_tso),
    ("tiny-segments-tcp.pcap", tiny_segments),
    ("long-reason-phrase-tcp.pcap", long_reason_phrase),
    ("long-warning-tcp.pcap", long_warning),
    ("long-reason-text-tcp.pcap", long_reason_text),
    ("nul-in-headers.pcap", nul_in_headers),
    ("sipfrag-garbage.pcap", sipfrag_garbage),
    ("sipfrag-invalid-report.pcap", sipfrag_invalid_report),
    ("reason-quoting.pcap", reason_quoting),
    ("reason-empty-param.pcap", reason_empty_param),
    ("nested-message-sip.pcap", nested_message_sip),
    ("sdp-hostile.pcap", sdp_hostile),
    ("leg-headers.pcap", leg_headers),
]


def refer_storm(path, refers=60000):
    """refers REFERs with distinct Call-IDs, each answered 202: beyond
    SIPDIAG_MAX_TRANSFERS (50000) the transfer table is full."""
    p = Pcap(path)
    for i in range(refers):
        call = "storm-%d@h" % i
        p.udp(CLIENT, SERVER, request("REFER", call, 1, to_tag=True,
                                      extra=[("Refer-To", "<sip:carol@10.0.0.3>")]))
        p.udp(SERVER, CLIENT, response("SIP/2.0 202 Accepted", call, 1, "REFER"))
    p.close()


def call_storm(path, calls=200010):
    """calls responses with distinct Call-IDs: beyond SIPDIAG_MAX_CALLS
    (200000) the call table is full."""
    p = Pcap(path)
    for i in range(calls):
        p.udp(SERVER, CLIENT, response("SIP/2.0 486 Busy Here", "c%d@h" % i, 1, "INVITE"))
    p.close()


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=os.path.join(HERE, "hostile"))
    parser.add_argument("--storm", metavar="FILE", help="write the REFER storm there instead")
    parser.add_argument("--refers", type=int, default=60000)
    parser.add_argument("--call-storm", metavar="FILE",
                        help="write the call storm (200010 calls) there instead")
    parser.add_argument("--calls", type=int, default=200010)
    args = parser.parse_args()
    if args.call_storm:
        call_storm(args.call_storm, args.calls)
        print("%s: %d calls, %d bytes" % (args.call_storm, args.calls,
                                         os.path.getsize(args.call_storm)))
        return 0
    if args.storm:
        refer_storm(args.storm, args.refers)
        print("%s: %d REFERs, %d bytes" % (args.storm, args.refers, os.path.getsize(args.storm)))
        return 0
    os.makedirs(args.out, exist_ok=True)
    for name, build in HOSTILE:
        path = os.path.join(args.out, name)
        p = Pcap(path)
        build(p)
        p.close()
        size = os.path.getsize(path)
        if size >= MAX_FILE:
            os.remove(path)
            sys.exit("%s is %d bytes, over the %d kept in git" % (name, size, MAX_FILE))
        print("%-30s %7d bytes" % (name, size))
    return 0


if __name__ == "__main__":
    sys.exit(main())
