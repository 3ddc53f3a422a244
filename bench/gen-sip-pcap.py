#!/usr/bin/env python3
"""gen-sip-pcap.py - writes a large, reproducible SIP capture for bench/.

The messages are not invented: they are the SIP payloads of the captures in
tests/captures/*.pcap (recorded from real SIPp peers), read here with the
struct module, grouped into exchanges by Call-ID and turned into templates.
Each generated exchange is a copy of a recorded one with a new Call-ID,
tags, branches, CSeq numbers, addresses and ports.  On top of the recorded
material the generator adds, from the same templates:
  - OPTIONS pings (200 OK mostly, sometimes 404/405/483/501/503),
  - transfers: REFER -> 202 -> NOTIFY (Event: refer, Content-Type:
    message/sipfrag, bodies "SIP/2.0 100 Trying", then "SIP/2.0 200 OK" or
    "SIP/2.0 403 Forbidden"), or a REFER rejected outright,
  - Reason headers (Q.850 causes that agree with the code, a few that do
    not, SIP causes on CANCEL) and Warning headers on some final responses,
    and Reason on some BYEs.
Every code of the recorded all-codes capture (the 75 registered codes of
`sipdiag list` plus 409, 411, 299, 499, 699) appears at least once: the
output starts with one copy of every recorded exchange, then draws
exchanges at random (common codes more often than rare ones).

Transports: UDP datagrams (one message each) and TCP connections to port
5060 that start with a three-way handshake and carry several calls side by
side: every TCP segment holds 2 to 4 whole messages, with correct sequence
and acknowledgement numbers per direction.  IPv4, Ethernet, libpcap format,
IP/UDP/TCP checksums computed.

Usage: gen-sip-pcap.py [--messages N | --bytes B] [--seed S] --out FILE
                       [--stats FILE.json] [--captures DIR] [--list-codes]

--messages counts SIP messages (a TCP segment holding 3 counts 3); the
last exchange is cut wherever the count is reached.  --stats writes what
was written (per status code, per request method, frames, ...) as JSON.
Standard library only.

SPDX-License-Identifier: GPL-2.0-or-later
"""
import argparse
import collections
import glob
import hashlib
import json
import os
import random
import re
import struct
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_CAPTURES = os.path.join(HERE, "..", "tests", "captures")

SERVER_PORT = 5060
SERVERS = ["10.0.0.%d" % i for i in range(1, 5)]

# ---------------------------------------------------------------------------
# Reading the recorded captures


def read_pcap(path):
    """Yields (ts, transport, src, dst, tcp_seq, payload) for each frame."""
    with open(path, "rb") as f:
        data = f.read()
    magic = struct.unpack("<I", data[:4])[0]
    if magic in (0xA1B2C3D4, 0xA1B23C4D):
        e = "<"
    elif magic in (0xD4C3B2A1, 0x4D3CB2A1):
        e = ">"
    else:
        raise SystemExit("%s: not a libpcap file" % path)
    linktype = struct.unpack(e + "I", data[20:24])[0]
    if linktype != 1:
        raise SystemExit("%s: link type %d, expected Ethernet" % (path, linktype))
    off = 24
    while off + 16 <= len(data):
        sec, frac, incl, _orig = struct.unpack(e + "IIII", data[off:off + 16])
        off += 16
        pkt = data[off:off + incl]
        off += incl
        ethertype = struct.unpack(">H", pkt[12:14])[0]
        if ethertype == 0x0800:
            ihl = (pkt[14] & 15) * 4
            total = struct.unpack(">H", pkt[16:18])[0]
            proto = pkt[23]
            src_ip = "%d.%d.%d.%d" % tuple(pkt[26:30])
            dst_ip = "%d.%d.%d.%d" % tuple(pkt[30:34])
            l4 = pkt[14 + ihl:14 + total]
        elif ethertype == 0x86DD:
            continue  # the IPv6 capture repeats IPv4 exchanges; left out
        else:
            continue
        sport, dport = struct.unpack(">HH", l4[:4])
        if proto == 17:
            yield sec + frac / 1e6, "udp", (src_ip, sport), (dst_ip, dport), 0, l4[8:]
        elif proto == 6:
            seq = struct.unpack(">I", l4[4:8])[0]
            doff = (l4[12] >> 4) * 4
            yield sec + frac / 1e6, "tcp", (src_ip, sport), (dst_ip, dport), seq, l4[doff:]


START_LINE = re.compile(rb"^(?:SIP/2\.0 \d{3} |[A-Z]+ \S+ SIP/2\.0\r\n)")


