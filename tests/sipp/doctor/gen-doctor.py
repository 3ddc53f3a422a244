#!/usr/bin/env python3
"""Generate the SIPp scenarios of the "call doctor" captures (issue #14),
tests/captures/doctor-*.pcap: calls that fail with no error response at all
(a missing ACK, a peer that never answers, a BYE nobody confirms), a capture
that stops before the timers run out, and a plain answered call.

Unlike the trust scenarios, the timers here are the point: every wait that
stands for an RFC 3261 timer is a <recv timeout="32000"> (64*T1, T1 = 0.5 s)
and SIPp's own retransmissions (T1 doubling; capped at T2 = 4 s for
non-INVITE requests and for the 2xx to INVITE) fill the gap.
record-doctor.sh raises SIPp's retransmission limits so that the last
retransmission at 31.5 s goes out before the 32 s timer fires.

Addresses (all UDP port 5060, so every frame decodes as SIP without -d):
  127.0.0.57  the SIPp UAC (alice)
  127.0.0.58  Kamailio (kamailio-doctor.cfg), the forking proxy of "forked"
  127.0.0.59  the SIPp UAS (the callee)
  127.0.0.60  nothing listens there (the silent peer, the stray ACK's target)
  127.0.0.61  the second callee of "forked" (forked-b.uas.xml)

Several calls of one capture share one SIPp run: the case name comes from
the injection file (field 0) and is the user part of the To URI, so the
intent of each call can be read from the capture.

Writes, next to this file: <capture>.uac.xml, <capture>.uas.xml and
<capture>.csv, read by tests/captures/record-doctor.sh.
Run:  python3 tests/sipp/doctor/gen-doctor.py
"""
import os

HERE = os.path.dirname(os.path.abspath(__file__))
UAC_IP, UAS_IP, SILENT_IP = "127.0.0.57", "127.0.0.59", "127.0.0.60"
DOMAIN = "sipdiag.test"
UAC_TAG = "[pid]SIPpTag00[call_number]"
UAS_TAG = "[pid]SIPpTag01[call_number]"
ALICE = f'"Alice" <sip:alice@{DOMAIN}>'
UAC_CONTACT = f"<sip:alice@{UAC_IP}:5060>"
AGENT = "User-Agent: sipdiag-doctor-uac"
SERVER = "Server: sipdiag-doctor-uas"
UAS_AGENT = "User-Agent: sipdiag-doctor-uas"
NEW_VIA = "Via: SIP/2.0/[transport] [local_ip]:[local_port];branch=[branch]"
TIMER_64T1 = 32000   # Timer B, F and the 2xx give-up of RFC 3261 13.3.1.4, ms


def sdp(ip):
    return ("v=0\no=- 1 1 IN IP4 {0}\ns=-\nc=IN IP4 {0}\nt=0 0\n"
            "m=audio 40000 RTP/AVP 0 8\na=rtpmap:0 PCMU/8000\na=rtpmap:8 PCMA/8000\n").format(ip)


def send(lines, body=None, retrans=False):
    text = list(lines)
    if body:
        text += ["Content-Type: application/sdp", "Content-Length: [len]", ""]
        text += body.rstrip("\n").split("\n")
    else:
        text += ["Content-Length: 0", ""]
    attr = ' retrans="500"' if retrans else ""
    inner = "\n".join(("      " + l) if l else "" for l in text)
    return f"  <send{attr}>\n    <![CDATA[\n{inner}\n\n    ]]>\n  </send>"


def request(method, ruri, to, cseq, extra=(), body=None, retrans=True, call_id="[call_id]"):
    """A request of the caller (alice)."""
    lines = [f"{method} {ruri} SIP/2.0", NEW_VIA, "Max-Forwards: 70",
             f"From: {ALICE};tag={UAC_TAG}", f"To: {to}", f"Call-ID: {call_id}",
             f"CSeq: {cseq} {method}"]
    if method not in ("ACK", "BYE", "CANCEL"):
        lines.append(f"Contact: {UAC_CONTACT}")
    lines += list(extra)
    if method != "ACK":
        lines.append(AGENT)
    return send(lines, body, retrans and method != "ACK")


def reply(code, reason, tag=None, contact=None, extra=(), body=None, retrans=False, agent=SERVER):
    """A response to the last request received."""
    lines = [f"SIP/2.0 {code} {reason}", "[last_Via:]", "[last_From:]",
             "[last_To:]" + (f";tag={tag}" if tag else ""), "[last_Call-ID:]", "[last_CSeq:]"]
    if contact:
        lines.append(f"Contact: {contact}")
    lines += list(extra)
    if code != 100:
        lines.append(agent)
    return send(lines, body, retrans)


