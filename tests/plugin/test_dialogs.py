"""The call doctor's dialog findings and call legs in tshark, on captures
recorded from real peers (tests/captures/dlg-*.pcap, made by
tests/captures/record-dialogs.sh; tests/captures/README.md has their
timelines): a BYE after a failed session refresh, a BYE when the session
interval runs out, a BYE 64*T1 after a 2xx no ACK reached, a call forked by
Kamailio, a B2BUA's legs tied by X-Call-ID or P-Charging-Vector.  Each on
its frame with its evidence frames; the other captures get none."""
import unittest

import test_modes
from harness import Stage, report

STAGE = None
DOCTOR = ["frame.number", "sipdiag.doctor", "sipdiag.doctor.first", "sipdiag.doctor.last",
          "sipdiag.doctor.partner", "sipdiag.doctor.count", "sipdiag.doctor.timer",
          "sipdiag.doctor.peer", "sipdiag.doctor.certain", "sipdiag.doctor.fix",
          "_ws.expert.message"]
LEGS = ["frame.number", "sipdiag.call.leg", "sipdiag.call.leg.invite", "sipdiag.call.leg.first",
        "sipdiag.call.linked", "sipdiag.call.leg.call_id", "sipdiag.call.leg.linked_by",
        "sipdiag.call.leg.probable", "_ws.expert.message"]
NEW_KINDS = ('sipdiag.doctor == "refresh-failed" || sipdiag.doctor == "bye-at-session-expiry"'
             ' || sipdiag.doctor == "bye-at-64t1"')
ANY_LEG = "sipdiag.call.leg || sipdiag.call.linked"


def setUpModule():
    global STAGE
    STAGE = Stage()
    STAGE.assert_plugin_loaded()
    test_modes.STAGE = STAGE


def tearDownModule():
    STAGE.remove()


def rows(capture, fields, display_filter):
    """frame -> its row of fields, for the frames the filter keeps."""
    return {int(r["frame.number"][0]): r
            for r in STAGE.fields(capture, fields, display_filter=display_filter)}


class DialogFindings(unittest.TestCase):
    def test_refresh_answered_481_then_bye(self):
        # Frame 5 the caller's re-INVITE (Session-Expires 90), 6 the
        # callee's 481, 8 the caller's BYE.
        found = rows("dlg-refresh.pcap", DOCTOR, "sipdiag.doctor")
        self.assertEqual(sorted(found), [8])
        row = found[8]
        self.assertEqual((row["sipdiag.doctor"], row["sipdiag.doctor.first"],
                          row["sipdiag.doctor.partner"], row["sipdiag.doctor.certain"]),
                         (["refresh-failed"], ["5"], ["6"], ["1"]))
        self.assertIn("BYE after the session refresh failed: INVITE in the dialog (frame 5), "
                      "answered 481 in frame 6, 0.2 s before this BYE", row["_ws.expert.message"])
        self.assertTrue(row["sipdiag.doctor.fix"][0].startswith(
            "A 481 or 408 to a re-INVITE or UPDATE means the element that answered no longer "
            "knows the dialog"))

    def test_bye_64t1_after_unacknowledged_200_over_tcp(self):
        # Over TCP the 200 (frame 10) is sent once; the callee's BYE
        # (frame 12) comes 32.0 s later.
        found = rows("dlg-no-ack-tcp.pcap", DOCTOR, "sipdiag.doctor")
        self.assertEqual(sorted(found), [12])
        row = found[12]
        self.assertEqual((row["sipdiag.doctor"], row["sipdiag.doctor.first"],
                          row["sipdiag.doctor.last"], row["sipdiag.doctor.partner"],
                          row["sipdiag.doctor.count"], row["sipdiag.doctor.timer"],
                          row["sipdiag.doctor.peer"]),
                         (["bye-at-64t1"], ["10"], ["10"], ["12"], ["1"], ["64*T1"],
                          ["127.0.0.57:5060"]))
        self.assertIn("BYE from 127.0.0.59:5060 32.0 s after its 200 to INVITE (frame 10), no "
                      "ACK for that 200 in the capture: likely the ACK never reached it and it "
                      "gave up after 64*T1 (32 s)", row["_ws.expert.message"])

    def test_bye_when_the_session_interval_runs_out(self):
        # The 200 (frame 3) grants Session-Expires 90 with the caller as
        # refresher; no refresh; the callee's BYE (frame 5) 60.0 s later,
        # 90 - min(32, 90/3).
        found = rows("dlg-session-timer.pcap", DOCTOR, "sipdiag.doctor")
        self.assertEqual(sorted(found), [5])
        row = found[5]
        self.assertEqual((row["sipdiag.doctor"], row["sipdiag.doctor.first"],
                          row["sipdiag.doctor.partner"], row["sipdiag.doctor.timer"]),
                         (["bye-at-session-expiry"], ["3"], ["5"], ["Session-Expires"]))
        self.assertIn("BYE from 127.0.0.59:5060 60.0 s after the 2xx in frame 3 granted "
                      "Session-Expires 90 s, with no refresh in between: likely the session "
                      "timer expired", row["_ws.expert.message"])

    def test_report_shows_them_on_the_bye(self):
        # The main job's report (scripts/report.py) names the BYE, then the
        # refresh or the 2xx it follows.
        refresh = report(STAGE, "dlg-refresh.pcap")
        self.assertIn("    doctor:   #8 BYE after the session refresh failed: INVITE in the dialog "
                      "(frame 5), answered 481\n", refresh)
        self.assertIn("    evidence: first sent #5, last sent #5, refresh answered by #6\n", refresh)
        self.assertIn("\n    evidence: 2xx #10, BYE #12\n", report(STAGE, "dlg-no-ack-tcp.pcap"))
        self.assertIn("\n    evidence: 2xx #3, BYE #5\n", report(STAGE, "dlg-session-timer.pcap"))

    def test_other_captures_get_none(self):
        # Including trust-refusals.pcap, whose re-INVITE without
        # Session-Expires is refused 486 before a plain hang-up.
        mine = {"dlg-refresh.pcap": [8], "dlg-no-ack-tcp.pcap": [12],
                "dlg-session-timer.pcap": [5]}
        for capture in STAGE.capture_names:
            with self.subTest(capture=capture):
                got = sorted(rows(capture, ["frame.number"], NEW_KINDS))
                self.assertEqual(got, mine.get(capture, []))


