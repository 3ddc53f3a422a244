#!/usr/bin/env python3
"""Generate the SIPp scenarios of the trust captures (tests/captures/trust-*.pcap).

One call per case, one SIPp run per case: every case has a linear UAC
scenario (<case>.uac.xml) and, when its requests reach a SIPp element, a
linear UAS scenario (<case>.uas.xml). The case name is the user part of the
To URI (and of the Request-URI, except for REGISTER), so the intent of each
call can be read from the capture.

Addresses (all UDP port 5060, so every frame decodes as SIP in any Wireshark):
  127.0.0.57  the SIPp UAC (alice)
  127.0.0.58  Kamailio (kamailio-trust.cfg): proxy / registrar, route "proxy"
  127.0.0.59  the SIPp UAS: the callee, or the next element behind Kamailio
  127.0.0.60  nothing listens there (the dead target of the 408 cases)

Writes, next to this file: <case>.uac.xml, <case>.uas.xml and cases.txt
(capture, case, route, whether a UAS runs, auth URI), read by
tests/captures/record-trust.sh.  Run:  python3 tests/sipp/trust/gen-trust.py
"""
import os

HERE = os.path.dirname(os.path.abspath(__file__))
UAC_IP, PROXY_IP, UAS_IP = "127.0.0.57", "127.0.0.58", "127.0.0.59"
DOMAIN = "sipdiag.test"
UAC_TAG = "[pid]SIPpTag00[call_number]"
UAS_TAG = "[pid]SIPpTag01[call_number]"
UAC_CONTACT = f"<sip:alice@{UAC_IP}:5060>"
ALICE = f'"Alice" <sip:alice@{DOMAIN}>'
SERVER = "Server: sipdiag-trust-uas"
AGENT = "User-Agent: sipdiag-trust-uac"
NEW_VIA = "Via: SIP/2.0/[transport] [local_ip]:[local_port];branch=[branch]"


def sdp(ip, version):
    return ("application/sdp",
            f"v=0\no=- 1 {version} IN IP4 {ip}\ns=-\nc=IN IP4 {ip}\nt=0 0\n"
            "m=audio 40000 RTP/AVP 0 8\na=rtpmap:0 PCMU/8000\na=rtpmap:8 PCMA/8000\n")


UAC_SDP = sdp(UAC_IP, 1)
UAS_SDP = sdp(UAS_IP, 1)


def send(lines, body=None, retrans=True):
    """A <send> of one message: lines is the start line and headers."""
    text = list(lines)
    if body:
        ctype, content = body
        text += [f"Content-Type: {ctype}", "Content-Length: [len]", ""]
        text += content.rstrip("\n").split("\n")
    else:
        text += ["Content-Length: 0", ""]
    attr = ' retrans="500"' if retrans else ""
    inner = "\n".join(("      " + l) if l else "" for l in text)
    return f"  <send{attr}>\n    <![CDATA[\n{inner}\n\n    ]]>\n  </send>"


