"""Context-aware diagnosis in tshark, one pass and two: captures recorded
from SIPp peers for each rule (tests/captures/README.md lists their frames)
and the public captures the issue names."""
import os
import shutil
import unittest

import test_plugin
from harness import SOURCE_DIR, Stage, report

STAGE = None
SEVERITY = {2097152: "chat", 4194304: "note", 6291456: "warn", 8388608: "error"}

EXPECTED, FAULT = "1", "0"

# capture -> {frame: (code, method, rule, severity of its SIP expert item)}:
# every response a rule speaks of.  Whether each is expected, a fault or
# neutral, and its evidence frames, is the verdict corpus's job
# (test_corpus.py, docs/verdict-corpus.md); here, which rule and severity.
VERDICTS = {
    "ctx-digest-ok.pcap": {
        2: (401, "REGISTER", "challenge", "chat"),
        6: (407, "INVITE", "proxy-challenge", "chat"),
    },
    "ctx-digest-fail.pcap": {
        2: (401, "REGISTER", "challenge", "chat"),
        4: (401, "REGISTER", "credentials-refused", "warn"),
        6: (401, "REGISTER", "challenge-loop", "warn"),
        8: (401, "REGISTER", "challenge", "chat"),
        10: (403, "REGISTER", "refused-after-credentials", "warn"),
        12: (401, "REGISTER", "challenge", "chat"),
        16: (401, "REGISTER", "stale-nonce", "chat"),
    },
    "ctx-cancel-race.pcap": {
        5: (200, "CANCEL", "cancel-accepted", "chat"),
        6: (487, "INVITE", "cancelled", "chat"),
        11: (487, "INVITE", "terminated-without-cancel", "note"),
        21: (481, "BYE", "bye-dialog-mismatch", "warn"),
    },
    "ctx-reinvite.pcap": {
        7: (488, "INVITE", "reinvite-offer-refused", "note"),
        10: (491, "INVITE", "glare", "chat"),
        16: (481, "INFO", "dialog-lost", "warn"),
        20: (488, "INVITE", "initial-offer-refused", "warn"),
    },
    "ctx-timers.pcap": {
        2: (422, "INVITE", "session-timer", "chat"),
        10: (423, "REGISTER", "expiry", "chat"),
        14: (423, "REGISTER", "expiry", "chat"),
        16: (423, "REGISTER", "expiry-not-raised", "warn"),
    },
    "ctx-reason.pcap": {
        2: (486, "INVITE", "busy", "note"),
        5: (480, "INVITE", "user-unavailable", "note"),
        8: (486, "INVITE", "busy", "note"),
        11: (503, "INVITE", "overload-retry-after", "note"),
        24: (200, "CANCEL", "cancel-accepted", "chat"),
        25: (487, "INVITE", "cancelled", "chat"),
        28: (603, "INVITE", "declined", "note"),
    },
    "ctx-transfer.pcap": {
        7: (202, "REFER", "transfer-accepted", "chat"),
        20: (202, "REFER", "transfer-accepted", "chat"),
        33: (202, "REFER", "transfer-accepted", "chat"),
        55: (202, "REFER", "transfer-accepted", "chat"),
    },
    "ctx-subscribe.pcap": {
        2: (202, "SUBSCRIBE", "subscription-accepted-202", "note"),
        4: (489, "SUBSCRIBE", "event-package-refused", "warn"),
        6: (405, "OPTIONS", "core-method-refused", "warn"),
        8: (501, "MESSAGE", "method-not-implemented", "chat"),
        10: (405, "INVITE", "invite-register-refused", "warn"),
    },
    # The public captures the issue names.
    "pkts-cancel.pcap": {
        5: (200, "CANCEL", "cancel-accepted", "chat"),
        6: (487, "INVITE", "cancelled", "chat"),
    },
    "sipnab-sip-488-codec-reject.pcapng": {
        8: (401, "INVITE", "challenge", "chat"),
        12: (488, "INVITE", "initial-offer-refused", "warn"),
    },
}