def split_messages(stream):
    """Whole SIP messages at the front of a byte stream, and the rest."""
    out = []
    while True:
        end = stream.find(b"\r\n\r\n")
        if end < 0 or not START_LINE.match(stream):
            return out, stream
        head = stream[:end + 4]
        m = re.search(rb"\r\n(?:Content-Length|l)\s*:\s*(\d+)", head, re.I)
        body_len = int(m.group(1)) if m else 0
        if len(stream) < end + 4 + body_len:
            return out, stream
        out.append(stream[:end + 4 + body_len])
        stream = stream[end + 4 + body_len:]


def recorded_messages(capture_dir):
    """(capture, src, dst, text) for every SIP message, in capture order.
    TCP payloads are joined per direction, so a message split over two
    segments is whole and a segment holding three gives three."""
    out = []
    paths = sorted(glob.glob(os.path.join(capture_dir, "*.pcap")))
    if not paths:
        raise SystemExit("no captures in %s" % capture_dir)
    for path in paths:
        name = os.path.basename(path)
        streams = collections.defaultdict(bytes)
        for _ts, transport, src, dst, _seq, payload in read_pcap(path):
            if not payload:
                continue
            if transport == "udp":
                msgs, _rest = split_messages(payload)
                out.extend((name, src, dst, m.decode("utf-8")) for m in msgs)
            else:
                key = (src, dst)
                msgs, streams[key] = split_messages(streams[key] + payload)
                out.extend((name, src, dst, m.decode("utf-8")) for m in msgs)
    return out


# ---------------------------------------------------------------------------
# Messages as (start line, headers, body) while building templates


class Msg:
    def __init__(self, text, direction):
        head, _, body = text.partition("\r\n\r\n")
        lines = head.split("\r\n")
        self.start = lines[0]
        self.headers = [tuple(x.split(":", 1)) for x in lines[1:]]
        self.headers = [(n.strip(), v.strip()) for n, v in self.headers]
        self.body = body
        self.direction = direction  # "c" client->server, "s" server->client

    def copy(self):
        m = Msg.__new__(Msg)
        m.start, m.headers, m.body, m.direction = self.start, list(self.headers), self.body, self.direction
        return m

    @property
    def is_response(self):
        return self.start.startswith("SIP/2.0 ")

    @property
    def code(self):
        return int(self.start.split()[1]) if self.is_response else None

    @property
    def method(self):
        return None if self.is_response else self.start.split()[0]

    def get(self, name):
        for n, v in self.headers:
            if n.lower() == name.lower():
                return v
        return None

    def set(self, name, value):
        for i, (n, _v) in enumerate(self.headers):
            if n.lower() == name.lower():
                self.headers[i] = (n, value)
                return
        self.add(name, value)

    def remove(self, name):
        self.headers = [(n, v) for n, v in self.headers if n.lower() != name.lower()]

    def add(self, name, value):
        """Adds a header before Content-Length."""
        for i, (n, _v) in enumerate(self.headers):
            if n.lower() == "content-length":
                self.headers.insert(i, (name, value))
                return
        self.headers.append((name, value))

    def text(self):
        self.set("Content-Length", str(len(self.body.encode("utf-8"))))
        return "\r\n".join([self.start] + ["%s: %s" % h for h in self.headers]) + "\r\n\r\n" + self.body


class Exchange:
    """A list of messages sharing a Call-ID, with the two endpoints."""

    def __init__(self, origin, client, server, msgs):
        self.origin = origin
        self.client = client  # (ip, port) of the side that sent the first request
        self.server = server
        self.msgs = msgs

    def first_request(self):
        return next(m for m in self.msgs if not m.is_response)

    def kind(self):
        req = self.first_request().method
        finals = [m.code for m in self.msgs if m.is_response and m.code >= 200
                  and m.get("CSeq").split()[1] == req]
        if any(m.method == "REFER" for m in self.msgs):
            return "refer"
        if req == "OPTIONS":
            return "options"
        if req == "INVITE":
            if any(m.method == "CANCEL" for m in self.msgs):
                return "cancel"
            return "invite-ok" if finals and finals[-1] < 300 else "invite-fail"
        if req == "REGISTER":
            return "register"
        return "other"

    def final_code(self):
        req = self.first_request().method
        finals = [m.code for m in self.msgs if m.is_response and m.code >= 200
                  and m.get("CSeq").split()[1] == req]
        return finals[-1] if finals else None


def recorded_exchanges(capture_dir):
    groups = collections.OrderedDict()
    for origin, src, dst, text in recorded_messages(capture_dir):
        cid = re.search(r"\r\n(?:Call-ID|i)\s*:\s*(\S+)", text, re.I).group(1)
        key = (origin, cid)
        if key not in groups:
            groups[key] = (origin, src, dst, [])
        groups[key][3].append((src, text))
    out = []
    for origin, client, server, items in groups.values():
        msgs = [Msg(text, "c" if src == client else "s") for src, text in items]
        if msgs[0].is_response:
            continue  # a capture that starts mid-transaction
        out.append(Exchange(origin, client, server, msgs))
    return out


# ---------------------------------------------------------------------------
# Synthetic exchanges, made from recorded messages