class Case:
    def __init__(self, capture, name, route="direct", auth_uri="-", comment="", uas_mode="uas"):
        self.capture, self.name, self.route, self.auth_uri = capture, name, route, auth_uri
        self.uas_mode = uas_mode
        self.comment = comment
        self.peer = PROXY_IP if route == "proxy" else UAS_IP
        self.uac, self.uas = [], []
        self.to = f"<sip:{name}@{DOMAIN}>"
        self.ruri = f"sip:{name}@{self.peer}:5060"
        self.uas_contact = f"<sip:{name}@{UAS_IP}:5060>"
        self.dialog_ruri = f"sip:{name}@{UAS_IP}:5060"   # the UAS Contact

    # ---- UAC side -------------------------------------------------------
    def request(self, method, cseq, extra=(), body=None, dialog=False, ruri=None,
                to=None, via=NEW_VIA, frm=None, retrans=True):
        """A request from the UAC; dialog=True: inside the dialog (To tag)."""
        if ruri is None:
            ruri = self.dialog_ruri if dialog else self.ruri
        if to is None:
            to = self.to + ("[peer_tag_param]" if dialog else "")
        frm = frm or ALICE
        lines = [f"{method} {ruri} SIP/2.0", via, "Max-Forwards: 70",
                 f"From: {frm};tag={UAC_TAG}", f"To: {to}", "Call-ID: [call_id]",
                 f"CSeq: {cseq} {method}"]
        if method not in ("ACK", "CANCEL", "BYE"):
            lines.append(f"Contact: {UAC_CONTACT}")
        lines += list(extra)
        if method not in ("ACK",):
            lines.append(AGENT)
        self.uac.append(send(lines, body, retrans and method != "ACK"))

    def ack_error(self, cseq, dialog=False):
        """ACK to a non-2xx final response: the INVITE's branch, the response's To."""
        ruri = self.dialog_ruri if dialog else self.ruri
        self.uac.append(send([f"ACK {ruri} SIP/2.0",
                              "[last_Via:]", "Max-Forwards: 70", f"From: {ALICE};tag={UAC_TAG}",
                              "[last_To:]", "Call-ID: [call_id]", f"CSeq: {cseq} ACK"], retrans=False))

    def ack_2xx(self, cseq):
        self.request("ACK", cseq, dialog=True)

    def recv(self, what, save_tag=None):
        """save_tag: keep the To tag of this response in a variable, as ;tag=..."""
        attr = f'response="{what}"' if isinstance(what, int) else f'request="{what}"'
        if save_tag:
            self.uac.append(f"""  <recv {attr}>
    <action>
      <ereg regexp=";tag=[[:alnum:]]+" search_in="hdr" header="To:" check_it="true" assign_to="{save_tag}"/>
    </action>
  </recv>""")
        elif what in (401, 407):
            self.uac.append(f'  <recv {attr} auth="true"/>')   # SIPp keeps the challenge
        else:
            self.uac.append(f"  <recv {attr}/>")

    def pause(self, ms, side="uac"):
        getattr(self, side).append(f'  <pause milliseconds="{ms}"/>')

    def reply(self, code, reason, extra=(), side="uac", tag=False, cseq=None, via="[last_Via:]",
              body=None, contact=None):
        """A response built from the last request received (SIPp [last_*])."""
        to = "[last_To:]" + (f";tag={UAS_TAG if side == 'uas' else UAC_TAG}" if tag else "")
        lines = [f"SIP/2.0 {code} {reason}", via, "[last_From:]", to, "[last_Call-ID:]",
                 f"CSeq: {cseq}" if cseq else "[last_CSeq:]"]
        if contact is None:  # a response that creates the dialog carries the callee's Contact
            contact = side == "uas" and tag and 100 < code < 300
        if contact:
            lines.append(f"Contact: {self.uas_contact}")
        lines += list(extra)
        if code != 100:
            lines.append(SERVER if side == "uas" else AGENT.replace("User-Agent", "Server"))
        getattr(self, side).append(send(lines, body, retrans=False))

    # ---- UAS side -------------------------------------------------------
    def uas_recv(self, what, save_via=None):
        attr = f'response="{what}"' if isinstance(what, int) else f'request="{what}"'
        actions = []
        if not self.uas:
            # the caller's From (with its tag): the To of the UAS's own requests
            actions.append('<ereg regexp=".*" search_in="hdr" header="From:" check_it="true" '
                           'assign_to="peer_from"/>')
        if save_via:
            # all Via lines of this request, to answer it after another request
            actions.append('<ereg regexp="Via:[[:print:]]*([[:cntrl:]]+Via:[[:print:]]*)*" '
                           f'search_in="msg" check_it="true" assign_to="{save_via}"/>')
        if actions:
            body = "\n".join("      " + a for a in actions)
            self.uas.append(f"  <recv {attr}>\n    <action>\n{body}\n    </action>\n  </recv>")
        else:
            self.uas.append(f"  <recv {attr}/>")

    def uas_reply(self, code, reason, extra=(), tag=False, cseq=None, via="[last_Via:]", body=None,
                  contact=None):
        self.reply(code, reason, extra, side="uas", tag=tag, cseq=cseq, via=via, body=body,
                   contact=contact)

    def uas_request(self, method, cseq, extra=(), body=None):
        """A request from the UAS inside the dialog, in its own CSeq space."""
        lines = [f"{method} sip:alice@{UAC_IP}:5060 SIP/2.0", NEW_VIA, "Max-Forwards: 70",
                 f"From: {self.to};tag={UAS_TAG}", "To:[$peer_from]",
                 "Call-ID: [call_id]", f"CSeq: {cseq} {method}"]
        if method != "BYE":
            lines.append(f"Contact: {self.uas_contact}")
        lines += list(extra)
        lines.append(SERVER.replace("Server", "User-Agent"))
        self.uas.append(send(lines, body))

    # ---- common pieces --------------------------------------------------
    def call(self, offer=False, save_tag=None):
        """INVITE (CSeq 1), 100, 180, 200, ACK: an established call."""
        self.request("INVITE", 1, body=UAC_SDP if offer else None)
        self.recv(100); self.recv(180); self.recv(200, save_tag)
        self.ack_2xx(1)
        self.uas_recv("INVITE")
        self.uas_reply(100, "Trying")
        self.uas_reply(180, "Ringing", tag=True)
        self.uas_reply(200, "OK", tag=True, body=UAS_SDP if offer else None)
        self.uas_recv("ACK")

    def bye(self, cseq, to=None):
        """The UAC hangs up; the UAS says 200."""
        self.pause(300)
        self.request("BYE", cseq, dialog=True, to=to)
        self.recv(200)
        self.uas_recv("BYE")
        self.uas_reply(200, "OK")

    def xml(self, side):
        steps = list(self.uac if side == "uac" else self.uas)
        # keep the caller's From only in a UAS that sends requests of its own
        if side == "uas" and not any("[$peer_from]" in step for step in steps):
            steps[0] = steps[0].replace(
                '      <ereg regexp=".*" search_in="hdr" header="From:" check_it="true" '
                'assign_to="peer_from"/>\n', "")
            if "<ereg" not in steps[0]:
                steps[0] = steps[0].split(">", 1)[0] + "/>"
        # SIPp does not go on to the next step while a send it retransmits is
        # unanswered: retransmit only a request that the next step waits for
        for i, step in enumerate(steps):
            if ' retrans="500"' in step and not (i + 1 < len(steps) and steps[i + 1].startswith("  <recv")):
                steps[i] = step.replace(' retrans="500"', "", 1)
        return (f'<?xml version="1.0" encoding="ISO-8859-1" ?>\n'
                f'<!DOCTYPE scenario SYSTEM "sipp.dtd">\n'
                f"<!-- Generated by gen-trust.py: do not edit. trust-{self.capture}.pcap, "
                f"case {self.name} ({side.upper()}).\n     {self.comment} -->\n"
                f'<scenario name="sipdiag trust {self.name} {side}">\n'
                + "\n".join(steps) + "\n</scenario>\n")


