"""The call doctor in tshark and in a GUI-like session: the failures that
carry no error response, on captures recorded from real peers
(tests/captures/doctor-*.pcap; tests/captures/README.md has their
timelines).  Each finding on the frame where it becomes certain, with its
frames, counts, timer and peer; what only the end of the capture tells
once the whole capture has been read."""
import unittest

import test_modes
from harness import Stage, report

STAGE = None
FIELDS = ["frame.number", "sipdiag.doctor", "sipdiag.doctor.count", "sipdiag.doctor.first",
          "sipdiag.doctor.last", "sipdiag.doctor.partner", "sipdiag.doctor.stray_ack",
          "sipdiag.doctor.timer", "sipdiag.doctor.peer", "sipdiag.doctor.certain",
          "sipdiag.doctor.summary", "_ws.expert.message"]


def setUpModule():
    global STAGE
    STAGE = Stage()
    STAGE.assert_plugin_loaded()
    test_modes.STAGE = STAGE


def tearDownModule():
    STAGE.remove()


def findings(capture):
    """frame -> its row of FIELDS, for frames with a finding (one pass)."""
    return {int(r["frame.number"][0]): r
            for r in STAGE.fields(capture, FIELDS, display_filter="sipdiag.doctor")}


class OnePass(unittest.TestCase):
    def test_no_ack(self):
        # The callee's 200 sent 11 times over 31.5 s; the BYE after 64*T1
        # makes the missing ACK certain.  The second call's ACKs all went
        # to 127.0.0.60 (frame 39 the latest): a stray ACK.
        rows = findings("doctor-no-ack.pcap")
        self.assertEqual(sorted(rows), [40, 42])
        got = {f: (r["sipdiag.doctor"], r["sipdiag.doctor.count"], r["sipdiag.doctor.first"],
                   r["sipdiag.doctor.last"], r["sipdiag.doctor.partner"],
                   r["sipdiag.doctor.stray_ack"]) for f, r in rows.items()}
        self.assertEqual(got, {
            40: (["no-ack"], ["11"], ["4"], ["37"], ["40"], []),
            42: (["no-ack"], ["11"], ["8"], ["38"], ["42"], ["39"]),
        })
        self.assertIn("200 to INVITE sent 11 times over 31.6 s to 127.0.0.57:5060, no ACK "
                      "reached 127.0.0.59:5060: the UAS ends the call after 64*T1 (32 s)",
                      rows[40]["_ws.expert.message"])

    def test_no_response(self):
        # INVITE, REGISTER and OPTIONS to a silent peer, each retransmitted
        # until Timer B/F: certain on the first frame 32 s after them.
        row = findings("doctor-no-response.pcap")[30]
        self.assertEqual(row["sipdiag.doctor"], ["no-response"] * 3)
        self.assertEqual(row["sipdiag.doctor.count"], ["7", "11", "11"])
        self.assertEqual((row["sipdiag.doctor.first"], row["sipdiag.doctor.last"]),
                         (["1", "2", "3"], ["27", "28", "29"]))
        self.assertEqual(row["sipdiag.doctor.timer"], ["Timer B", "Timer F", "Timer F"])
        self.assertEqual(row["sipdiag.doctor.peer"], ["127.0.0.60:5060"] * 3)
        self.assertEqual(row["sipdiag.doctor.certain"], ["1"] * 3)
        self.assertIn("REGISTER sent 11 times over 31.5 s, no answer from 127.0.0.60:5060: "
                      "Timer F expired, the client transaction gave up",
                      row["_ws.expert.message"])

    def test_bye_unanswered(self):
        rows = findings("doctor-bye.pcap")
        self.assertEqual(sorted(rows), [17])
        self.assertEqual((rows[17]["sipdiag.doctor"], rows[17]["sipdiag.doctor.count"],
                          rows[17]["sipdiag.doctor.first"], rows[17]["sipdiag.doctor.last"]),
                         (["bye-unanswered"], ["11"], ["6"], ["16"]))

    def test_retransmissions_answered(self):
        # A request sent again before its response: counted on the response.
        rows = findings("trust-timeout.pcap")
        self.assertEqual((rows[25]["sipdiag.doctor"], rows[25]["sipdiag.doctor.count"],
                          rows[25]["sipdiag.doctor.first"], rows[25]["sipdiag.doctor.partner"]),
                         (["retransmissions"], ["3"], ["20"], ["25"]))

    def test_report_shows_the_finding(self):
        # The main job's report (scripts/report.py) prints each finding
        # with its frames and fix.
        block = report(STAGE, "doctor-no-ack.pcap").split("#42    CALL DOCTOR: no-ack\n")[1].split("\n#")[0]
        self.assertIn("      evidence:  first sent #8, last sent #38, ended by #42, ACK sent "
                      "elsewhere #39\n", block)
        self.assertIn("      fix:       Check the Contact of the 2xx and the Record-Route", block)

    def test_nothing_claimed_before_the_timer(self):
        # The capture ends 3.5 s after the INVITE: no finding in one pass.
        self.assertEqual(findings("doctor-short.pcap"), {})
        self.assertEqual(findings("doctor-answered.pcap"), {})