def _by(ex, pred):
    return next(m for m in ex.msgs if pred(m))


def make_options(base, code, phrase):
    """OPTIONS and its response, from a recorded INVITE and its 200 OK."""
    inv = _by(base, lambda m: m.method == "INVITE").copy()
    ok = _by(base, lambda m: m.is_response and m.code == 200 and "INVITE" in m.get("CSeq")).copy()
    inv.start = inv.start.replace("INVITE", "OPTIONS", 1)
    inv.set("CSeq", inv.get("CSeq").replace("INVITE", "OPTIONS"))
    inv.add("Accept", "application/sdp")
    ok.start = "SIP/2.0 %d %s" % (code, phrase)
    ok.set("CSeq", ok.get("CSeq").replace("INVITE", "OPTIONS"))
    if code == 200:
        ok.add("Allow", "INVITE, ACK, CANCEL, OPTIONS, BYE, REFER, NOTIFY")
        ok.add("Accept", "application/sdp")
    elif code == 405:
        ok.add("Allow", "INVITE, ACK, CANCEL, BYE")
    return Exchange("synthetic:options-%d" % code, base.client, base.server, [inv, ok])


def make_transfer(base, outcome, reject=(403, "Forbidden")):
    """A recorded successful call with a transfer between ACK and BYE:
    REFER -> 202 -> NOTIFY(100) -> 200 -> NOTIFY(outcome) -> 200, or a
    REFER rejected with `reject` when outcome is None.  CSeq numbers of
    the BYE and its 200 move up by one."""
    msgs = [m.copy() for m in base.msgs]
    i_ack = next(i for i, m in enumerate(msgs) if m.method == "ACK")
    bye = next(m for m in msgs if m.method == "BYE")
    bye_ok = next(m for m in msgs if m.is_response and "BYE" in m.get("CSeq"))
    seq = int(bye.get("CSeq").split()[0])
    refer = bye.copy()
    refer.start = refer.start.replace("BYE", "REFER", 1)
    refer.set("CSeq", "%d REFER" % seq)
    refer.set("Via", re.sub(r"branch=([^;\s]+)", r"branch=\1-refer", refer.get("Via")))
    uac = re.search(r"<([^>]+)>", refer.get("From")).group(1)
    host = re.search(r"@([^;>]+)", refer.get("To")).group(1)
    refer.add("Refer-To", "<sip:carol@%s>" % host.split(":")[0])
    refer.add("Referred-By", "<%s>" % uac)
    refer.add("Contact", "<%s>" % uac)
    answer = bye_ok.copy()
    answer.set("Via", refer.get("Via"))
    answer.set("CSeq", "%d REFER" % seq)
    answer.add("Contact", "<sip:uas@%s>" % host)
    new = [refer]
    if outcome is None:
        answer.start = "SIP/2.0 %d %s" % reject
        new.append(answer)
    else:
        answer.start = "SIP/2.0 202 Accepted"
        new.append(answer)
        for n, (frag, state) in enumerate([("SIP/2.0 100 Trying", "active;expires=60"),
                                           (outcome, "terminated;reason=noresource")], 1):
            notify = Msg("NOTIFY %s SIP/2.0\r\n\r\n" % uac, "s")
            sent_by = re.search(r"@([^;>]+)", bye.get("To")).group(1)
            # The UAS is the notifier: its own Via, From and To swapped, its
            # own CSeq space.
            notify.headers = [
                ("Via", "SIP/2.0/UDP %s;branch=z9hG4bK-notify-%d" % (sent_by, n)),
                ("Max-Forwards", "70"),
                ("From", bye.get("To")),
                ("To", bye.get("From")),
                ("Call-ID", bye.get("Call-ID")),
                ("CSeq", "%d NOTIFY" % n),
                ("Contact", "<sip:uas@%s>" % host),
                ("Event", "refer;id=%d" % seq),
                ("Subscription-State", state),
                ("Content-Type", "message/sipfrag;version=2.0"),
                ("Content-Length", "0"),
            ]
            notify.body = frag + "\r\n"
            ok = Msg("SIP/2.0 200 OK\r\n\r\n", "c")
            ok.headers = [(h, notify.get(h)) for h in ("Via", "From", "To", "Call-ID", "CSeq")]
            ok.headers.append(("Content-Length", "0"))
            new += [notify, ok]
    bye.set("CSeq", "%d BYE" % (seq + 1))
    bye_ok.set("CSeq", "%d BYE" % (seq + 1))
    msgs[i_ack + 1:i_ack + 1] = new
    label = outcome.split(" ", 1)[1] if outcome else "rejected-%d" % reject[0]
    return Exchange("synthetic:refer-%s" % label, base.client, base.server, msgs)


# ---------------------------------------------------------------------------
# Templates: exchanges with %(key)s slots


