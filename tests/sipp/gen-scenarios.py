#!/usr/bin/env python3
"""Generate the SIPp scenarios that produce tests/captures/all-codes-udp.pcap.

SIPp takes a response code only as a literal ("SIP/2.0 486 ..."): it checks the
code when it loads the scenario, before keywords are replaced, so a
"SIP/2.0 [field0] [field1]" template is rejected ("Response codes must be in
the range of 100-700").  So the UAS has one <send> block per code, chosen by
<test>/<nop next=...>, and the UAC has one optional <recv> per code.

The code travels in the request: the To (and, except for REGISTER, the
Request-URI) user part is the code, e.g. INVITE sip:486@127.0.0.1:5070.
The UAC takes it from codes.csv ([field0]); the UAS reads it back from To.

Writes, next to this file: codes.csv, uac-codes.xml, uas-codes.xml.
Run:  python3 tests/sipp/gen-scenarios.py
"""
import os

HERE = os.path.dirname(os.path.abspath(__file__))
SRV = "Server: sipdiag-test-uas"

# (code, reason phrase on the wire, request method, extra response header)
# Reason phrases: IANA sip-parameters-7 (docs sip-domain.md §1); 409/411 from
# RFC 2543; 299/499/699 are deliberately unregistered.
CODES = [
    (180, "Ringing", "INVITE", SRV),
    (181, "Call Is Being Forwarded", "INVITE", SRV),
    (182, "Queued", "INVITE", SRV),
    (183, "Session Progress", "INVITE", SRV),
    (199, "Early Dialog Terminated", "INVITE", 'Reason: SIP ;cause=480 ;text="Temporarily Unavailable"'),
    (200, "OK", "INVITE", SRV),
    (202, "Accepted", "SUBSCRIBE", "Expires: 600"),
    (204, "No Notification", "SUBSCRIBE", "Expires: 600"),
    (299, "Odd Success", "INVITE", SRV),
    (300, "Multiple Choices", "INVITE", "Contact: <sip:alt1@127.0.0.1:5071>, <sip:alt2@127.0.0.1:5071>"),
    (301, "Moved Permanently", "INVITE", "Contact: <sip:moved@127.0.0.1:5071>"),
    (302, "Moved Temporarily", "INVITE", "Contact: <sip:temp@127.0.0.1:5071>"),
    (305, "Use Proxy", "INVITE", "Contact: <sip:proxy@127.0.0.1:5071>"),
    (380, "Alternative Service", "INVITE", SRV),
    (400, "Bad Request", "INVITE", SRV),
    (401, "Unauthorized", "INVITE",
     'WWW-Authenticate: Digest realm="sipdiag.test", nonce="5e8f1c2a9b", algorithm=MD5, qop="auth"'),
    (402, "Payment Required", "INVITE", SRV),
    (403, "Forbidden", "INVITE", SRV),
    (404, "Not Found", "INVITE", SRV),
    (405, "Method Not Allowed", "INVITE", "Allow: REGISTER, OPTIONS, MESSAGE"),
    (406, "Not Acceptable", "INVITE", SRV),
    (407, "Proxy Authentication Required", "INVITE",
     'Proxy-Authenticate: Digest realm="sipdiag.test", nonce="7a3d9e0b41", algorithm=MD5, qop="auth"'),
    (408, "Request Timeout", "INVITE", SRV),
    (409, "Conflict", "INVITE", SRV),
    (410, "Gone", "INVITE", SRV),
    (411, "Length Required", "INVITE", SRV),
    (412, "Conditional Request Failed", "PUBLISH", SRV),
    (413, "Request Entity Too Large", "INVITE", "Retry-After: 60"),
    (414, "Request-URI Too Long", "INVITE", SRV),
    (415, "Unsupported Media Type", "INVITE", "Accept: application/sdp"),
    (416, "Unsupported URI Scheme", "INVITE", SRV),
    (417, "Unknown Resource-Priority", "INVITE", "Accept-Resource-Priority: dsn.flash"),
    (420, "Bad Extension", "INVITE", "Unsupported: foo"),
    (421, "Extension Required", "INVITE", "Require: 100rel"),
    (422, "Session Interval Too Small", "INVITE", "Min-SE: 1800"),
    (423, "Interval Too Brief", "REGISTER", "Min-Expires: 3600"),
    (424, "Bad Location Information", "INVITE", "Geolocation-Error: 100"),
    (425, "Bad Alert Message", "INVITE", 'AlertMsg-Error: 100 ;text="Cannot process the alert payload"'),
    (428, "Use Identity Header", "INVITE", SRV),
    (429, "Provide Referrer Identity", "INVITE", SRV),
    (430, "Flow Failed", "INVITE", SRV),
    (433, "Anonymity Disallowed", "INVITE", SRV),
    (436, "Bad Identity Info", "INVITE", SRV),
    (437, "Unsupported Credential", "INVITE", SRV),
    (438, "Invalid Identity Header", "INVITE", SRV),
    (439, "First Hop Lacks Outbound Support", "INVITE", SRV),
    (440, "Max-Breadth Exceeded", "INVITE", SRV),
    (469, "Bad Info Package", "INFO", "Recv-Info: dtmf"),
    (470, "Consent Needed", "INVITE", SRV),
    (480, "Temporarily Unavailable", "INVITE", "Reason: Q.850 ;cause=18 ;text=\"No user responding\""),
    (481, "Call/Transaction Does Not Exist", "INVITE", SRV),
    (482, "Loop Detected", "INVITE", SRV),
    (483, "Too Many Hops", "INVITE", SRV),
    (484, "Address Incomplete", "INVITE", SRV),
    (485, "Ambiguous", "INVITE", "Contact: <sip:alice@127.0.0.1:5071>, <sip:alicia@127.0.0.1:5071>"),
    (486, "Busy Here", "INVITE", "Retry-After: 120"),
    (487, "Request Terminated", "INVITE", SRV),
    (488, "Not Acceptable Here", "INVITE", 'Warning: 305 127.0.0.1 "Incompatible media format"'),
    (489, "Bad Event", "SUBSCRIBE", "Allow-Events: presence"),
    (491, "Request Pending", "INVITE", SRV),
    (493, "Undecipherable", "INVITE", SRV),
    (494, "Security Agreement Required", "INVITE", "Security-Server: ipsec-3gpp ;alg=hmac-sha-1-96 ;q=0.1"),
    (499, "Unregistered Client Failure", "INVITE", SRV),
    (500, "Server Internal Error", "INVITE", "Retry-After: 30"),
    (501, "Not Implemented", "INVITE", SRV),
    (502, "Bad Gateway", "INVITE", SRV),
    (503, "Service Unavailable", "INVITE", "Retry-After: 120"),
    (504, "Server Time-out", "INVITE", SRV),
    (505, "Version Not Supported", "INVITE", SRV),
    (513, "Message Too Large", "INVITE", SRV),
    (555, "Push Notification Service Not Supported", "INVITE", SRV),
    (580, "Precondition Failure", "INVITE", SRV),
    (600, "Busy Everywhere", "INVITE", SRV),
    (603, "Decline", "INVITE", 'Reason: Q.850 ;cause=21 ;text="Call rejected"'),
    (604, "Does Not Exist Anywhere", "INVITE", SRV),
    (606, "Not Acceptable", "INVITE", 'Warning: 304 127.0.0.1 "Media type not available"'),
    (607, "Unwanted", "INVITE", SRV),
    (608, "Rejected", "INVITE", SRV),
    (699, "Unregistered Global Failure", "INVITE", SRV),
]

