"""Context-aware diagnosis in tshark, one pass and two: captures recorded
from SIPp peers for each rule (tests/captures/README.md lists their frames)
and the public captures the issue names."""
import unittest

import test_plugin
from harness import Stage, series_at_least

STAGE = None
SEVERITY = {2097152: "chat", 4194304: "note", 6291456: "warn", 8388608: "error"}

EXPECTED, FAULT = "1", "0"

# capture -> {frame: (code, method, expected, context starts with, severity)}
VERDICTS = {
    "ctx-digest-ok.pcap": {
        2: (401, "REGISTER", EXPECTED, "digest challenge", "chat"),
        6: (407, "INVITE", EXPECTED, "proxy digest challenge", "chat"),
    },
    "ctx-digest-fail.pcap": {
        2: (401, "REGISTER", EXPECTED, "digest challenge", "chat"),
        4: (401, "REGISTER", FAULT, "challenged although the request carried credentials", "warn"),
        6: (401, "REGISTER", FAULT, "authentication loop", "warn"),
        8: (401, "REGISTER", EXPECTED, "digest challenge", "chat"),
        10: (403, "REGISTER", FAULT, "refused although credentials were sent", "warn"),
        12: (401, "REGISTER", EXPECTED, "digest challenge", "chat"),
        16: (401, "REGISTER", EXPECTED, "the nonce expired (stale=true)", "chat"),
    },
    "ctx-cancel-race.pcap": {
        5: (200, "CANCEL", EXPECTED, "the CANCEL was accepted", "chat"),
        6: (487, "INVITE", EXPECTED, "the caller cancelled before answer", "chat"),
        11: (487, "INVITE", FAULT, "no CANCEL for this INVITE in the capture", "warn"),
        21: (481, "BYE", EXPECTED, "a harmless race", "note"),
    },
    "ctx-reinvite.pcap": {
        7: (488, "INVITE", EXPECTED, "the new offer of a re-INVITE was refused", "note"),
        10: (491, "INVITE", EXPECTED, "glare:", "chat"),
        16: (481, "INFO", FAULT, "the peer no longer knows this dialog", "warn"),
        20: (488, "INVITE", FAULT, "the initial INVITE's offer was refused", "warn"),
    },
    "ctx-timers.pcap": {
        2: (422, "INVITE", EXPECTED, "session timer negotiation", "chat"),
        10: (423, "REGISTER", EXPECTED, "expiry negotiation", "chat"),
        14: (423, "REGISTER", EXPECTED, "expiry negotiation", "chat"),
        16: (423, "REGISTER", FAULT, "expiry refused again", "warn"),
    },
    "ctx-reason.pcap": {
        2: (486, "INVITE", EXPECTED, "the called user is busy", "note"),
        5: (480, "INVITE", EXPECTED, "the called user is not reachable now", "note"),
        8: (486, "INVITE", EXPECTED, "the called user is busy", "note"),
        24: (200, "CANCEL", EXPECTED, "the CANCEL was accepted", "chat"),
        25: (487, "INVITE", EXPECTED, "the caller cancelled before answer", "chat"),
        28: (603, "INVITE", EXPECTED, "the called user declined the call", "note"),
    },
    "ctx-transfer.pcap": {
        7: (202, "REFER", EXPECTED, "transfer accepted", "chat"),
        20: (202, "REFER", EXPECTED, "transfer accepted", "chat"),
        33: (202, "REFER", EXPECTED, "transfer accepted", "chat"),
        55: (202, "REFER", EXPECTED, "transfer accepted", "chat"),
    },
    "ctx-subscribe.pcap": {
        2: (202, "SUBSCRIBE", FAULT, "202 to SUBSCRIBE is deprecated by RFC 6665", "warn"),
        4: (489, "SUBSCRIBE", FAULT, "the server does not offer this event package", "warn"),
        6: (405, "OPTIONS", EXPECTED, "the peer does not allow this method here", "chat"),
        8: (501, "MESSAGE", EXPECTED, "the peer does not implement this method", "chat"),
        10: (405, "INVITE", FAULT, "the server does not take this core method", "warn"),
    },
    # The public captures the issue names.
    "pkts-cancel.pcap": {
        5: (200, "CANCEL", EXPECTED, "the CANCEL was accepted", "chat"),
        6: (487, "INVITE", EXPECTED, "the caller cancelled before answer", "chat"),
    },
    "sipnab-sip-488-codec-reject.pcapng": {
        8: (401, "INVITE", EXPECTED, "digest challenge", "chat"),
        12: (488, "INVITE", FAULT, "the initial INVITE's offer was refused", "warn"),
    },
}

FIELDS = ["frame.number", "sipdiag.code", "sipdiag.method", "sipdiag.expected",
          "sipdiag.context", "_ws.expert.message", "_ws.expert.severity"]


def setUpModule():
    global STAGE
    test_plugin.setUpModule()
    STAGE = test_plugin.STAGE


def tearDownModule():
    test_plugin.tearDownModule()


OFF = ["-o", "sipdiag.every_first_pass:FALSE"]