FIELDS = ["frame.number", "sipdiag.code", "sipdiag.method", "sipdiag.rule",
          "_ws.expert.message", "_ws.expert.severity"]


def setUpModule():
    global STAGE
    test_plugin.setUpModule()
    STAGE = test_plugin.STAGE


def tearDownModule():
    test_plugin.tearDownModule()




def verdicts(capture, two_pass, options=()):
    """frame -> (code, method, rule, severity of its SIP expert item)."""
    extra = (["-2"] if two_pass else []) + list(options)
    found = {}
    for row in STAGE.fields(capture, FIELDS, display_filter="sipdiag.rule", extra=extra):
        code = row["sipdiag.code"][0]
        severity = None
        for message, level in zip(row["_ws.expert.message"], row["_ws.expert.severity"]):
            if message.startswith("SIP %s " % code):
                severity = SEVERITY[int(level)]
        found[int(row["frame.number"][0])] = (int(code), row["sipdiag.method"][0],
                                              row["sipdiag.rule"][0], severity)
    return found


class Verdicts(unittest.TestCase):
    def check(self, two_pass, options=()):
        for capture, expected in VERDICTS.items():
            with self.subTest(capture=capture, two_pass=two_pass, options=options):
                self.assertEqual(verdicts(capture, two_pass, options), expected)

    def test_one_pass(self):
        self.check(two_pass=False)

    def test_two_pass(self):
        self.check(two_pass=True)

    def test_context_names_its_evidence(self):
        # The context says in words which frames the verdict rests on; the
        # Expert Info line keeps only the reason, so that it groups.
        rows = {int(r["frame.number"][0]): r for r in STAGE.fields(
            "ctx-digest-fail.pcap", ["frame.number", "sipdiag.context", "_ws.expert.message",
                                     "sipdiag.evidence.request", "sipdiag.evidence.challenge",
                                     "sipdiag.evidence.credentials", "sipdiag.evidence.realm"],
            display_filter="sipdiag.rule")}
        loop = rows[6]
        self.assertEqual(loop["sipdiag.context"], [
            "authentication loop: credentials refused again, right after a challenge that had "
            "already refused them; the request in frame 5 sent Authorization for realm "
            "sipdiag.test again after the challenge in frame 4, and was challenged again"])
        self.assertIn("SIP 401 Unauthorized to REGISTER: authentication loop: credentials "
                      "refused again, right after a challenge that had already refused them",
                      loop["_ws.expert.message"])
        self.assertEqual((loop["sipdiag.evidence.request"], loop["sipdiag.evidence.challenge"],
                          loop["sipdiag.evidence.credentials"], loop["sipdiag.evidence.realm"]),
                         (["5"], ["4"], ["Authorization"], ["sipdiag.test"]))
        # A challenge to a request without credentials names only the request.
        self.assertEqual((rows[2]["sipdiag.evidence.request"],
                          rows[2]["sipdiag.evidence.challenge"],
                          rows[2]["sipdiag.evidence.credentials"]), (["1"], [], []))

    def test_fix_follows_the_verdict(self):
        # The rule's fix comes first, the code's generic one after it; long
        # summaries quote the rule's, never the generic "act only if it repeats".
        rows = {int(r["frame.number"][0]): r for r in STAGE.fields(
            "ctx-digest-fail.pcap", ["frame.number", "sipdiag.remediation", "_ws.expert.message"],
            display_filter="sipdiag.rule", extra=["-o", "sipdiag.long_summaries:TRUE"])}
        remediation = rows[6]["sipdiag.remediation"]
        self.assertEqual(len(remediation), 2)
        self.assertTrue(remediation[0].startswith("The credentials are wrong, not missing"))
        self.assertEqual(remediation[1], test_plugin.knowledge(401)["remediation"])
        # Longer than a label holds (240 bytes): cut at a word, with an ellipsis.
        line = [m for m in rows[6]["_ws.expert.message"] if m.startswith("SIP 401")]
        self.assertEqual(line, [
            "SIP 401 Unauthorized to REGISTER: authentication loop: credentials refused again, "
            "right after a challenge that had already refused them. Fix: The credentials are "
            "wrong, not missing: check the username (auth user, not the extension, if\u2026"])
        self.assertLess(len(line[0].encode()), 240)

    def test_report_gives_the_verdicts_fix_first(self):
        # The main job's report (scripts/report.py, run by annotate.sh):
        # with --all, every response as it was before the headline came.
        text = report(STAGE, "ctx-digest-fail.pcap", "--all").split("\n── Every response ─")[1]
        block = text.split("#6 ")[1].split("\n#")[0]
        self.assertTrue(block.startswith("    401 Unauthorized to REGISTER  [FAULT]\n"), block)
        self.assertIn("      evidence:  request #5, challenge #4, carried Authorization (realm "
                      "\"sipdiag.test\")\n", block)
        self.assertLess(block.index("fix:       The credentials are wrong, not missing"),
                        block.index("generally: Expected as the first answer"))
        self.assertTrue(text.endswith("\n9 SIP responses explained in ctx-digest-fail.pcap\n"))

    def test_report_on_the_bundled_sample(self):
        # The README's first command: its headline, and the failed
        # registration's verdict with its evidence and the rule's fix.
        sample = os.path.join(STAGE.captures, "sample.pcap")
        shutil.copy(os.path.join(SOURCE_DIR, "docs", "sample.pcap"), sample)
        os.chmod(sample, 0o644)
        text = report(STAGE, "sample.pcap")
        self.assertEqual(text.splitlines()[:15], [
            "sipdiag report: sample.pcap",
            "  108 frames over 22.1 s, 108 SIP messages",
            "  calls:         12 — 6 answered and ended; 5 failed (2 x 486 Busy Here, 1 x 480 "
            "Temporarily",
            "                 Unavailable, 1 x 503 Service Unavailable, 1 x 603 Decline); 1 "
            "cancelled",
            "  registrations: 3 bindings of 3 AORs — 1 failing (401 Unauthorized), 1 failing "
            "(403 Forbidden), 1",
            "                 registered",
            "  other:         1 OPTIONS",
            "  faults:        1 x 401 Unauthorized to REGISTER: challenged although the request "
            "carried",
            "                 Authorization for this realm: wrong username, password or realm",
            "                 1 x 401 Unauthorized to REGISTER: authentication loop: credentials "
            "refused again,",
            "                 right after a challenge that had already refused them",
            "                 1 x 403 Forbidden to REGISTER: refused although credentials were "
            "sent: wrong",
            "                 password or realm, or the account is barred",
            "                 1 x REGISTER refused again and again (401 Unauthorized)",
            ""])
        block = text.split("\n── Registration sip:reg-forbid@127.0.0.1 ")[1].split("\n\n")[0]
        self.assertEqual(block.splitlines()[1:7], [
            "    outcome:  failing: 403 Forbidden from 127.0.0.1:5095 (sipdiag-ctx-uas)",
            "    binding:  Contact sip:alice@127.0.0.1:5091 from 127.0.0.1:5091; 1 failure, 1 "
            "challenge, never",
            "              granted",
            "    verdict:  #10 403 Forbidden to REGISTER  [FAULT]",
            "    why:      refused although credentials were sent: wrong password or realm, or "
            "the account is",
            "              barred"])
        self.assertIn("    evidence: request #9, challenge #8, carried Authorization (realm "
                      "\"sipdiag.test\")\n", block)
        self.assertTrue(block.endswith(
            "    #7   0.198  127.0.0.1:5091 ──REGISTER───────────▶ 127.0.0.1:5095\n"
            "    #8   0.199  127.0.0.1:5091 ◀───401 Unauthorized── 127.0.0.1:5095\n"
            "    #9   0.199  127.0.0.1:5091 ──REGISTER───────────▶ 127.0.0.1:5095\n"
            "  ! #10  0.200  127.0.0.1:5091 ◀──────403 Forbidden── 127.0.0.1:5095"), block)
        # Seven sections: two registrations (faults first), five failed calls.
        self.assertEqual(text.count("\n── "), 7)

    def test_b2bua_challenges_and_bad_events(self):
        found = verdicts("sipnab-b2bua-asterisk.pcapng", two_pass=False)
        by_code = {}
        for code, method, rule, severity in found.values():
            by_code.setdefault(code, set()).add((method, rule, severity))
        # REGISTER and SUBSCRIBE without credentials after earlier failures
        # are normal challenges, never a loop (the real sequence).
        self.assertEqual(by_code[401], {("REGISTER", "challenge", "chat"),
                                        ("SUBSCRIBE", "challenge", "chat"),
                                        ("INVITE", "challenge", "chat")})
        self.assertEqual(by_code[489], {("SUBSCRIBE", "event-package-refused", "warn"),
                                        ("PUBLISH", "event-package-refused", "warn")})

    def test_same_answer_in_every_pass(self):
        fields = ["frame.number", "sipdiag.code", "sipdiag.expected", "sipdiag.context",
                  "sipdiag.summary", "sipdiag.reason.cause", "sipdiag.warning.code",
                  "sipdiag.evidence.request", "sipdiag.evidence.challenge"]
        for capture in STAGE.capture_names:
            with self.subTest(capture=capture):
                one = STAGE.fields(capture, fields, display_filter="sipdiag")
                two = STAGE.fields(capture, fields, display_filter="sipdiag", extra=["-2"])
                self.assertEqual(one, two)