def recv(what, timeout=None, ontimeout=None, actions=()):
    attr = f'response="{what}"' if isinstance(what, int) else f'request="{what}"'
    if timeout:
        attr += f' timeout="{timeout}" ontimeout="{ontimeout}"'
    if not actions:
        return f"  <recv {attr}/>"
    body = "\n".join("      " + a for a in actions)
    return f"  <recv {attr}>\n    <action>\n{body}\n    </action>\n  </recv>"


# the caller's From (with its tag) and the INVITE's To: the To and From of the callee's BYE
KEEP_PARTIES = ['<ereg regexp=".*" search_in="hdr" header="From:" check_it="true" assign_to="caller"/>',
                '<ereg regexp=".*" search_in="hdr" header="To:" check_it="true" assign_to="callee"/>']


def uas_request(method, cseq, extra=()):
    """A request of the callee inside the dialog, to the caller's Contact."""
    lines = [f"{method} sip:alice@{UAC_IP}:5060 SIP/2.0", NEW_VIA, "Max-Forwards: 70",
             f"From:[$callee];tag={UAS_TAG}", "To:[$caller]",
             "Call-ID: [call_id]", f"CSeq: {cseq} {method}"]
    lines += list(extra)
    lines.append(UAS_AGENT)
    return send(lines, retrans=True)


def label(name):
    return f'  <label id="{name}"/>'


def nop(actions=(), next_=None, test=None):
    attr = (f' next="{next_}"' if next_ else "") + (f' test="{test}"' if test else "")
    if not actions:
        return f"  <nop{attr}/>"
    body = "\n".join("      " + a for a in actions)
    return f"  <nop{attr}>\n    <action>\n{body}\n    </action>\n  </nop>"


def is_case(var, name, compare="equal"):
    """Actions that set the boolean variable var when field 0 is name
    (compare="not_equal": when it is not)."""
    return [f'<assignstr assign_to="{var}_s" value="[field0]"/>',
            f'<strcmp assign_to="{var}_c" variable="{var}_s" value="{name}"/>',
            f'<test assign_to="{var}" variable="{var}_c" compare="{compare}" value="0"/>']


def setdest(ip):
    return f'<setdest host="{ip}" port="5060" protocol="udp"/>'


def write(name, side, comment, steps):
    path = os.path.join(HERE, f"{name}.{side}.xml")
    with open(path, "w") as f:
        f.write('<?xml version="1.0" encoding="ISO-8859-1" ?>\n'
                '<!DOCTYPE scenario SYSTEM "sipp.dtd">\n'
                f"<!-- Generated by gen-doctor.py: do not edit. doctor-{name}.pcap ({side.upper()}).\n"
                f"     {comment} -->\n"
                f'<scenario name="sipdiag doctor {name} {side}">\n'
                + "\n".join(steps) + "\n</scenario>\n")


def write_csv(name, cases):
    with open(os.path.join(HERE, f"{name}.csv"), "w") as f:
        f.write("SEQUENTIAL\n" + "".join(f"{c};\n" for c in cases))


TO = f"<sip:[field0]@{DOMAIN}>"
UAS_RURI = f"sip:[field0]@{UAS_IP}:5060"
# the callee's Contact: the UAS runs without an injection file, so one name for all cases
CALLEE_URI = f"sip:callee@{UAS_IP}:5060"
UAS_CONTACT = f"<{CALLEE_URI}>"


def caller_invite(ruri=UAS_RURI):
    return [request("INVITE", ruri, TO, 1, body=sdp(UAC_IP)), recv(100), recv(180),
            recv(200)]


def callee_answer(ring_ms=0, hangs_up=True, trying_ms=0):
    """hangs_up: the callee sends BYE later (SIPp refuses unused variables).
    trying_ms: a pause before the 100 Trying."""
    steps = [recv("INVITE", actions=KEEP_PARTIES if hangs_up else ())]
    if trying_ms:
        steps.append(f'  <pause milliseconds="{trying_ms}"/>')
    steps += [reply(100, "Trying"), reply(180, "Ringing", UAS_TAG, UAS_CONTACT)]
    if ring_ms:
        steps.append(f'  <pause milliseconds="{ring_ms}"/>')
    # the 2xx is retransmitted (T1 doubling, capped at T2) until the ACK
    steps.append(reply(200, "OK", UAS_TAG, UAS_CONTACT, body=sdp(UAS_IP), retrans=True))
    return steps


def callee_bye(cseq=1, extra=()):
    return [uas_request("BYE", cseq, extra), recv(200)]


def caller_answers_bye():
    return [recv("BYE"), reply(200, "OK", agent=AGENT.replace("User-Agent", "Server"))]