def verdicts(capture, two_pass, options=()):
    """frame -> (code, method, expected, context, severity of its SIP expert item)."""
    extra = (["-2"] if two_pass else []) + list(options)
    found = {}
    for row in STAGE.fields(capture, FIELDS, display_filter="sipdiag.context", extra=extra):
        code = row["sipdiag.code"][0]
        severity = None
        for message, level in zip(row["_ws.expert.message"], row["_ws.expert.severity"]):
            if message.startswith("SIP %s " % code):
                severity = SEVERITY[int(level)]
        found[int(row["frame.number"][0])] = (int(code), row["sipdiag.method"][0],
                                              row["sipdiag.expected"][0],
                                              row["sipdiag.context"][0], severity)
    return found


class Verdicts(unittest.TestCase):
    def check(self, two_pass, options=()):
        for capture, expected in VERDICTS.items():
            with self.subTest(capture=capture, two_pass=two_pass, options=options):
                found = verdicts(capture, two_pass, options)
                self.assertEqual(sorted(found), sorted(expected))
                for frame, (code, method, verdict, context, severity) in expected.items():
                    got = found[frame]
                    self.assertEqual(got[:3], (code, method, verdict), "frame %d" % frame)
                    self.assertTrue(got[3].startswith(context), "frame %d: %s" % (frame, got[3]))
                    self.assertEqual(got[4], severity, "frame %d" % frame)

    def test_one_pass(self):
        self.check(two_pass=False)

    def test_two_pass(self):
        self.check(two_pass=True)

    def test_one_pass_with_every_first_pass_off(self):
        # A single pass that builds a tree anyway (-Y, -T fields) reads every
        # frame in order: the whole context, with no tree asked for.
        self.check(two_pass=False, options=OFF)

    def test_later_pass_without_history(self):
        # -2 with no filter: the first pass builds no tree when the preference
        # is off, so the second judges each response on what it says itself.
        fields = ["frame.number", "sipdiag.code", "sipdiag.method", "sipdiag.expected",
                  "sipdiag.context", "_ws.expert.message"]
        no_history = "Judged without the call's history: preference sipdiag.every_first_pass is off"
        rows = {int(r["frame.number"][0]): r
                for r in STAGE.fields("ctx-cancel-race.pcap", fields, extra=["-2"] + OFF)}
        full = {int(r["frame.number"][0]): r
                for r in STAGE.fields("ctx-cancel-race.pcap", fields, extra=["-2"])}
        responses = [f for f, r in full.items() if r["sipdiag.code"]]
        self.assertGreater(len(responses), 10)
        if series_at_least(4, 6):
            # The preference has no effect there (plugin/ws_compat.h): the
            # first pass reads every message, the history is whole.
            self.assertEqual(rows, full)
            return
        for frame in responses:
            with self.subTest(frame=frame):
                self.assertEqual(rows[frame]["sipdiag.code"], full[frame]["sipdiag.code"])
                self.assertEqual(rows[frame]["sipdiag.method"], full[frame]["sipdiag.method"])
                self.assertIn(no_history, rows[frame]["_ws.expert.message"])
                self.assertNotIn(no_history, full[frame]["_ws.expert.message"])
        # The 487s need the CANCEL's history, in both directions.
        self.assertEqual(full[6]["sipdiag.expected"], [EXPECTED])
        self.assertEqual(full[11]["sipdiag.expected"], [FAULT])
        for frame in (6, 11):
            self.assertEqual(rows[frame]["sipdiag.code"], ["487"])
            self.assertEqual(rows[frame]["sipdiag.expected"], [])
            self.assertEqual(rows[frame]["sipdiag.context"], [])

    def test_b2bua_challenges_and_bad_events(self):
        found = verdicts("sipnab-b2bua-asterisk.pcapng", two_pass=False)
        by_code = {}
        for code, method, verdict, _, severity in found.values():
            by_code.setdefault(code, set()).add((method, verdict, severity))
        self.assertEqual(by_code[401], {("REGISTER", EXPECTED, "chat"),
                                        ("SUBSCRIBE", EXPECTED, "chat"),
                                        ("INVITE", EXPECTED, "chat")})
        self.assertEqual(by_code[489], {("SUBSCRIBE", FAULT, "warn"), ("PUBLISH", FAULT, "warn")})

    def test_same_answer_in_every_pass(self):
        fields = ["frame.number", "sipdiag.code", "sipdiag.expected", "sipdiag.context",
                  "sipdiag.summary", "sipdiag.reason.cause", "sipdiag.warning.code"]
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

    def test_refer_response_two_pass_knows_the_outcome(self):
        rows = self.rows(two_pass=True)
        self.assertEqual(rows[7]["sipdiag.transfer.state"], ["succeeded: the referred call was answered"])
        self.assertEqual(rows[7]["sipdiag.transfer.report_frame"], ["8", "10"])
        self.assertTrue(rows[20]["sipdiag.transfer.state"][0].startswith("accepted, then failed"))
        self.assertEqual(rows[55]["sipdiag.transfer.state"],
                         ["accepted, but no NOTIFY in the whole capture reports a final status"])
        out = STAGE.tshark(["-n", "-2", "-r", STAGE.capture(self.CAPTURE), "-Y",
                            "sipdiag.transfer_no_outcome", "-T", "fields", "-e", "frame.number"])
        self.assertEqual(out.split(), ["55"])
        out = STAGE.tshark(["-n", "-2", "-r", STAGE.capture(self.CAPTURE), "-Y",
                            "sipdiag.transfer_failed", "-T", "fields", "-e", "frame.number"])
        self.assertEqual(out.split(), ["23", "36"])


if __name__ == "__main__":
    unittest.main()