class Template:
    __slots__ = ("origin", "kind", "final", "signature", "parts", "weight",
                 "n_tags", "n_branches", "cseqs")

    def __init__(self, ex):
        self.origin = ex.origin
        self.kind = ex.kind()
        self.final = ex.final_code()
        self.signature = "".join(m.direction for m in ex.msgs)
        texts = [m.text() for m in ex.msgs]
        joined = "\n".join(texts)
        cid = ex.msgs[0].get("Call-ID")
        branches = list(dict.fromkeys(re.findall(r"branch=([^;\s,]+)", joined)))
        tags = list(dict.fromkeys(re.findall(r";tag=([^;\s,>]+)", joined)))
        self.n_tags, self.n_branches = len(tags), len(branches)
        b_index = {b: i for i, b in enumerate(branches)}
        g_index = {g: i for i, g in enumerate(tags)}
        cseqs = set()
        cip, cport = ex.client
        sip_, sport = ex.server
        self.parts = []
        first_method = ex.first_request().method

        def cseq(mo):
            cseqs.add(int(mo.group(2)))
            return "%s%%(cs%s)s%s" % (mo.group(1), mo.group(2), mo.group(3))

        for m, text in zip(ex.msgs, texts):
            head, _, body = text.partition("\r\n\r\n")
            t = head.replace("%", "%%") + "\r\n\r\n"
            t = t.replace(cid, "%(cid)s")
            t = re.sub(r"branch=([^;\s,]+)", lambda mo: "branch=%%(b%d)s" % b_index[mo.group(1)], t)
            t = re.sub(r";tag=([^;\s,>]+)", lambda mo: ";tag=%%(g%d)s" % g_index[mo.group(1)], t)
            t = re.sub(r"(\r\nCSeq: )(\d+)( )", cseq, t)
            t = re.sub(r"(\r\nEvent: refer;id=)(\d+)()", cseq, t)
            t = t.replace("%s:%d" % (cip, cport), "%(ca)s")
            t = t.replace("%s:%d" % (sip_, sport), "%(sa)s")
            t = t.replace(cip, "%(sh)s").replace(sip_, "%(sh)s")
            t = t.replace("SIP/2.0/UDP", "SIP/2.0/%(T)s").replace("SIP/2.0/TCP", "SIP/2.0/%(T)s")
            t = re.sub(r"transport=(UDP|TCP)", "transport=%(T)s", t)
            t = re.sub(r"transport=(udp|tcp)", "transport=%(t)s", t)
            # An optional header slot: Reason/Warning on final responses,
            # Reason on BYE and CANCEL.
            slot = None
            if m.is_response and m.code >= 300 and m.get("CSeq").split()[1] == first_method:
                slot = "x"
            elif m.method == "BYE":
                slot = "y"
            elif m.method == "CANCEL":
                slot = "z"
            if slot:
                t = t.replace("\r\nContent-Length:", "%%(%s)s\r\nContent-Length:" % slot, 1)
            # A body that names an address (SDP) gets the sender's address,
            # so its length, and the Content-Length, vary.
            b = body.replace("%", "%%")
            own = "%(ch)s" if m.direction == "c" else "%(sh)s"
            b = b.replace(cip, own).replace(sip_, own)
            if b != body.replace("%", "%%"):
                t = re.sub(r"(\r\nContent-Length: )\d+", r"\1%(CL)s", t)
                dynamic = b
            else:
                t, dynamic = t + b, None
            info = (m.code if m.is_response else m.method,
                    bool(m.get("Reason")), bool(m.get("Warning")))
            self.parts.append((m.direction, t, dynamic, m.is_response, info))
        self.cseqs = sorted(cseqs)
        self.weight = 1.0


def phrase_table(exchanges):
    out = {}
    for ex in exchanges:
        for m in ex.msgs:
            if m.is_response:
                out.setdefault(m.code, m.start.split(" ", 2)[2])
    return out


COMMON_FAILURES = {486: 12, 480: 10, 487: 6, 404: 8, 403: 6, 408: 5, 503: 6, 488: 4,
                   603: 4, 484: 3, 500: 3, 401: 4, 407: 4, 481: 2, 502: 2, 504: 2}
COMMON_SUCCESS = {"180": 10, "183": 5, "200": 3}
KIND_WEIGHTS = {"invite-ok": 30, "invite-fail": 22, "register": 14, "options": 15,
                "cancel": 6, "refer": 9, "other": 4}