# ----------------------------------------------------------------- no-ack
write_csv("no-ack", ["no-ack", "stray-ack"])
write("no-ack", "uac",
      "Call no-ack: INVITE, 100, 180, 200 and no ACK at all. Call stray-ack: the ACK goes to\n"
      f"     {SILENT_IP}:5060 instead of the callee's Contact, and so does every ACK SIPp resends when\n"
      "     a retransmitted 200 comes in. Both calls answer the callee's BYE with 200.",
      caller_invite()
      + [nop(is_case("no_ack", "stray-ack", "not_equal")),
         nop(next_="wait_bye", test="no_ack"),
         nop([setdest(SILENT_IP)]),
         request("ACK", CALLEE_URI, TO + "[peer_tag_param]", 1),
         label("wait_bye"),
         recv("BYE"),
         nop([setdest(UAS_IP)]),   # the 200 to the BYE goes to the callee again
         reply(200, "OK", agent=AGENT.replace("User-Agent", "Server"))])
# SIPp holds back its next <send> while one it retransmits is pending, so
# with SIPp's own retransmissions the BYE could only leave when the 2xx's
# retransmission limit runs out (35.5 s, not 32 s). The callee's 2xx is
# therefore sent by hand: each wait for the ACK is one interval of RFC 3261
# 13.3.1.4 (T1 = 0.5 s doubling, capped at T2 = 4 s) and the last one ends at
# 64*T1 = 32 s, transmissions at 0, 0.5, 1.5, 3.5, 7.5, 11.5, ... 31.5 s.
OK_INTERVALS = [500, 1000, 2000] + [4000] * 7 + [500]
assert sum(OK_INTERVALS) == TIMER_64T1
steps = callee_answer()
ok = steps.pop().replace(' retrans="500"', "")
for i, wait in enumerate(OK_INTERVALS):
    if i:
        steps += [label(f"retransmit_{i}"), ok]
    else:
        steps.append(ok)
    nxt = f"retransmit_{i + 1}" if i + 1 < len(OK_INTERVALS) else "no_ack"
    steps.append(f'  <recv request="ACK" timeout="{wait}" ontimeout="{nxt}" next="acked"/>')
steps += [label("no_ack")] + callee_bye() + [label("acked")]
write("no-ack", "uas",
      "The callee answers 200 and retransmits it (0.5 s doubling, capped at T2 = 4 s) while no ACK\n"
      "     arrives; at 64*T1 = 32 s it gives up and ends the call with BYE (RFC 3261 13.3.1.4).",
      steps)

# ----------------------------------------------------------- no-response
write_csv("no-response", ["INVITE", "REGISTER", "OPTIONS"])
SILENT_TO = f"<sip:silent@{DOMAIN}>"
SILENT_RURI = f"sip:silent@{SILENT_IP}:5060"
steps = [nop(is_case("inv", "INVITE") + is_case("reg", "REGISTER")),
         nop(next_="invite", test="inv"),
         nop(next_="register", test="reg"),
         request("OPTIONS", SILENT_RURI, SILENT_TO, 1, ["Accept: application/sdp"]),
         recv(200, TIMER_64T1, "done"),     # Timer F
         nop(next_="done"),
         label("invite"),
         request("INVITE", SILENT_RURI, SILENT_TO, 1, body=sdp(UAC_IP)),
         recv(100, TIMER_64T1, "done"),     # Timer B
         nop(next_="done"),
         label("register"),
         request("REGISTER", f"sip:{SILENT_IP}:5060", f"<sip:alice@{DOMAIN}>", 1, ["Expires: 3600"]),
         recv(200, TIMER_64T1, "done"),     # Timer F
         label("done")]
write("no-response", "uac",
      f"One request per call, field 0 is the method: INVITE, REGISTER or OPTIONS to {SILENT_IP}:5060,\n"
      "     where nothing answers. SIPp retransmits (INVITE: Timer A, 0.5 s doubling; the others:\n"
      "     Timer E, capped at T2 = 4 s) and gives up at 32 s (Timer B / Timer F), with no ACK,\n"
      "     CANCEL or anything else after.", steps)

# ----------------------------------------------------------------- short
write("short", "uac",
      f"An INVITE to {SILENT_IP}:5060, where nothing answers; record-doctor.sh stops the capture\n"
      "     4 s later (transmissions at 0, 0.5, 1.5 and 3.5 s), long before Timer B.",
      [request("INVITE", SILENT_RURI, SILENT_TO, 1, body=sdp(UAC_IP)),
       recv(100, TIMER_64T1, "done"), label("done")])

# --------------------------------------------------------------- timer-c
write_csv("timer-c", ["ringing-10s"])
write("timer-c", "uac",
      "INVITE, 100, 180, then nothing for 10 s, far less than a proxy's Timer C (more than\n"
      "     3 min, RFC 3261 16.6 step 11); the caller stops waiting without a CANCEL and the\n"
      "     probe (probe.uac.xml) marks the end of the capture.",
      caller_invite()[:-1] + [recv(200, 10000, "gone"), label("gone")])