def calls_table(capture):
    """The rows of tshark -q -z sipdiag,calls: INVITE frame -> its columns."""
    out = STAGE.tshark(["-n", "-q", "-r", STAGE.capture(capture), "-z", "sipdiag,calls"])
    rows = {}
    for line in out.splitlines():
        if line.startswith("#"):
            cells = line.split(None, 7)
            rows[int(cells[0][1:])] = cells[1:4] + [" ".join(cells[4:6]), " ".join(cells[6:8])]
    return out, rows


class CallsTable(unittest.TestCase):
    """tshark -q -z sipdiag,calls: one row per call once the capture is read."""

    def test_torn_down_without_ack(self):
        out, rows = calls_table("doctor-no-ack.pcap")
        self.assertIn("\n2 calls\n", out)
        self.assertEqual(sorted(rows), [1, 5])
        self.assertEqual(rows[1][:3], ["127.0.0.57:5060", "127.0.0.59:5060", "torn-down-no-ack"])
        self.assertTrue(out.splitlines()[[l.startswith("#1 ") for l in out.splitlines()].index(
            True)].endswith("2xx never acknowledged (64*T1), certain in #40"))

    def test_outcomes_and_faults(self):
        out, rows = calls_table("ctx-reason.pcap")
        outcomes = {frame: cells[2] for frame, cells in rows.items()}
        self.assertEqual(outcomes, {1: "failed", 4: "failed", 7: "failed", 10: "failed",
                                    13: "ended", 20: "cancelled", 27: "failed"})
        self.assertIn("486 Busy Here in #2 from 127.0.0.1:5095", out)
        self.assertIn("603 Decline in #28 from 127.0.0.1:5095", out)
        _, unreachable = calls_table("doctor-no-response.pcap")
        self.assertEqual(unreachable[1][2], "unreachable")
        _, short = calls_table("doctor-short.pcap")
        self.assertEqual(short[1][2], "in-progress")   # before Timer B: not claimed
        _, ipv6 = calls_table("ipv6.pcap")
        self.assertEqual({f: cells[:3] for f, cells in ipv6.items()},
                         {1: ["[::1]:5086", "[::1]:5076", "ended"],
                          8: ["[::1]:5086", "[::1]:5076", "failed"]})


@unittest.skipIf(test_modes.SHARKD is None, "sharkd is not installed beside tshark")
class AtTheEnd(unittest.TestCase):
    """Once the whole capture has been read (the GUI): what only its end tells."""

    def doctor_fields(self, capture, frames):
        _, shown = test_modes.gui_like(capture, frames)
        return {f: {k: v for k, v in fields.items() if k.startswith("sipdiag.doctor")}
                for f, fields in shown.items() if "sipdiag.doctor" in fields}

    def test_capture_ends_before_timer_b(self):
        shown = self.doctor_fields("doctor-short.pcap", [1, 2, 3, 4])
        self.assertEqual(sorted(shown), [4])
        self.assertEqual(shown[4]["sipdiag.doctor"], ["no-response"])
        self.assertEqual(shown[4]["sipdiag.doctor.certain"], ["0"])
        self.assertEqual(shown[4]["sipdiag.doctor.summary"], [
            "INVITE sent 4 times over 3.5 s with no answer from 127.0.0.60:5060, but the "
            "capture ends 3.5 s after it, before Timer B (32 s)"])

    def test_ringing_then_nothing_before_timer_c(self):
        shown = self.doctor_fields("doctor-timer-c.pcap", [1, 2, 3, 4, 5])
        self.assertEqual(sorted(shown), [1])
        self.assertEqual((shown[1]["sipdiag.doctor"], shown[1]["sipdiag.doctor.certain"],
                          shown[1]["sipdiag.doctor.partner"]), (["no-final"], ["0"], ["2"]))
        self.assertTrue(shown[1]["sipdiag.doctor.summary"][0].endswith(
            "before Timer C (3 min)"))


if __name__ == "__main__":
    unittest.main()