def build_templates(capture_dir):
    exchanges = recorded_exchanges(capture_dir)
    phrases = phrase_table(exchanges)
    calls = [ex for ex in exchanges if ex.kind() == "invite-ok"
             and any(m.method == "BYE" for m in ex.msgs)
             and ex.origin == "all-codes-udp.pcap"]
    def called(ex):
        user = re.search(r"sip:(\d+)@", ex.first_request().start)
        return user.group(1) if user else ""
    base = next(ex for ex in calls if called(ex) == "180")    # INVITE 100 180 200 ACK BYE 200
    plain = next(ex for ex in calls if called(ex) == "200")   # INVITE 100 200 ACK BYE 200
    synthetic = []
    for code, w in ((200, 40), (404, 1), (405, 1), (483, 1), (501, 1), (503, 2)):
        synthetic.append((make_options(plain, code, phrases.get(code, "Unknown")), "options", w))
    synthetic.append((make_transfer(base, "SIP/2.0 200 OK"), "refer", 14))
    synthetic.append((make_transfer(base, "SIP/2.0 403 Forbidden"), "refer", 4))
    synthetic.append((make_transfer(base, "SIP/2.0 603 Decline"), "refer", 1))
    for rej in ((403, "Forbidden"), (405, "Method Not Allowed"), (501, "Not Implemented")):
        synthetic.append((make_transfer(base, None, rej), "refer", 1))
    templates = []
    for ex in exchanges:
        t = Template(ex)
        if t.kind == "invite-fail":
            t.weight = COMMON_FAILURES.get(t.final, 1)
        elif t.kind == "invite-ok":
            user = re.search(r"sip:(\d+)@", ex.first_request().start)
            t.weight = COMMON_SUCCESS.get(user.group(1) if user else "", 1)
        templates.append(t)
    for ex, kind, w in synthetic:
        t = Template(ex)
        t.kind, t.weight = kind, w
        templates.append(t)
    return templates


# Reason headers for final responses (RFC 3398 cause <-> code), some
# deliberately inconsistent, and Warning headers.
REASONS = {
    404: ['Q.850;cause=1;text="Unallocated (unassigned) number"'],
    403: ['Q.850;cause=21;text="Call rejected"'],
    408: ['Q.850;cause=18;text="No user responding"', 'Q.850;cause=102;text="Recovery on timer expiry"'],
    410: ['Q.850;cause=22;text="Number changed"'],
    480: ['Q.850;cause=19;text="No answer from user (user alerted)"', 'Q.850;cause=20;text="Subscriber absent"'],
    483: ['Q.850;cause=25;text="Exchange routing error"'],
    484: ['Q.850;cause=28;text="Invalid number format (address incomplete)"'],
    486: ['Q.850;cause=17;text="User busy"'],
    487: ['SIP;cause=487;text="Request Terminated"', 'Q.850;cause=31;text="Normal, unspecified"'],
    488: ['Q.850;cause=65;text="Bearer capability not implemented"'],
    500: ['Q.850;cause=41;text="Temporary failure"'],
    502: ['Q.850;cause=27;text="Destination out of order"'],
    503: ['Q.850;cause=34;text="No circuit/channel available"', 'Q.850;cause=42;text="Switching equipment congestion"'],
    504: ['Q.850;cause=102;text="Recovery on timer expiry"'],
    600: ['Q.850;cause=17;text="User busy"'],
    603: ['Q.850;cause=21;text="Call rejected"'],
}
MISMATCHED = ['Q.850;cause=16;text="Normal call clearing"', 'Q.850;cause=17;text="User busy"',
              'Q.850;cause=1;text="Unallocated (unassigned) number"']
WARNINGS = {
    488: ['305 %s "Incompatible media format"', '304 %s "Media type not available"',
          '370 %s "Insufficient bandwidth"'],
    606: ['305 %s "Incompatible media format"', '301 %s "Incompatible network address formats"'],
    415: ['399 %s "Unsupported body type"'],
}
GENERIC_WARNINGS = ['399 %s "Miscellaneous warning"',
                    '392 %s "Noisy feedback tells: pid=4231 req_src_ip=10.1.0.7 in_uri=sip:bob@example.net"']
BYE_REASONS = ['Q.850;cause=16;text="Normal call clearing"', 'SIP;cause=200;text="Call completed elsewhere"']
CANCEL_REASONS = ['SIP;cause=200;text="Call completed elsewhere"', 'Q.850;cause=16;text="Normal call clearing"',
                  'SIP;cause=600;text="Busy Everywhere"']


# ---------------------------------------------------------------------------
# Frames


def csum_fold(n):
    """Internet checksum of the big-endian integer n (the bytes it came
    from, padded to even length): 65536 = 1 mod 65535, so n mod 65535 is
    the ones' complement sum of its 16-bit words."""
    s = n % 0xFFFF
    if s == 0 and n:
        s = 0xFFFF
    return (~s) & 0xFFFF


ETH_IP = struct.Struct("!6s6sHBBHHHBBH4s4s")
UDP_H = struct.Struct("!HHHH")
TCP_H = struct.Struct("!HHIIBBHHH")
REC = struct.Struct("<IIII")


def mac_of(ip4):
    return b"\x02\x00" + ip4