CASES = []


def case(*args, **kw):
    c = Case(*args, **kw)
    CASES.append(c)
    return c


def auth_challenge_header(realm, www=False):
    name = "WWW-Authenticate" if www else "Proxy-Authenticate"
    return (f'{name}: Digest realm="{realm}", nonce="6b8b4567327b23c6643c9869", '
            'qop="auth", algorithm=MD5')


# ---------------------------------------------------------------- trust-auth
c = case("auth", "reg-loop-fresh", "proxy", f"{PROXY_IP}:5060",
         "REGISTER 401, wrong password twice (401 401: a loop), then a fresh REGISTER "
         "without credentials (401) and the right password (200), one Call-ID.")
for cseq, auth in ((1, None), (2, "wrong"), (3, "wrong"), (4, None), (5, "secret")):
    extra = [f"Expires: 300"]
    if auth:
        extra.append(f"[authentication username=alice password={auth}]")
    if cseq == 4:
        c.pause(500)
    c.request("REGISTER", cseq, extra, ruri=f"sip:{PROXY_IP}:5060", to=f"<sip:reg-loop-fresh@{DOMAIN}>",
              frm=f"<sip:reg-loop-fresh@{DOMAIN}>")
    c.recv(200 if cseq == 5 else 401)

c = case("auth", "reg-wrong-password", "proxy", f"{PROXY_IP}:5060",
         "REGISTER 401, the retry with a wrong password for the same realm gets 401 again; "
         "the UAC gives up.")
for cseq, auth in ((1, None), (2, "wrong")):
    extra = ["Expires: 300"] + ([f"[authentication username=alice password={auth}]"] if auth else [])
    c.request("REGISTER", cseq, extra, ruri=f"sip:{PROXY_IP}:5060",
              to=f"<sip:reg-wrong-password@{DOMAIN}>", frm=f"<sip:reg-wrong-password@{DOMAIN}>")
    c.recv(401)