# Extra request headers for the non-INVITE cases (one request per code).
NONINV_REQ = {
    202: "Event: presence\nExpires: 600\nAccept: application/pidf+xml",
    204: "Event: presence\nExpires: 600\nSuppress-If-Match: b4cf7",
    412: "Event: presence\nExpires: 3600\nSIP-If-Match: dx200xyz",
    423: "Expires: 60",
    469: "Info-Package: foo",
    489: "Event: foo\nExpires: 600",
}

UAC_FROM = 'From: "sipdiag UAC" <sip:uac@[local_ip]:[local_port]>;tag=[pid]SIPpTag00[call_number]'
UAS_TO = "[last_To:];tag=[pid]SIPpTag01[call_number]"


def msg(lines):
    body = "\n".join("      " + l for l in lines)
    return "    <![CDATA[\n" + body + "\n\n    ]]>"


def resp(code, reason, to=UAS_TO, extra=None, contact=False):
    lines = [f"SIP/2.0 {code} {reason}", "[last_Via:]", "[last_From:]", to,
             "[last_Call-ID:]", "[last_CSeq:]"]
    if contact:
        lines.append("Contact: <sip:uas@[local_ip]:[local_port];transport=[transport]>")
    if extra:
        lines.extend(extra.split("\n"))
    lines.append("Content-Length: 0")
    return "  <send>\n" + msg(lines) + "\n  </send>"