class CallLegs(unittest.TestCase):
    def test_fork_through_kamailio(self):
        # Kamailio forks the INVITE (frame 1) to 127.0.0.59 (180 in frame 7,
        # then 200) and 127.0.0.61 (180 in frame 9, then CANCEL and 487):
        # frame 9's To tag opens leg 2; its copy to the caller (frame 10)
        # is the same leg.
        found = rows("dlg-fork.pcap", LEGS, ANY_LEG)
        self.assertEqual(sorted(found), [9])
        row = found[9]
        self.assertEqual((row["sipdiag.call.leg"], row["sipdiag.call.leg.invite"],
                          row["sipdiag.call.leg.first"], row["sipdiag.call.linked"]),
                         (["2"], ["1"], ["7"], []))
        self.assertIn("Forked call: leg 2 of the INVITE in frame 1 (first leg in frame 7)",
                      row["_ws.expert.message"])

    def test_b2bua_legs_by_header_only(self):
        # Call 1: leg b (frame 3) carries X-Call-ID with leg a's Call-ID
        # (INVITE in frame 1); call 2: both legs (13, 15) the same
        # P-Charging-Vector icid-value; call 3 (25, 27): nothing ties them.
        found = rows("dlg-b2bua.pcap", LEGS, ANY_LEG)
        self.assertEqual(sorted(found), [3, 15])
        self.assertEqual((found[3]["sipdiag.call.linked"], found[3]["sipdiag.call.leg.call_id"],
                          found[3]["sipdiag.call.leg.linked_by"],
                          found[3]["sipdiag.call.leg.probable"]),
                         (["1"], ["b2bua-a1@sipdiag.test"], ["X-Call-ID"], []))
        self.assertEqual((found[15]["sipdiag.call.linked"],
                          found[15]["sipdiag.call.leg.linked_by"]),
                         (["13"], ["P-Charging-Vector icid-value"]))
        self.assertIn("B2BUA leg: the same call as the INVITE in frame 13 (P-Charging-Vector "
                      "icid-value)", found[15]["_ws.expert.message"])

    def test_other_captures_get_none(self):
        # The Asterisk B2BUA of sipnab-b2bua-asterisk.pcapng sends no
        # correlation header and calls "telephone2" for "2302": its legs
        # stay apart.  doctor-answered.pcap's second call is the same fork
        # as dlg-fork.pcap (leg 2 on frame 16).
        mine = {"dlg-fork.pcap": [9], "dlg-b2bua.pcap": [3, 15], "doctor-answered.pcap": [16]}
        for capture in STAGE.capture_names:
            with self.subTest(capture=capture):
                self.assertEqual(sorted(rows(capture, ["frame.number"], ANY_LEG)),
                                 mine.get(capture, []))


@unittest.skipIf(test_modes.SHARKD is None, "sharkd is not installed beside tshark")
class LegsOnTheInvite(unittest.TestCase):
    """Once the whole capture has been read (the GUI), a call's first INVITE
    shows its legs, and the earlier B2BUA leg its later one."""

    def leg_fields(self, capture, frames):
        _, shown = test_modes.gui_like(capture, frames)
        return {f: {k: v for k, v in fields.items() if k.startswith("sipdiag.call.")}
                for f, fields in shown.items()}

    def test_fork_counts_its_legs(self):
        shown = self.leg_fields("dlg-fork.pcap", [1, 3, 9])
        self.assertEqual(shown[1], {"sipdiag.call.legs": ["2"]})
        self.assertEqual(shown[3], {})
        self.assertEqual(shown[9], {"sipdiag.call.leg": ["2"], "sipdiag.call.leg.invite": ["1"],
                                    "sipdiag.call.leg.first": ["7"]})

    def test_each_b2bua_leg_names_the_other_once(self):
        shown = self.leg_fields("dlg-b2bua.pcap", [1, 3, 13, 25, 27])
        self.assertEqual(shown[1], {"sipdiag.call.linked": ["3"],
                                    "sipdiag.call.leg.call_id": ["b2bua-b1@sipdiag.test"],
                                    "sipdiag.call.leg.linked_by": ["X-Call-ID"]})
        self.assertEqual(shown[3]["sipdiag.call.linked"], ["1"])
        self.assertEqual(shown[13]["sipdiag.call.linked"], ["15"])
        self.assertEqual((shown[25], shown[27]), ({}, {}))


if __name__ == "__main__":
    unittest.main()