for name, code, reason, www, realm, comment in (
        ("inv-407-realm-b", 407, "Proxy Authentication Required", False, "proxy-b.sipdiag.test",
         "INVITE 407 from Kamailio (realm proxy-a), the retry with Proxy-Authorization for "
         "proxy-a passes it and the next proxy (SIPp) challenges with 407 for realm proxy-b."),
        ("inv-407-then-401", 401, "Unauthorized", True, "uas.sipdiag.test",
         "INVITE 407 from Kamailio (realm proxy-a), the retry with only Proxy-Authorization "
         "passes it and the callee (SIPp) challenges with 401 WWW-Authenticate.")):
    c = case("auth", name, "proxy", f"{name}@{PROXY_IP}:5060", comment)
    c.request("INVITE", 1, body=UAC_SDP)
    c.recv(407)
    c.ack_error(1)
    c.request("INVITE", 2, ["[authentication username=alice password=secret]"], body=UAC_SDP)
    c.recv(100)
    c.recv(code)
    c.ack_error(2)
    c.uas_recv("INVITE")
    c.uas_reply(code, reason, [auth_challenge_header(realm, www)], tag=True)
    c.uas_recv("ACK")

# ------------------------------------------------------------- trust-timeout
c = case("timeout", "inv-noanswer-408", "proxy", comment=
         "INVITE via Kamailio, the callee rings (180) and never answers; Kamailio's "
         "fr_inv_timer (2.5 s) CANCELs the branch and answers 408 upstream.")
c.request("INVITE", 1)
c.recv(100); c.recv(180); c.recv(408)
# Kamailio answers 408 and CANCELs downstream at the same moment: an ACK
# 100 ms later keeps the frame order the same from run to run
c.pause(100)
c.ack_error(1)
c.uas_recv("INVITE", save_via="inv_via")
c.uas_reply(100, "Trying")
c.uas_reply(180, "Ringing", tag=True)
c.uas_recv("CANCEL")
c.uas_reply(200, "OK", tag=True)
c.uas_reply(487, "Request Terminated", tag=True, cseq="1 INVITE", via="[$inv_via]")
c.uas_recv("ACK")

c = case("timeout", "inv-dead-408", "proxy", comment=
         "INVITE via Kamailio to an address where nothing listens: Kamailio sends 100, "
         "retransmits downstream (0.5 s, 1.5 s), its fr_timer (2 s) answers 408.")
c.request("INVITE", 1)
c.recv(100); c.recv(408)
c.ack_error(1)

c = case("timeout", "inv-silent-408", "proxy", comment=
         "As inv-dead-408 but Kamailio sends no 100 Trying (t_set_auto_inv_100(0)): the UAC "
         "retransmits its INVITE (0.5 s, 1.5 s) and gets 408 with no provisional at all.")
c.request("INVITE", 1)
c.recv(408)
c.ack_error(1)

# ----------------------------------------------------------------- trust-480
for name, method, extra, comment in (
        ("offline-message", "MESSAGE", [], "MESSAGE to a user with no registered contact: Kamailio's "
         "registrar lookup fails, 480."),
        ("offline-subscribe", "SUBSCRIBE", ["Event: presence", "Expires: 600", "Accept: application/pidf+xml"],
         "SUBSCRIBE (presence) to the same offline user: 480."),
        ("offline-options", "OPTIONS", ["Accept: application/sdp"],
         "OPTIONS to the same offline user: 480.")):
    c = case("480", name, "proxy", comment=comment)
    body = ("text/plain", "Are you there?\n") if method == "MESSAGE" else None
    c.request(method, 1, extra, body=body)
    c.recv(480)

# -------------------------------------------------------------- trust-timers
c = case("timers", "se-422-chain", "proxy", comment=
         "INVITE Session-Expires 60: Kamailio 422 Min-SE 90; the retry with 90 passes Kamailio "
         "and the next element (SIPp) answers 422 Min-SE 180; the retry with 180 is answered 200.")
c.request("INVITE", 1, ["Supported: timer", "Session-Expires: 60"])
c.recv(422); c.ack_error(1)
c.request("INVITE", 2, ["Supported: timer", "Session-Expires: 90", "Min-SE: 90"])
c.recv(100); c.recv(422); c.ack_error(2)
c.request("INVITE", 3, ["Supported: timer", "Session-Expires: 180", "Min-SE: 180"])
c.recv(100); c.recv(200); c.ack_2xx(3)
c.uas_recv("INVITE")
c.uas_reply(422, "Session Interval Too Small", ["Min-SE: 180"], tag=True)
c.uas_recv("ACK")
c.uas_recv("INVITE")
c.uas_reply(200, "OK", ["Require: timer", "Supported: timer", "Session-Expires: 180;refresher=uac"], tag=True)
c.uas_recv("ACK")
c.bye(4)