write("timer-c", "uas",
      "Rings and never answers; leaves after 10 s without a final response.",
      callee_answer(hangs_up=False)[:-1]
      + [recv("CANCEL", 10000, "gone"), label("gone")])

# ----------------------------------------------------------------- probe
# A pcap has no end time: a capture's length is the time of its last frame.
# A timer verdict ("no answer within Timer B") needs a frame after the timer,
# so the captures whose last call ends silently close with this probe.
write_csv("probe", ["probe"])
write("probe", "uac",
      "The probe that closes a capture: OPTIONS from the caller to the callee's address,\n"
      "     200 OK. Its only purpose is a last frame after the timers of the other calls.",
      [request("OPTIONS", f"sip:probe@{UAS_IP}:5060", TO, 1, ["Accept: application/sdp"]),
       recv(200)])
write("probe", "uas",
      "Answers the probe OPTIONS with 200.",
      [recv("OPTIONS"), reply(200, "OK", UAS_TAG, extra=["Allow: INVITE, ACK, CANCEL, BYE, OPTIONS"])])

# ----------------------------------------------------------------- bye
write_csv("bye", ["bye-unanswered"])
write("bye", "uac",
      "A call; 1 s after the ACK the caller hangs up. The callee is gone: the BYE is\n"
      "     retransmitted (Timer E, 0.5 s doubling capped at T2 = 4 s) until Timer F (32 s).",
      caller_invite()
      + [request("ACK", CALLEE_URI, TO + "[peer_tag_param]", 1),
         '  <pause milliseconds="1000"/>',
         request("BYE", CALLEE_URI, TO + "[peer_tag_param]", 2),
         recv(200, TIMER_64T1, "done"),
         label("done")])
write("bye", "uas",
      "The callee answers and exits after the ACK: the caller's BYE finds nobody.",
      callee_answer(hangs_up=False) + [recv("ACK")])

# ------------------------------------------------------------ answered
write_csv("answered", ["answered"])
write("answered", "uac",
      "A call that rings 1 s and is answered; the callee hangs up 2 s after the ACK.",
      caller_invite()
      + [request("ACK", CALLEE_URI, TO + "[peer_tag_param]", 1)]
      + caller_answers_bye())
write("answered", "uas",
      "Rings 1 s, answers, hangs up 2 s after the ACK with Reason: Q.850;cause=16\n"
      "     (normal call clearing). The 100 waits 100 ms: in the forked call it then always\n"
      "     comes after Kamailio's INVITE to the other callee and that callee's 100.",
      callee_answer(ring_ms=1000, trying_ms=100)
      + [recv("ACK"), '  <pause milliseconds="2000"/>']
      + callee_bye(1, ['Reason: Q.850;cause=16;text="Normal call clearing"']))

# -------------------------------------------- answered, call 2: forked
# Through Kamailio (kamailio-doctor.cfg), which forks to 127.0.0.59 (this
# capture's answered.uas.xml: rings 1 s, answers, hangs up 2 s after the ACK)
# and 127.0.0.61 (forked-b.uas.xml).
PROXY_IP, CALLEE_B_IP = "127.0.0.58", "127.0.0.61"
write_csv("forked", ["forked"])
write("forked", "uac",
      f"A call through Kamailio ({PROXY_IP}), forked to two callees: Kamailio's 100, a 180 from\n"
      f"     each callee (two To tags), the 200 of {UAS_IP}; Kamailio CANCELs {CALLEE_B_IP}. The\n"
      "     winning callee hangs up 2 s after the ACK. The ACK waits 100 ms so that it never\n"
      "     races with Kamailio's CANCEL (fixed frame order).",
      [request("INVITE", f"sip:[field0]@{PROXY_IP}:5060", TO, 1, body=sdp(UAC_IP)),
       recv(100), recv(180), recv(180), recv(200),
       '  <pause milliseconds="100"/>',
       request("ACK", CALLEE_URI, TO + "[peer_tag_param]", 1)]
      + caller_answers_bye())
write("forked-b", "uas",
      f"The losing callee of the forked call, on {CALLEE_B_IP}: 180 after 0.5 s, then the proxy's\n"
      "     CANCEL: 200 to the CANCEL, 487 to the INVITE, the proxy's ACK.",
      [recv("INVITE"), reply(100, "Trying"),
       '  <pause milliseconds="500"/>',
       reply(180, "Ringing", UAS_TAG, f"<sip:callee@{CALLEE_B_IP}:5060>"),
       recv("CANCEL"),
       reply(200, "OK"),
       send(["SIP/2.0 487 Request Terminated", "[last_Via:]", "[last_From:]",
             f"[last_To:];tag={UAS_TAG}", "[last_Call-ID:]", "CSeq: 1 INVITE", SERVER]),
       recv("ACK")])