class ReasonAndWarning(unittest.TestCase):
    CAPTURE = "ctx-reason.pcap"

    def test_q850_causes(self):
        rows = STAGE.fields(self.CAPTURE, ["frame.number", "sipdiag.code", "sipdiag.reason.protocol",
                                           "sipdiag.reason.cause", "sipdiag.reason.cause_name",
                                           "sipdiag.reason.consistent"],
                            display_filter="sipdiag.reason.cause")
        got = {int(r["frame.number"][0]): (r["sipdiag.code"], r["sipdiag.reason.protocol"],
                                           r["sipdiag.reason.cause"],
                                           r["sipdiag.reason.cause_name"],
                                           r["sipdiag.reason.consistent"]) for r in rows}
        self.assertEqual(got, {
            2: (["486"], ["Q.850"], ["17"], ["User busy"], ["1"]),
            5: (["480"], ["Q.850"], ["21"], ["Call rejected"], ["0"]),
            8: (["486"], ["Q.850"], ["16"], ["Normal call clearing"], ["0"]),
            11: (["503"], ["Q.850"], ["34"], ["No circuit/channel available"], ["1"]),
            18: ([], ["Q.850"], ["16"], ["Normal call clearing"], []),   # on the BYE
            23: ([], ["SIP"], ["200"], ["OK"], []),                      # on the CANCEL
        })

    def test_mismatch_expert_rows(self):
        out = STAGE.tshark(["-n", "-r", STAGE.capture(self.CAPTURE), "-q", "-z", "expert"])
        rows = [r for r in test_plugin.parse_expert(out) if r[2] == "Protocol"]
        self.assertEqual(sorted(rows), sorted([
            ("Warning", 1, "Protocol", "SIPDIAG",
             "Q.850 cause 21 (Call rejected) disagrees with SIP 480: RFC 3398 maps 480 to cause "
             "18 (No user responding)"),
            ("Warning", 1, "Protocol", "SIPDIAG",
             "Q.850 cause 16 (Normal call clearing) disagrees with SIP 486: RFC 3398 maps 486 to "
             "cause 17 (User busy)"),
        ]))

    def test_warnings(self):
        rows = STAGE.fields("ctx-reason.pcap", ["frame.number", "sipdiag.warning.code",
                                                 "sipdiag.warning.agent", "sipdiag.warning.text",
                                                 "sipdiag.warning.registered"],
                            display_filter="sipdiag.warning.code")
        got = {int(r["frame.number"][0]): (r["sipdiag.warning.code"], r["sipdiag.warning.agent"],
                                           r["sipdiag.warning.text"],
                                           r["sipdiag.warning.registered"]) for r in rows}
        self.assertEqual(got[28], (["399"], ["pbx.example.com"], ["Caller on blocklist"], ["1"]))
        self.assertEqual(got[31][0], ["392"])
        self.assertEqual(got[31][3], ["0"])
        rows = STAGE.fields("ctx-reinvite.pcap", ["frame.number", "sipdiag.warning.code",
                                                   "sipdiag.warning.meaning"],
                            display_filter="sipdiag.warning.code")
        self.assertEqual([(r["frame.number"][0], r["sipdiag.warning.code"][0]) for r in rows],
                         [("7", "305"), ("20", "304")])