c = case("timers", "se-422-not-raised", "proxy", comment=
         "INVITE Session-Expires 60, Kamailio 422 Min-SE 90, the retry still asks for 60: 422 again.")
c.request("INVITE", 1, ["Supported: timer", "Session-Expires: 60"])
c.recv(422); c.ack_error(1)
c.request("INVITE", 2, ["Supported: timer", "Session-Expires: 60"])
c.recv(422); c.ack_error(2)

c = case("timers", "reg-423-chain", "proxy", comment=
         "REGISTER Expires 10: Kamailio 423 Min-Expires 60; the retry with 60 reaches the "
         "registrar (SIPp) that answers 423 Min-Expires 120; the retry with 120 gets 200.")
reg = dict(ruri=f"sip:{PROXY_IP}:5060", to=f"<sip:reg-423-chain@{DOMAIN}>", frm=f"<sip:reg-423-chain@{DOMAIN}>")
c.request("REGISTER", 1, ["Expires: 10"], **reg); c.recv(423)
c.request("REGISTER", 2, ["Expires: 60"], **reg); c.recv(423)
c.request("REGISTER", 3, ["Expires: 120"], **reg); c.recv(200)
c.uas_recv("REGISTER")
c.uas_reply(423, "Interval Too Brief", ["Min-Expires: 120"], tag=True)
c.uas_recv("REGISTER")
c.uas_reply(200, "OK", [f"Contact: {UAC_CONTACT};expires=120"], tag=True)

c = case("timers", "reg-423-not-raised", "proxy", comment=
         "REGISTER Expires 10, Kamailio 423 Min-Expires 60, the retry still asks for 10: 423 again.")
reg = dict(ruri=f"sip:{PROXY_IP}:5060", to=f"<sip:reg-423-not-raised@{DOMAIN}>",
           frm=f"<sip:reg-423-not-raised@{DOMAIN}>")
c.request("REGISTER", 1, ["Expires: 10"], **reg); c.recv(423)
c.request("REGISTER", 2, ["Expires: 10"], **reg); c.recv(423)

# -------------------------------------------------------------- trust-bye481
c = case("bye481", "bye-crossed", comment=
         "Call; the callee hangs up and the caller's BYE leaves before the callee's BYE is "
         "answered: the caller answers 200, the callee answers the caller's BYE 481.")
c.call()
c.recv("BYE")
c.request("BYE", 2, dialog=True)
c.reply(200, "OK")
c.recv(481)
c.uas_request("BYE", 1)
c.uas.append("""  <recv request="BYE">
    <action>
      <ereg regexp="Via:[[:print:]]*" search_in="msg" check_it="true" assign_to="bye_via"/>
      <ereg regexp="From:[[:print:]]*" search_in="msg" check_it="true" assign_to="bye_from"/>
      <ereg regexp="To:[[:print:]]*" search_in="msg" check_it="true" assign_to="bye_to"/>
    </action>
  </recv>""")
c.uas_recv(200)
c.uas_reply(481, "Call/Transaction Does Not Exist", via="[$bye_via]", cseq="2 BYE")
# the 481 answers the caller's BYE, not the 200 just received
c.uas[-1] = c.uas[-1].replace("[last_From:]", "[$bye_from]").replace("[last_To:]", "[$bye_to]")

# uas-nr: the UAS runs with SIPp -nr, else SIPp would recognise the
# retransmission and resend its 200 by itself.
c = case("bye481", "bye-retransmitted", uas_mode="uas-nr", comment=
         "Call; the caller's BYE gets 200, the caller ignores it and retransmits the BYE "
         "(same branch and CSeq) 500 ms later: 481.")
c.call()
c.pause(300)
c.request("BYE", 2, dialog=True)
c.recv(200)
c.pause(500)
c.request("BYE", 2, dialog=True, via="[last_Via:]")
c.recv(481)
c.uas_recv("BYE"); c.uas_reply(200, "OK")
c.uas_recv("BYE"); c.uas_reply(481, "Call/Transaction Does Not Exist")

c = case("bye481", "bye-wrong-tag", comment=
         "Call; the caller's BYE carries a To tag the callee never gave: 481; the BYE with "
         "the right tag (CSeq 3) gets 200.")