class Writer:
    def __init__(self, f):
        self.f = f
        self.buf = []
        self.size = 24
        self.ipid = 0
        self.frames = 0
        f.write(struct.pack("<IHHiIII", 0xA1B2C3D4, 2, 4, 0, 0, 262144, 1))

    def frame(self, ts, src, dst, proto, l4):
        sip_, sport = src
        dip, dport = dst
        self.ipid = (self.ipid + 1) & 0xFFFF
        total = 20 + len(l4)
        iph = ETH_IP.pack(mac_of(dip), mac_of(sip_), 0x0800, 0x45, 0, total, self.ipid, 0x4000,
                          64, proto, 0, sip_, dip)
        ipc = csum_fold(int.from_bytes(iph[14:], "big"))
        iph = iph[:24] + ipc.to_bytes(2, "big") + iph[26:]
        pkt = iph + l4
        sec = int(ts)
        self.buf.append(REC.pack(sec, int((ts - sec) * 1e6), len(pkt), len(pkt)))
        self.buf.append(pkt)
        self.size += 16 + len(pkt)
        self.frames += 1
        if len(self.buf) >= 8192:
            self.flush()

    def udp(self, ts, src, dst, payload):
        length = 8 + len(payload)
        pseudo = src[0] + dst[0] + b"\x00\x11" + length.to_bytes(2, "big")
        hdr = UDP_H.pack(src[1], dst[1], length, 0)
        data = pseudo + hdr + payload
        if len(data) & 1:
            data += b"\x00"
        c = csum_fold(int.from_bytes(data, "big")) or 0xFFFF
        self.frame(ts, src, dst, 17, hdr[:6] + c.to_bytes(2, "big") + payload)

    def tcp(self, ts, src, dst, seq, ack, flags, payload):
        hdr = TCP_H.pack(src[1], dst[1], seq, ack, 5 << 4, flags, 65535, 0, 0)
        length = 20 + len(payload)
        pseudo = src[0] + dst[0] + b"\x00\x06" + length.to_bytes(2, "big")
        data = pseudo + hdr + payload
        if len(data) & 1:
            data += b"\x00"
        c = csum_fold(int.from_bytes(data, "big"))
        self.frame(ts, src, dst, 6, hdr[:16] + c.to_bytes(2, "big") + hdr[18:] + payload)

    def flush(self):
        self.f.write(b"".join(self.buf))
        self.buf = []


class TcpConn:
    def __init__(self, rng, client, server):
        self.client, self.server = client, server
        self.cseq = rng.getrandbits(32)  # client's next sequence number
        self.sseq = rng.getrandbits(32)
        self.opened = False
        self.rounds_left = rng.randint(50, 400)


# ---------------------------------------------------------------------------
# Generation