def gen_uas():
    out = ['<?xml version="1.0" encoding="ISO-8859-1" ?>',
           '<!DOCTYPE scenario SYSTEM "sipp.dtd">',
           "<!-- GENERATED by gen-scenarios.py: do not edit by hand.",
           "     sipdiag test UAS: answers the request with the code found in the",
           "     user part of its To URI (sip:486@...).  INVITE: 100 Trying first;",
           "     1xx codes are followed by 200 OK; 2xx are ACKed and then BYE'd;",
           "     failures wait for the ACK.  Non-INVITE: one final response. -->",
           '<scenario name="sipdiag UAS, code from To user part">',
           '  <recv request="INVITE|SUBSCRIBE|PUBLISH|REGISTER|INFO" regexp_match="true">',
           "    <action>",
           '      <ereg regexp="[0-9]+" search_in="hdr" header="To:" check_it="true" assign_to="codestr"/>',
           '      <todouble assign_to="code" variable="codestr"/>']
    for c, *_ in CODES:
        out.append(f'      <test assign_to="is{c}" variable="code" compare="equal" value="{c}"/>')
    out += ["    </action>", "  </recv>", ""]
    for c, *_ in CODES:
        out.append(f'  <nop test="is{c}" next="r{c}"/>')
    out += ['  <nop next="r500"/>', ""]
    for c, reason, method, extra in CODES:
        out.append(f'  <label id="r{c}"/>')
        if method == "INVITE":
            out.append(resp(100, "Trying", to="[last_To:]"))
            if c < 200:
                out += ['  <pause milliseconds="20"/>', resp(c, reason, extra=extra, contact=True),
                        '  <nop next="provisional"/>', ""]
            elif c < 300:
                # the <recv> must follow the <send> directly: SIPp runs a <nop>
                # only on the call's next turn and a fast ACK would be "unexpected"
                out += [resp(c, reason, extra=extra, contact=True), '  <recv request="ACK" next="bye"/>', ""]
            else:
                out += [resp(c, reason, extra=extra), '  <recv request="ACK" next="done"/>', ""]
        else:
            out += [resp(c, reason, extra=extra, contact=(c < 300)), '  <nop next="done"/>', ""]
    out += ['  <label id="provisional"/>', '  <pause milliseconds="20"/>',
            resp(200, "OK", contact=True), '  <recv request="ACK"/>',
            '  <label id="bye"/>', '  <recv request="BYE"/>',
            resp(200, "OK", to="[last_To:]"), "",
            '  <label id="done"/>', "</scenario>"]
    return "\n".join(out) + "\n"