c.call(save_tag="uas_tag")   # [peer_tag_param] would take the wrong tag from the 481
c.pause(300)
c.request("BYE", 2, dialog=True, to=c.to + ";tag=no-such-dialog")
c.recv(481)
c.uas_recv("BYE"); c.uas_reply(481, "Call/Transaction Does Not Exist")
c.bye(3, to=c.to + "[$uas_tag]")

# ----------------------------------------------------------------- trust-487
c = case("487", "inv-expires-487", comment=
         "INVITE with Expires: 2, the callee rings and answers 487 when the 2 s are over "
         "(RFC 3261 section 13.3.1.4); no CANCEL.")
c.request("INVITE", 1, ["Expires: 2"])
c.recv(100); c.recv(180); c.recv(487); c.ack_error(1)
c.uas_recv("INVITE")
c.uas_reply(100, "Trying")
c.uas_reply(180, "Ringing", tag=True)
c.pause(2000, "uas")
c.uas_reply(487, "Request Terminated", tag=True)
c.uas_recv("ACK")

c = case("487", "early-bye-487", comment=
         "INVITE, 180 (early dialog); the caller sends BYE in the early dialog: 200 to the BYE "
         "and 487 to the INVITE (RFC 3261 section 15.1.2).")
c.request("INVITE", 1)
c.recv(100); c.recv(180)
c.pause(300)
c.request("BYE", 2, dialog=True)
c.recv(200); c.recv(487)
c.ack_error(1)
c.uas_recv("INVITE", save_via="inv_via")
c.uas_reply(100, "Trying")
c.uas_reply(180, "Ringing", tag=True)
c.uas_recv("BYE")
c.uas_reply(200, "OK")
c.uas_reply(487, "Request Terminated", cseq="1 INVITE", via="[$inv_via]")
c.uas_recv("ACK")

# ------------------------------------------------------------- trust-405-501
ALLOW = "Allow: INVITE, ACK"   # a UA that refuses the method it is asked for
for code, reason in ((405, "Method Not Allowed"), (501, "Not Implemented")):
    extra = [ALLOW] if code == 405 else []
    c = case("405-501", f"bye-{code}", comment=f"Call; the callee answers the caller's BYE {code}.")
    c.call()
    c.pause(300)
    c.request("BYE", 2, dialog=True)
    c.recv(code)
    c.uas_recv("BYE"); c.uas_reply(code, reason, extra)

    c = case("405-501", f"options-{code}", comment=f"OPTIONS outside a dialog answered {code}.")
    c.request("OPTIONS", 1, ["Accept: application/sdp"])
    c.recv(code)
    c.uas_recv("OPTIONS"); c.uas_reply(code, reason, extra, tag=True)

    c = case("405-501", f"cancel-{code}", comment=
             f"INVITE, 180, CANCEL answered {code}; the callee answers the INVITE 200 anyway "
             "and the caller hangs up.")
    c.request("INVITE", 1)
    c.recv(100); c.recv(180)
    c.pause(300)
    c.uac.append(send([f"CANCEL {c.ruri} SIP/2.0", "[last_Via:]", "Max-Forwards: 70",
                       f"From: {ALICE};tag={UAC_TAG}", f"To: {c.to}", "Call-ID: [call_id]",
                       "CSeq: 1 CANCEL", AGENT]))
    c.recv(code); c.recv(200); c.ack_2xx(1)
    c.uas_recv("INVITE")
    c.uas_reply(100, "Trying")
    c.uas_reply(180, "Ringing", tag=True)
    c.uas_recv("CANCEL")
    c.uas_reply(code, reason, extra, tag=True)
    c.pause(200, "uas")
    c.uas_reply(200, "OK", tag=True, cseq="1 INVITE")
    c.uas_recv("ACK")
    c.bye(2)

# ----------------------------------------------------------------- trust-202
c = case("202", "subscribe-202", comment=
         "SUBSCRIBE presence 202; NOTIFY active 200; un-SUBSCRIBE (Expires: 0) 200; "
         "NOTIFY terminated 200.")
c.request("SUBSCRIBE", 1, ["Event: presence", "Expires: 600", "Accept: application/pidf+xml"])
c.recv(202)
c.recv("NOTIFY"); c.reply(200, "OK")
c.pause(300)
c.request("SUBSCRIBE", 2, ["Event: presence", "Expires: 0", "Accept: application/pidf+xml"], dialog=True)
c.recv(200)
c.recv("NOTIFY"); c.reply(200, "OK")
c.uas_recv("SUBSCRIBE")
c.uas_reply(202, "Accepted", ["Expires: 600"], tag=True)
c.pause(100, "uas")
PIDF = ("application/pidf+xml", '<?xml version="1.0"?>\n<presence xmlns="urn:ietf:params:xml:ns:pidf" '
        f'entity="sip:subscribe-202@{DOMAIN}">\n<tuple id="t1"><status><basic>open</basic></status></tuple>\n'
        "</presence>\n")