class Generator:
    def __init__(self, templates, seed):
        self.rng = random.Random(seed)
        self.templates = templates
        self.by_kind = collections.defaultdict(list)
        for t in templates:
            self.by_kind[t.kind].append(t)
        self.kind_names = [k for k in KIND_WEIGHTS if self.by_kind[k]]
        self.kind_weights = [KIND_WEIGHTS[k] for k in self.kind_names]
        self.kind_cum = _cumulative(self.kind_weights)
        self.tmpl_cum = {k: _cumulative([t.weight for t in v]) for k, v in self.by_kind.items()}
        self.by_signature = collections.defaultdict(list)
        for t in templates:
            self.by_signature[t.signature].append(t)
        self.clients = ["10.1.%d.%d" % (i // 250, 1 + i % 250) for i in range(4000)]
        self.conns = []
        self.serial = 0

    def pick_template(self):
        rng = self.rng
        kind = self.kind_names[_bisect(self.kind_cum, rng.random() * self.kind_cum[-1])]
        lst = self.by_kind[kind]
        cum = self.tmpl_cum[kind]
        return lst[_bisect(cum, rng.random() * cum[-1])]

    def values(self, t, transport, client, server):
        """The slot values of one copy of template t."""
        rng = self.rng
        self.serial += 1
        v = {
            "cid": "%x-%d@%s" % (rng.getrandbits(48), self.serial, client[0]),
            "ca": "%s:%d" % client, "sa": "%s:%d" % server, "sh": server[0], "ch": client[0],
            "T": transport.upper(), "t": transport, "x": "", "y": "", "z": "",
        }
        for i in range(t.n_branches):
            v["b%d" % i] = "z9hG4bK%x" % rng.getrandbits(40)
        for i in range(t.n_tags):
            v["g%d" % i] = "%x" % rng.getrandbits(32)
        base = rng.randint(1, 30000)
        for n in t.cseqs:
            v["cs%d" % n] = base + n - 1
        return v

    def extras(self, t, v):
        """Reason/Warning on the final response, Reason on BYE/CANCEL."""
        rng = self.rng
        for _d, _text, _b, is_resp, (what, has_reason, has_warning) in t.parts:
            if is_resp and what >= 300 and "x" in _text_slots(_text):
                hdrs = []
                r = rng.random()
                if not has_reason and r < 0.45:
                    if what in REASONS and r < 0.40:
                        hdrs.append("Reason: " + rng.choice(REASONS[what]))
                    elif r < 0.05 or what in REASONS:
                        hdrs.append("Reason: " + rng.choice(MISMATCHED))
                if not has_warning:
                    w = rng.random()
                    if what in WARNINGS and w < 0.5:
                        hdrs.append("Warning: " + rng.choice(WARNINGS[what]) % v["sh"])
                    elif what >= 400 and w < 0.08:
                        hdrs.append("Warning: " + rng.choice(GENERIC_WARNINGS) % v["sh"])
                if hdrs:
                    v["x"] = "".join("\r\n" + h for h in hdrs)
            elif what == "BYE" and rng.random() < 0.3:
                v["y"] = "\r\nReason: " + rng.choice(BYE_REASONS)
            elif what == "CANCEL" and rng.random() < 0.5:
                v["z"] = "\r\nReason: " + rng.choice(CANCEL_REASONS)

    def client_endpoint(self):
        rng = self.rng
        port = SERVER_PORT if rng.random() < 0.4 else rng.randint(10000, 65000)
        if 33434 <= port <= 33534:
            port += 200  # tshark takes UDP to these ports for traceroute probes
        return (rng.choice(self.clients), port)

    def udp_emitter(self, t):
        client = self.client_endpoint()
        server = (self.rng.choice(SERVERS), SERVER_PORT)
        v = self.values(t, "udp", client, server)
        self.extras(t, v)
        c4, s4 = (_ip4(client), client[1]), (_ip4(server), server[1])
        for part in t.parts:
            direction, _h, _b, is_resp, info = part
            payload = _render(part, v)
            if direction == "c":
                yield ("udp", c4, s4, payload, [(is_resp, info[0])])
            else:
                yield ("udp", s4, c4, payload, [(is_resp, info[0])])

    def tcp_conn(self):
        rng = self.rng
        if len(self.conns) < 6 or rng.random() < 0.02:
            client = (rng.choice(self.clients), rng.randint(30000, 60999))
            conn = TcpConn(rng, client, (rng.choice(SERVERS), SERVER_PORT))
            self.conns.append(conn)
        conn = rng.choice(self.conns)
        conn.rounds_left -= 1
        if conn.rounds_left <= 0:
            self.conns.remove(conn)
        return conn

    def tcp_emitter(self, first):
        """2-4 exchanges with the same direction pattern side by side on one
        connection: step j of all of them goes in one segment."""
        rng = self.rng
        k = rng.randint(2, 4)
        group = [first] + [rng.choice(self.by_signature[first.signature]) for _ in range(k - 1)]
        conn = self.tcp_conn()
        copies = []
        for t in group:
            v = self.values(t, "tcp", conn.client, conn.server)
            self.extras(t, v)
            copies.append((t, v))
        for j, direction in enumerate(first.signature):
            payload = b""
            meta = []
            for t, v in copies:
                part = t.parts[j]
                payload += _render(part, v)
                meta.append((part[3], part[4][0]))
            yield ("tcp", conn, direction, payload, meta)

    def run(self, writer, max_messages, max_bytes, stats):
        rng = self.rng
        ts = 1700000000.0
        active = []
        messages = 0
        # One copy of every template first (every code appears), then random.
        prelude = list(self.templates)
        while True:
            while len(active) < 12:
                if prelude:
                    t = prelude.pop(0)
                    tcp = t.origin == "tcp-multi.pcap"
                else:
                    t = self.pick_template()
                    tcp = rng.random() < 0.12
                active.append(self.tcp_emitter(t) if tcp else self.udp_emitter(t))
            i = rng.randrange(len(active))
            item = next(active[i], None)
            if item is None:
                active.pop(i)
                continue
            meta = item[4]
            if max_messages is not None and messages + len(meta) > max_messages:
                # No room for this segment: drop its exchanges, let
                # single-message datagrams fill up to the exact count.
                active.pop(i)
                continue
            ts += rng.random() * 0.002
            if item[0] == "udp":
                _k, src, dst, payload, _m = item
                writer.udp(ts, src, dst, payload)
                stats.udp_frames += 1
            else:
                _k, conn, direction, payload, _m = item
                c4, s4 = _ip4(conn.client), _ip4(conn.server)
                c, s = (c4, conn.client[1]), (s4, conn.server[1])
                if not conn.opened:
                    conn.opened = True
                    writer.tcp(ts, c, s, (conn.cseq - 1) & 0xFFFFFFFF, 0, 0x02, b"")
                    writer.tcp(ts + 0.00001, s, c, (conn.sseq - 1) & 0xFFFFFFFF, conn.cseq, 0x12, b"")
                    writer.tcp(ts + 0.00002, c, s, conn.cseq, conn.sseq, 0x10, b"")
                    ts += 0.00003
                    stats.tcp_handshakes += 1
                if direction == "c":
                    writer.tcp(ts, c, s, conn.cseq, conn.sseq, 0x18, payload)
                    conn.cseq = (conn.cseq + len(payload)) & 0xFFFFFFFF
                else:
                    writer.tcp(ts, s, c, conn.sseq, conn.cseq, 0x18, payload)
                    conn.sseq = (conn.sseq + len(payload)) & 0xFFFFFFFF
                stats.tcp_segments[len(meta)] += 1
            messages += len(meta)
            responses = 0
            for is_resp, what in meta:
                if is_resp:
                    stats.codes[what] += 1
                    responses += 1
                else:
                    stats.methods[what] += 1
            if responses:
                stats.status_frames += 1
            if max_bytes is not None and writer.size >= max_bytes:
                break
            if max_messages is not None and messages >= max_messages:
                break
        writer.flush()
        stats.messages = messages
        stats.frames = writer.frames
        stats.bytes = writer.size


def _render(part, v):
    _d, head, body, _r, _i = part
    if body is None:
        return (head % v).encode("utf-8")
    b = (body % v).encode("utf-8")
    v["CL"] = len(b)
    return (head % v).encode("utf-8") + b


def _text_slots(text):
    return "x" if "%(x)s" in text else ""


def _cumulative(weights):
    out, s = [], 0.0
    for w in weights:
        s += w
        out.append(s)
    return out


def _bisect(cum, x):
    lo, hi = 0, len(cum) - 1
    while lo < hi:
        mid = (lo + hi) // 2
        if cum[mid] > x:
            hi = mid
        else:
            lo = mid + 1
    return lo


_IP4 = {}


def _ip4(endpoint):
    ip = endpoint[0]
    b = _IP4.get(ip)
    if b is None:
        b = _IP4[ip] = bytes(int(x) for x in ip.split("."))
    return b


class Stats:
    def __init__(self):
        self.codes = collections.Counter()
        self.methods = collections.Counter()
        self.tcp_segments = collections.Counter()
        self.udp_frames = 0
        self.tcp_handshakes = 0
        self.status_frames = 0
        self.messages = self.frames = self.bytes = 0

    def as_dict(self, seed):
        return {
            "seed": seed,
            "messages": self.messages,
            "frames": self.frames,
            "bytes": self.bytes,
            "responses": sum(self.codes.values()),
            "requests": sum(self.methods.values()),
            "frames_with_status_code": self.status_frames,
            "udp_datagrams": self.udp_frames,
            "tcp_handshakes": self.tcp_handshakes,
            "tcp_segments_by_messages": {str(k): v for k, v in sorted(self.tcp_segments.items())},
            "status_codes": {str(k): v for k, v in sorted(self.codes.items())},
            "methods": dict(sorted(self.methods.items())),
        }


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    size = ap.add_mutually_exclusive_group()
    size.add_argument("--messages", type=int, default=None, help="SIP messages to write (default 1000000)")
    size.add_argument("--bytes", type=float, default=None, help="stop at about this many bytes (e.g. 1e9)")
    ap.add_argument("--out", help="pcap to write")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--stats", help="write what was written as JSON here")
    ap.add_argument("--captures", default=DEFAULT_CAPTURES, help="folder of the recorded *.pcap")
    ap.add_argument("--list-codes", action="store_true", help="print the status codes the output always contains")
    args = ap.parse_args()

    templates = build_templates(args.captures)
    if args.list_codes:
        codes = sorted({info[0] for t in templates for _d, _x, _b, r, info in t.parts if r})
        print("\n".join(str(c) for c in codes))
        return
    if not args.out:
        ap.error("--out is required")
    max_messages = args.messages if args.bytes is None else None
    if args.messages is None and args.bytes is None:
        max_messages = 1000000
    stats = Stats()
    gen = Generator(templates, args.seed)
    with open(args.out, "wb") as f:
        gen.run(Writer(f), max_messages, int(args.bytes) if args.bytes else None, stats)
    d = stats.as_dict(args.seed)
    d["templates"] = len(templates)
    d["call_ids"] = gen.serial
    d["captures"] = {os.path.basename(pth): hashlib.sha256(open(pth, "rb").read()).hexdigest()[:16]
                     for pth in sorted(glob.glob(os.path.join(args.captures, "*.pcap")))}
    if args.stats:
        with open(args.stats, "w") as f:
            json.dump(d, f, indent=1)
    print("%s: %d messages (%d responses, %d requests) in %d frames, %d bytes; %d distinct codes"
          % (args.out, d["messages"], d["responses"], d["requests"], d["frames"], d["bytes"],
             len(d["status_codes"])), file=sys.stderr)


if __name__ == "__main__":
    main()