class Transfers(unittest.TestCase):
    CAPTURE = "ctx-transfer.pcap"
    FIELDS = ["frame.number", "sipdiag.code", "sipdiag.transfer.state", "sipdiag.transfer.refer",
              "sipdiag.transfer.report_frame", "sipdiag.transfer.report",
              "sipdiag.transfer.report_phrase", "sipdiag.transfer.differences"]

    def rows(self, two_pass):
        extra = ["-2"] if two_pass else []
        return {int(r["frame.number"][0]): r for r in STAGE.fields(
            self.CAPTURE, self.FIELDS, display_filter="sipdiag.transfer.state", extra=extra)}

    def test_reports_on_notify(self):
        for two_pass in (False, True):
            rows = self.rows(two_pass)
            with self.subTest(two_pass=two_pass):
                for frame, report, state in ((8, "100", "accepted; the transfer target is still"),
                                             (10, "200", "succeeded"),
                                             (23, "403", "accepted, then failed"),
                                             (36, "404", "accepted, then failed"),
                                             (56, "100", "accepted; the transfer target is still")):
                    self.assertEqual(rows[frame]["sipdiag.transfer.report"], [report])
                    self.assertTrue(rows[frame]["sipdiag.transfer.state"][0].startswith(state))
                self.assertEqual(rows[23]["sipdiag.transfer.refer"], ["19"])
                self.assertEqual(rows[23]["sipdiag.transfer.report_phrase"], ["Forbidden"])
                self.assertEqual(rows[23]["sipdiag.transfer.differences"], [
                    "202 is a 2xx Success response, while 403 is a 4xx Client Failure response: "
                    "the target took the REFER, then the referred call failed with 403 "
                    "Forbidden"])

    def test_refer_response_one_pass_waits(self):
        rows = self.rows(two_pass=False)
        for frame in (7, 20, 33, 55):
            self.assertEqual(rows[frame]["sipdiag.transfer.state"],
                             ["accepted; no NOTIFY has reported on the referred call yet"])
        self.assertEqual(rows[46]["sipdiag.transfer.state"],
                         ["refused: the REFER itself was rejected, no transfer was attempted"])

    def test_refer_response_two_pass_as_one_pass(self):
        # tshark -2 runs no taps on its first pass, so its second pass learns
        # the calls, in order, and shows each frame as a single pass does;
        # the outcome on the REFER's response needs a later look (the GUI's
        # views, test_modes.py).
        self.assertEqual(self.rows(two_pass=True), self.rows(two_pass=False))
        out = STAGE.tshark(["-n", "-2", "-r", STAGE.capture(self.CAPTURE), "-Y",
                            "sipdiag.transfer_failed", "-T", "fields", "-e", "frame.number"])
        self.assertEqual(out.split(), ["23", "36"])


if __name__ == "__main__":
    unittest.main()