c.uas_request("NOTIFY", 1, ["Event: presence", "Subscription-State: active;expires=600"], body=PIDF)
c.uas_recv(200)
c.uas_recv("SUBSCRIBE")
c.uas_reply(200, "OK", ["Expires: 0"])
c.pause(100, "uas")
c.uas_request("NOTIFY", 2, ["Event: presence", "Subscription-State: terminated;reason=timeout"])
c.uas_recv(200)

c = case("202", "refer-202", comment=
         "Call; REFER 202; NOTIFY sipfrag 100 Trying (active) 200; NOTIFY sipfrag 200 OK "
         "(terminated) 200; BYE 200.")
c.call()
c.pause(300)
c.request("REFER", 2, [f"Refer-To: <sip:carol@{DOMAIN}>", f"Referred-By: <sip:alice@{DOMAIN}>"], dialog=True)
c.recv(202)
c.recv("NOTIFY"); c.reply(200, "OK")
c.recv("NOTIFY"); c.reply(200, "OK")
c.uas_recv("REFER")
c.uas_reply(202, "Accepted")
c.pause(100, "uas")
for cseq, state, frag in ((1, "active;expires=60", "SIP/2.0 100 Trying"),
                          (2, "terminated;reason=noresource", "SIP/2.0 200 OK")):
    c.uas_request("NOTIFY", cseq, ["Event: refer", f"Subscription-State: {state}"],
                  body=("message/sipfrag;version=2.0", frag + "\n"))
    c.uas_recv(200)
    c.pause(200, "uas")
c.bye(3)

# --------------------------------------------------------- trust-retry-after
c = case("retry-after", "reinv-500-retry-after", comment=
         "Call; re-INVITE answered 500 with Retry-After: 1 (RFC 3261 section 14.2); the "
         "caller retries 1 s later (CSeq 3): 200; BYE.")
c.call(offer=True)
c.pause(300)
c.request("INVITE", 2, body=sdp(UAC_IP, 2), dialog=True)
c.recv(500); c.ack_error(2, dialog=True)
c.pause(1000)
c.request("INVITE", 3, body=sdp(UAC_IP, 2), dialog=True)
c.recv(200); c.ack_2xx(3)
c.uas_recv("INVITE")
c.uas_reply(500, "Server Internal Error", ["Retry-After: 1"])
c.uas_recv("ACK")
c.uas_recv("INVITE")
c.uas_reply(200, "OK", body=sdp(UAS_IP, 2), contact=True)
c.uas_recv("ACK")
c.bye(4)

for name, code, reason, extra, comment in (
        ("inv-503-retry-after", 503, "Service Unavailable", ["Retry-After: 30"],
         "INVITE answered 503 with Retry-After: 30 (overload)."),
        ("inv-500", 500, "Server Internal Error", [], "INVITE answered 500, no Retry-After."),
        ("inv-503", 503, "Service Unavailable", [], "INVITE answered 503, no Retry-After.")):
    c = case("retry-after", name, comment=comment)
    c.request("INVITE", 1, body=UAC_SDP)
    c.recv(100); c.recv(code); c.ack_error(1)
    c.uas_recv("INVITE")
    c.uas_reply(100, "Trying")
    c.uas_reply(code, reason, extra, tag=True)
    c.uas_recv("ACK")

# --------------------------------------------------------- trust-negotiation
c = case("negotiation", "require-foo-420", comment=
         "INVITE with Require: foo, 420 Unsupported: foo; the retry without it: 200; BYE.")
c.request("INVITE", 1, ["Require: foo"], body=UAC_SDP)
c.recv(420); c.ack_error(1)
c.request("INVITE", 2, body=UAC_SDP)
c.recv(100); c.recv(200); c.ack_2xx(2)
c.uas_recv("INVITE")
c.uas_reply(420, "Bad Extension", ["Unsupported: foo"], tag=True)
c.uas_recv("ACK")
c.uas_recv("INVITE")
c.uas_reply(100, "Trying")
c.uas_reply(200, "OK", tag=True, body=UAS_SDP)
c.uas_recv("ACK")
c.bye(3)