def gen_uac():
    inv = [c for c, _, m, _ in CODES if m == "INVITE"]
    prov = [100] + [c for c in inv if c < 200]
    ok = [c for c in inv if 200 <= c < 300]
    fail = [c for c in inv if c >= 300]
    out = ['<?xml version="1.0" encoding="ISO-8859-1" ?>',
           '<!DOCTYPE scenario SYSTEM "sipp.dtd">',
           "<!-- GENERATED by gen-scenarios.py: do not edit by hand.",
           "     sipdiag test UAC: one request per call; [field0] of the -inf file is",
           "     the response code it asks for (user part of the To URI).",
           "     INVITE: accepts any listed code (SIPp matches codes exactly, so one",
           "     optional <recv> each); 2xx: ACK + BYE; failure: ACK with the",
           "     INVITE's branch.  Non-INVITE codes: their own request. -->",
           '<scenario name="sipdiag UAC, asks for the code in [field0]">',
           "  <nop>", "    <action>",
           '      <assignstr assign_to="codestr" value="[field0]"/>',
           '      <todouble assign_to="code" variable="codestr"/>']
    noninv = [(c, m) for c, _, m, _ in CODES if m != "INVITE"]
    for c, _ in noninv:
        out.append(f'      <test assign_to="is{c}" variable="code" compare="equal" value="{c}"/>')
    out += ["    </action>", "  </nop>"]
    for c, _ in noninv:
        out.append(f'  <nop test="is{c}" next="q{c}"/>')
    invite = ["INVITE sip:[field0]@[remote_ip]:[remote_port] SIP/2.0",
              "Via: SIP/2.0/[transport] [local_ip]:[local_port];branch=[branch]",
              "Max-Forwards: 70", UAC_FROM, "To: <sip:[field0]@[remote_ip]:[remote_port]>",
              "Call-ID: [call_id]", "CSeq: 1 INVITE",
              "Contact: <sip:uac@[local_ip]:[local_port];transport=[transport]>",
              "User-Agent: sipdiag-test-uac", "Content-Length: 0"]
    out += ["", '  <send retrans="500">', msg(invite), "  </send>"]
    for c in prov:
        out.append(f'  <recv response="{c}" optional="true"/>')
    for c in ok:
        out.append(f'  <recv response="{c}" optional="true" next="answered"/>')
    for c in fail[:-1]:
        out.append(f'  <recv response="{c}" optional="true" next="rejected"/>')
    out.append(f'  <recv response="{fail[-1]}" next="rejected"/>')
    ack_fail = ["ACK sip:[field0]@[remote_ip]:[remote_port] SIP/2.0", "[last_Via:]",
                "Max-Forwards: 70", UAC_FROM, "[last_To:]", "Call-ID: [call_id]",
                "CSeq: 1 ACK", "Content-Length: 0"]
    out += ["", '  <label id="rejected"/>', "  <send>", msg(ack_fail), "  </send>",
            '  <nop next="done"/>', ""]
    ack_ok = ["ACK sip:uas@[remote_ip]:[remote_port];transport=[transport] SIP/2.0",
              "Via: SIP/2.0/[transport] [local_ip]:[local_port];branch=[branch]",
              "Max-Forwards: 70", UAC_FROM, "[last_To:]", "Call-ID: [call_id]",
              "CSeq: 1 ACK", "Content-Length: 0"]
    bye = ["BYE sip:uas@[remote_ip]:[remote_port];transport=[transport] SIP/2.0",
           "Via: SIP/2.0/[transport] [local_ip]:[local_port];branch=[branch]",
           "Max-Forwards: 70", UAC_FROM, "[last_To:]", "Call-ID: [call_id]",
           "CSeq: 2 BYE", "Content-Length: 0"]
    out += ['  <label id="answered"/>', "  <send>", msg(ack_ok), "  </send>",
            '  <pause milliseconds="50"/>', '  <send retrans="500">', msg(bye), "  </send>",
            '  <recv response="200" next="done"/>', ""]
    for c, m in noninv:
        ruri = "sip:[remote_ip]:[remote_port]" if m == "REGISTER" else \
            "sip:[field0]@[remote_ip]:[remote_port]"
        lines = [f"{m} {ruri} SIP/2.0",
                 "Via: SIP/2.0/[transport] [local_ip]:[local_port];branch=[branch]",
                 "Max-Forwards: 70",
                 UAC_FROM if m != "REGISTER" else
                 'From: <sip:[field0]@[remote_ip]:[remote_port]>;tag=[pid]SIPpTag00[call_number]',
                 "To: <sip:[field0]@[remote_ip]:[remote_port]>", "Call-ID: [call_id]",
                 f"CSeq: 1 {m}", "Contact: <sip:uac@[local_ip]:[local_port];transport=[transport]>",
                 "User-Agent: sipdiag-test-uac"]
        lines += NONINV_REQ[c].split("\n") + ["Content-Length: 0"]
        out += [f'  <label id="q{c}"/>', '  <send retrans="500">', msg(lines), "  </send>",
                f'  <recv response="{c}" next="done"/>', ""]
    out += ['  <label id="done"/>', "</scenario>"]
    return "\n".join(out) + "\n"


def main():
    with open(os.path.join(HERE, "codes.csv"), "w") as f:
        f.write("SEQUENTIAL\n" + "".join(f"{c};\n" for c, *_ in CODES))
    with open(os.path.join(HERE, "uas-codes.xml"), "w") as f:
        f.write(gen_uas())
    with open(os.path.join(HERE, "uac-codes.xml"), "w") as f:
        f.write(gen_uac())
    print(f"{len(CODES)} codes")


if __name__ == "__main__":
    main()