c = case("negotiation", "need-100rel-421", comment=
         "INVITE without 100rel, 421 Require: 100rel; the retry with Require: 100rel gets a "
         "reliable 180 (RSeq 1), PRACK 200, then 200; BYE.")
c.request("INVITE", 1, body=UAC_SDP)
c.recv(421); c.ack_error(1)
c.request("INVITE", 2, ["Supported: 100rel", "Require: 100rel"], body=UAC_SDP)
c.recv(100); c.recv(180)
c.request("PRACK", 3, ["RAck: 1 2 INVITE"], dialog=True)
c.recv(200); c.recv(200); c.ack_2xx(2)
c.uas_recv("INVITE")
c.uas_reply(421, "Extension Required", ["Require: 100rel"], tag=True)
c.uas_recv("ACK")
c.uas_recv("INVITE", save_via="inv_via")
c.uas_reply(100, "Trying")
c.uas_reply(180, "Ringing", ["Require: 100rel", "RSeq: 1"], tag=True, body=UAS_SDP)
c.uas_recv("PRACK")
c.uas_reply(200, "OK")
c.uas_reply(200, "OK", cseq="2 INVITE", via="[$inv_via]", contact=True)
c.uas_recv("ACK")
c.bye(4)

c = case("negotiation", "body-type-415", comment=
         "INVITE with a multipart/mixed body (SDP + PIDF-LO), 415 Accept: application/sdp; "
         "the retry with a plain SDP body: 200; BYE.")
MULTI = ("multipart/mixed;boundary=sipdiag-boundary",
         "--sipdiag-boundary\nContent-Type: application/sdp\n\n" + UAC_SDP[1] +
         "\n--sipdiag-boundary\nContent-Type: application/pidf+xml\n\n"
         '<?xml version="1.0"?>\n<presence xmlns="urn:ietf:params:xml:ns:pidf" '
         f'entity="sip:alice@{DOMAIN}"/>\n--sipdiag-boundary--\n')
c.request("INVITE", 1, body=MULTI)
c.recv(415); c.ack_error(1)
c.request("INVITE", 2, body=UAC_SDP)
c.recv(100); c.recv(200); c.ack_2xx(2)
c.uas_recv("INVITE")
c.uas_reply(415, "Unsupported Media Type", ["Accept: application/sdp"], tag=True)
c.uas_recv("ACK")
c.uas_recv("INVITE")
c.uas_reply(100, "Trying")
c.uas_reply(200, "OK", tag=True, body=UAS_SDP)
c.uas_recv("ACK")
c.bye(3)

# ----------------------------------------------------------- trust-refusals
c = case("refusals", "notify-check-sync-489", comment=
         "Unsolicited NOTIFY (Event: check-sync, no subscription) to a phone that does not "
         "support the package: 489 with Allow-Events.")
c.request("NOTIFY", 1, ["Event: check-sync", "Subscription-State: terminated"])
c.recv(489)
c.uas_recv("NOTIFY")
c.uas_reply(489, "Bad Event", ["Allow-Events: presence, refer"], tag=True)

c = case("refusals", "reinv-486", comment=
         "Call; re-INVITE answered 486 Busy Here; the call stays up, BYE 200 later.")
c.call(offer=True)
c.pause(300)
c.request("INVITE", 2, body=sdp(UAC_IP, 2), dialog=True)
c.recv(486); c.ack_error(2, dialog=True)
c.uas_recv("INVITE")
c.uas_reply(486, "Busy Here")
c.uas_recv("ACK")
c.bye(3)


def main():
    for old in os.listdir(HERE):
        if old.endswith((".uac.xml", ".uas.xml")):
            os.remove(os.path.join(HERE, old))
    rows = []
    for c in CASES:
        for side in ("uac", "uas"):
            if side == "uas" and not c.uas:
                continue
            with open(os.path.join(HERE, f"{c.name}.{side}.xml"), "w") as f:
                f.write(c.xml(side))
        rows.append(f"{c.capture} {c.name} {c.route} {c.uas_mode if c.uas else 'no-uas'} {c.auth_uri}")
    with open(os.path.join(HERE, "cases.txt"), "w") as f:
        f.write("# capture case route uas auth-uri (generated by gen-trust.py)\n# uas: uas = a SIPp UAS, uas-nr = one with -nr, no-uas = none\n")
        f.write("\n".join(rows) + "\n")


if __name__ == "__main__":
    main()
