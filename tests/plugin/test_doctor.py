"""The call doctor in tshark and in a GUI-like session: the failures that
carry no error response, on captures recorded from real peers
(tests/captures/doctor-*.pcap; tests/captures/README.md has their
timelines).  Each finding on the frame where it becomes certain, with its
frames, counts, timer and peer; what only the end of the capture tells
once the whole capture has been read."""
import importlib.util
import os
import unittest

import test_modes
from harness import SOURCE_DIR, Stage, report

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
        # The main job's report with --all (every response, as before the
        # report had a headline) prints each finding on its frame.
        text = report(STAGE, "doctor-no-ack.pcap", "--all")
        every = text.split("\n── Every response ─")[1]
        block = every.split("#42    CALL DOCTOR: no-ack\n")[1].split("\n#")[0]
        self.assertIn("      evidence:  first sent #8, last sent #38, ended by #42, ACK sent "
                      "elsewhere #39\n", block)
        self.assertIn("      fix:       Check the Contact of the 2xx and the Record-Route", block)
        self.assertTrue(every.endswith("\n28 SIP responses explained in doctor-no-ack.pcap\n"))

    def test_nothing_claimed_before_the_timer(self):
        # The capture ends 3.5 s after the INVITE: no finding in one pass.
        self.assertEqual(findings("doctor-short.pcap"), {})
        self.assertEqual(findings("doctor-answered.pcap"), {})


def section(text, call_id):
    """The lines of the report's section on one Call-ID."""
    block = text.split("\n── ")
    found = [b for b in block if b.split(" ", 2)[1] == call_id or b.split(" ", 2)[1] == call_id + ":"]
    return ("── " + found[0]).splitlines()


class Report(unittest.TestCase):
    """The main job's report (scripts/report.py, run by annotate.sh): the
    headline, then each failed or faulty call with its ladder."""

    def test_torn_down_without_ack(self):
        text = report(STAGE, "doctor-no-ack.pcap")
        self.assertEqual(text.splitlines()[:5], [
            "sipdiag report: doctor-no-ack.pcap",
            "  43 frames over 32.2 s, 43 SIP messages",
            "  calls:         2 — 2 torn down: 2xx never ACKed",
            "  faults:        2 x 2xx to INVITE never ACKed",
            ""])
        lines = section(text, "2-5566@127.0.0.57")
        self.assertEqual(lines[0], "── Call 2-5566@127.0.0.57: torn down: 2xx never ACKed, BYE "
                                   "from the callee (127.0.0.59:5060) " + "─" * 7)
        self.assertEqual(lines[1:5], [
            "    call:     INVITE #5 from 127.0.0.57:5060 to 127.0.0.59:5060; post-dial delay "
            "0.00 s, setup",
            "              0.00 s, duration 32.05 s",
            "    doctor:   #38 200 to INVITE sent 11 times over 31.5 s to 127.0.0.57:5060, no "
            "ACK reached",
            "              127.0.0.59:5060: the UAS ends the call after 64*T1 (32 s)"])
        self.assertIn("    evidence: first sent #8, last sent #38, ended by #42, ACK sent "
                      "elsewhere #39", lines)
        ladder = lines[lines.index("    ladder:   (! marks the failing messages)") + 1:]
        self.assertEqual(ladder, [
            "    #5    0.201  127.0.0.57:5060 ──INVITE────────▶ 127.0.0.59:5060",
            "    #6    0.201  127.0.0.57:5060 ◀────100 Trying── 127.0.0.59:5060",
            "    #7    0.202  127.0.0.57:5060 ◀───180 Ringing── 127.0.0.59:5060",
            "  ! #8    0.203  127.0.0.57:5060 ◀────────200 OK── 127.0.0.59:5060  ×11 to #38 (31.5 s)",
            "    #9    0.206  127.0.0.57:5060 ──ACK───────────▶ 127.0.0.60:5060  ×11 to #39 (31.5 s)",
            "  ! #42  32.249  127.0.0.57:5060 ◀───────────BYE── 127.0.0.59:5060",
            "    #43  32.250  127.0.0.57:5060 ──200 OK────────▶ 127.0.0.59:5060"])

    def test_nobody_answers(self):
        text = report(STAGE, "doctor-no-response.pcap")
        self.assertEqual(text.splitlines()[:8], [
            "sipdiag report: doctor-no-response.pcap",
            "  31 frames over 32.7 s, 31 SIP messages",
            "  calls:         1 — 1 unreachable (no response, Timer B)",
            "  registrations: 1 binding of 1 AOR — 1 unanswered",
            "  other:         2 OPTIONS",
            "  faults:        1 x INVITE never answered, not even 100 Trying (Timer B)",
            "                 1 x REGISTER never answered, not even 100 Trying (Timer F)",
            "                 1 x OPTIONS never answered, not even 100 Trying (Timer F)"])
        # The registration's own finding, with the registrar's fix, not
        # the call doctor's generic one a second time.
        lines = section(text, "sip:alice@sipdiag.test")
        self.assertEqual(lines[0], "── Registration sip:alice@sipdiag.test: unanswered " + "─" * 49)
        self.assertEqual([l[:14] for l in lines[1:]].count("    doctor:   "), 1)
        self.assertEqual(lines[-1], "  ! #2  0.201  127.0.0.57:5060 ──REGISTER───▶ 127.0.0.60:5060  "
                                    "×11 to #28 (31.5 s)")

    def test_what_only_the_end_tells(self):
        # tshark shows no finding on doctor-short's packets (one pass); the
        # report has it from the end of the capture, as not certain.
        text = report(STAGE, "doctor-short.pcap")
        self.assertEqual(text.splitlines()[2:6], [
            "  calls:         1 — 1 not finished when the capture ends",
            "  faults:        none found",
            "  unsure:        1 x INVITE never answered, not even 100 Trying (Timer B), but the "
            "capture ends",
            "                 before the timer"])
        lines = section(text, "1-6371@127.0.0.57")
        self.assertEqual(lines[2:4], [
            "    doctor:   #4 INVITE sent 4 times over 3.5 s with no answer from "
            "127.0.0.60:5060, but the capture",
            "              ends 3.5 s after it, before Timer B (32 s)"])
        self.assertEqual(lines[-1], "  ! #1  0.000  127.0.0.57:5060 ──INVITE─────▶ "
                                    "127.0.0.60:5060  ×4 to #4 (3.5 s)")

    def test_ladder_through_a_proxy(self):
        # kamailio (127.0.0.58) relays to a silent callee (127.0.0.60) and
        # answers 408 itself: both hops in one ladder, each folded.
        text = report(STAGE, "trust-timeout.pcap")
        self.assertIn("  faults:        2 x 408 Request Timeout to INVITE: no provisional "
                      "response beyond 100 Trying: the\n", text)
        self.assertIn("  notes:         1 x INVITE retransmitted before its answer\n", text)
        lines = section(text, "1-6242@127.0.0.57")
        self.assertEqual(lines[1], "    outcome:  failed: 408 Request Timeout from "
                                   "127.0.0.58:5060 (sipdiag-trust-kamailio)")
        self.assertIn("    verdict:  #25 408 Request Timeout to INVITE  [FAULT]", lines)
        self.assertEqual(lines[-4:], [
            "    #20  5.388  127.0.0.57:5060 ──INVITE────────────────▶ 127.0.0.58:5060  "
            "×3 to #24 (1.5 s)",
            "  ! #21  5.388  127.0.0.58:5060 ──INVITE────────────────▶ 127.0.0.60:5060  "
            "×2 to #23 (1.0 s)",
            "  ! #25  7.338  127.0.0.57:5060 ◀───408 Request Timeout── 127.0.0.58:5060",
            "    #26  7.338  127.0.0.57:5060 ──ACK───────────────────▶ 127.0.0.58:5060"])

    def test_two_responses_in_one_segment(self):
        # Frame 17 carries 100 Trying and 486 Busy Here: only the 486 is marked.
        lines = section(report(STAGE, "tcp-multi.pcap"), "2-17425@127.0.0.1")
        self.assertEqual(lines[-3:-1], [
            "    #17  1.010  127.0.0.1:5082 ◀──────100 Trying── 127.0.0.1:5074",
            "  ! #17  1.010  127.0.0.1:5082 ◀───486 Busy Here── 127.0.0.1:5074"])

    def test_export_records(self):
        # What report.py reads: tshark -q -z sipdiag,export, the same in
        # one pass and two; the end's finding on doctor-short with its frames.
        args = ["-n", "-q", "-r", STAGE.capture("doctor-short.pcap"), "-z", "sipdiag,export"]
        one = STAGE.tshark(args)
        self.assertEqual(one, STAGE.tshark(args + ["-2"]))
        records = [line.split("\t") for line in one.splitlines() if not line.startswith("#")]
        self.assertEqual(records[0], ["capture", "4", "3.511069", "4", "en"])
        self.assertEqual([r[:4] for r in records if r[0] == "m"],
                         [["m", str(f), t, "127.0.0.57:5060"] for f, t in
                          ((1, "0.000000"), (2, "0.502801"), (3, "1.506398"), (4, "3.511069"))])
        finding = [r for r in records if r[0] == "f"]
        self.assertEqual([r[:17] for r in finding], [[
            "f", "4", "end", "no-response", "0", "1", "4", "0", "0", "4", "3.511", "3.511",
            "INVITE", "0", "127.0.0.60:5060", "127.0.0.57:5060", "Timer B"]])
        self.assertEqual([r[:3] for r in records if r[0] == "c"],
                         [["c", "1-6371@127.0.0.57", "in-progress"]])
        digest = STAGE.tshark(["-n", "-q", "-r", STAGE.capture("ctx-digest-fail.pcap"),
                               "-z", "sipdiag,export"])
        self.assertIn("\nm\t6\t0.006179\t127.0.0.1:5095\t127.0.0.1:5091\t1-6288@127.0.0.1\t"
                      "REGISTER\t401\t3\tchallenge-loop\tfault\trequest=5,challenge=4\t"
                      "Authorization\tsipdiag.test\t1\n", digest)
        self.assertIn("\ngf\t6\tfailing\t1\t0.000\t2\t5\t6\t0\tREGISTER for "
                      "sip:reg-loop@127.0.0.1 failed 2 times in a row (401 Unauthorized from "
                      "127.0.0.1:5095)\tA refusal that repeats", digest)
        self.assertIn("\nreg\t3\tREGISTER\tsip:reg-stale@127.0.0.1\t\tsip:alice@127.0.0.1:5091\t"
                      "127.0.0.1:5091\tregistered\t3600\t2\t1\t2\t0\t0\t200\t11\t17\t18\t0\t0"
                      "\t\t\n", digest)

    def test_failing_registration(self):
        # bob's wrong password, five rounds of 401 then 403: one binding,
        # its own section with the latest refusal in full and the others by
        # frame, the registrations model's finding and the ladder.
        text = report(STAGE, "reg-forbidden.pcap")
        self.assertEqual(text.splitlines()[:6], [
            "sipdiag report: reg-forbidden.pcap",
            "  20 frames over 2.0 s, 20 SIP messages",
            "  registrations: 1 binding of 1 AOR — 1 failing (403 Forbidden)",
            "  faults:        5 x 403 Forbidden to REGISTER: refused although credentials were "
            "sent: wrong",
            "                 password or realm, or the account is barred",
            "                 1 x REGISTER refused again and again (403 Forbidden)"])
        lines = section(text, "sip:bob@sipdiag.test")
        self.assertEqual(lines[:5], [
            "── Registration sip:bob@sipdiag.test " + "─" * 63,
            "    outcome:  failing: 403 Forbidden from 127.0.0.58:5060 (sipdiag-reg-kamailio)",
            "    binding:  Contact sip:bob@127.0.0.57:5060 from 127.0.0.57:5060; 5 failures (5 "
            "in a row), 5",
            "              challenges, never granted",
            "    verdict:  #20 403 Forbidden to REGISTER  [FAULT]"])
        self.assertIn("    evidence: request #19, challenge #18, carried Authorization (realm "
                      "\"sipdiag.test\")", lines)
        self.assertIn("    also:     the same on #4, #8, #12, #16", lines)
        doctor = lines.index("    doctor:   #20 REGISTER for sip:bob@sipdiag.test failed 5 times "
                             "in a row (403 Forbidden from")
        self.assertEqual(lines[doctor + 1:doctor + 4], [
            "              127.0.0.58:5060)",
            "    evidence: latest request #19, refused by #20",
            "    fix:      A refusal that repeats is configuration, not chance: read the code. "
            "403 after"])
        ladder = lines[lines.index("    ladder:   (! marks the failing messages)") + 1:]
        self.assertEqual(len(ladder), 20)
        self.assertEqual(ladder[2:4], [
            "    #3   0.000  127.0.0.57:5060 ──REGISTER───────────▶ 127.0.0.58:5060",
            "  ! #4   0.000  127.0.0.57:5060 ◀──────403 Forbidden── 127.0.0.58:5060"])
        self.assertEqual(ladder[-2:], [
            "    #19  2.020  127.0.0.57:5060 ──REGISTER───────────▶ 127.0.0.58:5060",
            "  ! #20  2.020  127.0.0.57:5060 ◀──────403 Forbidden── 127.0.0.58:5060"])
        self.assertEqual(text.count("\n── "), 1)

    def test_sdp_finding_in_the_call(self):
        # An answered call whose answer shares no codec with the offer is
        # faulty: its section shows the finding, offer and answer marked.
        text = report(STAGE, "sdp-codecs.pcap")
        self.assertEqual(text.splitlines()[2:6], [
            "  calls:         5 — 4 answered and ended; 1 failed (1 x 488 Not Acceptable Here)",
            "  faults:        4 x SDP offer and answer share no codec",
            "                 1 x 488 Not Acceptable Here to INVITE: the initial INVITE's offer "
            "was refused: no",
            "                 common codec or media, the call fails"])
        lines = section(text, "1-23305@127.0.0.57")
        self.assertEqual(lines[2:7], [
            "    media:    #3 The audio stream (m= line 1) of the answer in frame 3 accepts "
            "PCMU/8000 PCMA/8000",
            "              telephone-event/8000, none of the offer's in frame 1 (G729/8000 "
            "telephone-event/8000):",
            "              the two sides share no codec",
            "    evidence: offer #1, answer #3",
            "    fix:      The answer must pick at least one format from the offer; this one did "
            "not, so the call"])
        self.assertEqual(lines[-6:-3], [
            "  ! #1  0.000  127.0.0.57:5060 ──INVITE───────▶ 127.0.0.59:5060",
            "    #2  0.000  127.0.0.57:5060 ◀───100 Trying── 127.0.0.59:5060",
            "  ! #3  0.001  127.0.0.57:5060 ◀───────200 OK── 127.0.0.59:5060"])
        refused = section(text, "1-23372@127.0.0.57")
        self.assertIn("    evidence: offer #13, answer #15 (488 Not Acceptable Here)", refused)
        # The fifth call (PCMA under a dynamic payload type) is fine.
        self.assertEqual(text.count("\n── "), 4)

    def test_linked_leg_in_the_title(self):
        # dlg-b2bua's calls all end well, so the report shows none; the
        # section it would print for leg b names leg a and the header.
        spec = importlib.util.spec_from_file_location(
            "report", os.path.join(SOURCE_DIR, "scripts", "report.py"))
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        export = module.Export(STAGE.tshark(["-n", "-q", "-r", STAGE.capture("dlg-b2bua.pcap"),
                                             "-z", "sipdiag,export"]))
        dialogs = module.dialogs_of(export)
        self.assertEqual(module.section(dialogs["b2bua-b1@sipdiag.test"], export).splitlines()[1:3],
                         ["── Call b2bua-b1@sipdiag.test, leg of the call b2bua-a1@sipdiag.test "
                          "(X-Call-ID) " + "─" * 19,
                          "    outcome:  answered and ended, BYE from the caller (127.0.0.62:5060)"])
        # A header name too long for the title line gets a line of its own.
        self.assertEqual(module.section(dialogs["b2bua-a2@sipdiag.test"], export).splitlines()[1:4],
                         ["── Call b2bua-a2@sipdiag.test, leg of the call b2bua-b2@sipdiag.test "
                          + "─" * 31,
                          "    link:     by P-Charging-Vector icid-value",
                          "    outcome:  answered and ended, BYE from the caller (127.0.0.57:5060)"])
        # No header, different numbers: no link claimed.
        self.assertEqual(module.section(dialogs["b2bua-a3@sipdiag.test"], export).splitlines()[1],
                         "── Call b2bua-a3@sipdiag.test: answered and ended, BYE from the caller "
                         "(127.0.0.57:5060) " + "─" * 11)
        self.assertEqual(module.to_look_at(dialogs, export), [])
        # dlg-fork's INVITE answered from two branches: its leg count.
        fork = module.Export(STAGE.tshark(["-n", "-q", "-r", STAGE.capture("dlg-fork.pcap"),
                                           "-z", "sipdiag,export"]))
        self.assertEqual(module.section(module.dialogs_of(fork)["1-4063@127.0.0.57"],
                                        fork).splitlines()[1],
                         "── Call 1-4063@127.0.0.57, forked to 2 legs " + "─" * 56)

    def test_long_ladder_keeps_the_failing_message(self):
        # A dialog of 60 distinct messages: the ladder shows the first 26,
        # the marked one and the last 10, and says what it left out.
        spec = importlib.util.spec_from_file_location(
            "report", os.path.join(SOURCE_DIR, "scripts", "report.py"))
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        records = ["capture\t60\t5.900000\t60\ten"]
        for n in range(1, 61):
            code, rule, verdict = (481, "dialog-lost", "fault") if n == 40 else (0, "", "")
            records.append("\t".join(["m", str(n), "%.6f" % (n / 10), "10.0.0.1:5060",
                                      "10.0.0.2:5060", "x@h", "INFO", str(code), str(n), rule,
                                      verdict, "", "", ""]))
        records.append("code\t481\tCall/Transaction Does Not Exist\tsummary\tfix")
        export = module.Export("\n".join(records))
        dialog = module.dialogs_of(export)["x@h"]
        lines = module.ladder(dialog, export, set(dialog.faults()))
        self.assertEqual(len(lines), 26 + 1 + 1 + 1 + 10)
        self.assertEqual(lines[26:29], [
            "    ⋮ 13 lines left out",
            "  ! #40  4.000  10.0.0.1:5060 ──481 Call/Transaction Does Not Exist───▶ "
            "10.0.0.2:5060",
            "    ⋮ 10 lines left out"])
        # The arrows are as wide as the longest label and 6.
        self.assertEqual(lines[-1], "    #60  6.000  10.0.0.1:5060 ──INFO" + "─" * 34
                                    + "▶ 10.0.0.2:5060")

    def test_fits_100_columns(self):
        for capture in ("doctor-no-ack.pcap", "doctor-bye.pcap", "trust-timeout.pcap",
                        "ipv6.pcap", "ctx-reason.pcap", "reg-forbidden.pcap", "sdp-codecs.pcap"):
            with self.subTest(capture=capture):
                long = [l for l in report(STAGE, capture, "--all").splitlines() if len(l) > 100]
                self.assertEqual(long, [])


def calls_table(capture, extra=()):
    """tshark -q -z sipdiag,calls: its whole output, and its rows (the
    table's cells, "a |b |...") by first frame."""
    out = STAGE.tshark(["-n", "-q", "-r", STAGE.capture(capture), "-z", "sipdiag,calls"]
                       + list(extra))
    lines = out.splitlines()
    header = lines.index("Frame |From |To |Outcome |PDD (s) |Setup (s) |Duration (s) |Fault |")
    rows = {}
    for line in lines[header + 2:]:
        if not line.endswith(" |"):
            break
        cells = line[:-2].split(" |")
        rows[int(cells[0])] = cells[1:]
    return out, rows


class CallsTable(unittest.TestCase):
    """tshark -q -z sipdiag,calls: one row per call, as the frames read
    show it when tshark has read them all."""

    def test_table_title(self):
        out, _ = calls_table("doctor-bye.pcap")
        self.assertIn("\nSIP Diagnostics/Calls:\nFilter for statistics: \n", out)

    def test_torn_down_without_ack(self):
        _, rows = calls_table("doctor-no-ack.pcap")
        self.assertEqual(rows, {
            1: ["127.0.0.57:5060", "127.0.0.59:5060", "torn-down-no-ack", "0.00", "0.00", "32.05",
                "2xx never acknowledged (64*T1), certain in #40"],
            5: ["127.0.0.57:5060", "127.0.0.59:5060", "torn-down-no-ack", "0.00", "0.00", "32.05",
                "2xx never acknowledged (64*T1), certain in #42"],
        })

    def test_outcomes_and_faults(self):
        _, rows = calls_table("ctx-reason.pcap")
        uac, uas = "127.0.0.1:5091", "127.0.0.1:5095"
        self.assertEqual(rows, {
            1: [uac, uas, "failed", "-", "-", "-", "486 Busy Here in #2 from " + uas],
            4: [uac, uas, "failed", "-", "-", "-",
                "480 Temporarily Unavailable in #5 from " + uas],
            7: [uac, uas, "failed", "-", "-", "-", "486 Busy Here in #8 from " + uas],
            10: [uac, uas, "failed", "-", "-", "-", "503 Service Unavailable in #11 from " + uas],
            13: [uac, uas, "ended", "0.03", "0.14", "0.30", "-"],
            20: [uac, uas, "cancelled", "0.03", "-", "-", "-"],
            27: [uac, uas, "failed", "-", "-", "-", "603 Decline in #28 from " + uas],
        })

    def test_unanswered_and_unfinished(self):
        _, unreachable = calls_table("doctor-no-response.pcap")
        self.assertEqual(unreachable, {1: [
            "127.0.0.57:5060", "-", "unreachable", "-", "-", "-",
            "no response at all (Timer B), certain in #30"]})
        _, short = calls_table("doctor-short.pcap")
        self.assertEqual(short[1][2], "in-progress")   # before Timer B: not claimed
        _, ipv6 = calls_table("ipv6.pcap")
        self.assertEqual({f: cells[:3] for f, cells in ipv6.items()},
                         {1: ["[::1]:5086", "[::1]:5076", "ended"],
                          8: ["[::1]:5086", "[::1]:5076", "failed"]})

    def test_two_pass_same_rows(self):
        _, one = calls_table("ctx-reason.pcap")
        _, two = calls_table("ctx-reason.pcap", ["-2"])
        self.assertEqual(one, two)


CALL_FIELDS = ["frame.number", "sipdiag.call.outcome", "sipdiag.call.whole_capture",
               "sipdiag.call.final_code", "sipdiag.call.final_from", "sipdiag.call.final_agent",
               "sipdiag.call.ended_by", "sipdiag.call.q850_cause", "sipdiag.call.invite",
               "sipdiag.call.answer", "sipdiag.call.final", "sipdiag.call.bye",
               "sipdiag.call.decided", "sipdiag.call.post_dial_delay",
               "sipdiag.call.setup_time", "sipdiag.call.duration"]


def call_fields(capture):
    """frame -> {field: values} for frames with sipdiag.call.* (one pass);
    seconds rounded to the millisecond."""
    shown = {}
    for row in STAGE.fields(capture, CALL_FIELDS, display_filter="sipdiag.call.outcome"):
        values = {f: v for f, v in row.items() if v and f != "frame.number"}
        for f in ("sipdiag.call.post_dial_delay", "sipdiag.call.setup_time",
                  "sipdiag.call.duration"):
            if f in values:
                values[f] = ["%.3f" % float(v) for v in values[f]]
        shown[int(row["frame.number"][0])] = values
    return shown


class CallFields(unittest.TestCase):
    """sipdiag.call.* on the answering 2xx, the final response and the first
    BYE: what the frames up to that one show."""

    def test_failed_and_cancelled(self):
        shown = call_fields("ctx-reason.pcap")
        self.assertEqual(sorted(shown), [2, 5, 8, 11, 16, 18, 25, 28])
        self.assertEqual(shown[2], {
            "sipdiag.call.outcome": ["failed"], "sipdiag.call.whole_capture": ["0"],
            "sipdiag.call.final_code": ["486"], "sipdiag.call.final_from": ["127.0.0.1:5095"],
            "sipdiag.call.final_agent": ["sipdiag-ctx-uas"], "sipdiag.call.invite": ["1"],
            "sipdiag.call.final": ["2"]})
        self.assertEqual(shown[25]["sipdiag.call.outcome"], ["cancelled"])
        self.assertEqual(shown[25]["sipdiag.call.final_code"], ["487"])
        self.assertEqual(shown[25]["sipdiag.call.post_dial_delay"], ["0.033"])

    def test_answered_then_ended(self):
        shown = call_fields("ctx-reason.pcap")
        # On the 200 the call is established; its BYE (Q.850 cause 16 from
        # the caller) ends it 0.304 s later.
        self.assertEqual(shown[16], {
            "sipdiag.call.outcome": ["established"], "sipdiag.call.whole_capture": ["0"],
            "sipdiag.call.invite": ["13"], "sipdiag.call.answer": ["16"],
            "sipdiag.call.post_dial_delay": ["0.032"], "sipdiag.call.setup_time": ["0.136"]})
        self.assertEqual(shown[18], {
            "sipdiag.call.outcome": ["ended"], "sipdiag.call.whole_capture": ["0"],
            "sipdiag.call.ended_by": ["caller"], "sipdiag.call.q850_cause": ["16"],
            "sipdiag.call.invite": ["13"], "sipdiag.call.answer": ["16"],
            "sipdiag.call.bye": ["18"], "sipdiag.call.decided": ["18"],
            "sipdiag.call.post_dial_delay": ["0.032"], "sipdiag.call.setup_time": ["0.136"],
            "sipdiag.call.duration": ["0.304"]})

    def test_torn_down_known_on_the_bye(self):
        # The 200 in frame 4 is "established" when read; the callee's BYE
        # 32 s later (frame 40) tears the call down for want of an ACK.
        shown = call_fields("doctor-no-ack.pcap")
        self.assertEqual(sorted(shown), [4, 8, 40, 42])
        self.assertEqual(shown[4]["sipdiag.call.outcome"], ["established"])
        self.assertEqual((shown[40]["sipdiag.call.outcome"], shown[40]["sipdiag.call.ended_by"],
                          shown[40]["sipdiag.call.decided"], shown[40]["sipdiag.call.duration"]),
                         (["torn-down-no-ack"], ["callee"], ["40"], ["32.054"]))


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

    maxDiff = None

    def test_call_after_the_whole_capture(self):
        # The 200 of frame 4, shown once the capture has been read, tells
        # how the call ended: torn down at frame 40, 32.05 s after answer.
        _, shown = test_modes.gui_like("doctor-no-ack.pcap", [4, 40])
        self.assertEqual({k: v for k, v in shown[4].items() if k.startswith("sipdiag.call.")}, {
            "sipdiag.call.outcome": ["torn-down-no-ack"], "sipdiag.call.whole_capture": ["1"],
            "sipdiag.call.post_dial_delay": shown[40]["sipdiag.call.post_dial_delay"],
            "sipdiag.call.setup_time": shown[40]["sipdiag.call.setup_time"],
            "sipdiag.call.duration": shown[40]["sipdiag.call.duration"],
            "sipdiag.call.callee_agent": ["sipdiag-doctor-uas"],
            "sipdiag.call.ended_by": ["callee"], "sipdiag.call.ended_from": ["127.0.0.59:5060"],
            "sipdiag.call.caller": ["127.0.0.57:5060"], "sipdiag.call.callee": ["127.0.0.59:5060"],
            "sipdiag.call.invite": ["1"], "sipdiag.call.ringing": ["3"],
            "sipdiag.call.answer": ["4"], "sipdiag.call.bye": ["40"],
            "sipdiag.call.decided": ["40"]})
        self.assertEqual(shown[40]["sipdiag.call.duration"][0][:5], "32.05")

    def test_ringing_then_nothing_before_timer_c(self):
        shown = self.doctor_fields("doctor-timer-c.pcap", [1, 2, 3, 4, 5])
        self.assertEqual(sorted(shown), [1])
        self.assertEqual((shown[1]["sipdiag.doctor"], shown[1]["sipdiag.doctor.certain"],
                          shown[1]["sipdiag.doctor.partner"]), (["no-final"], ["0"], ["2"]))
        self.assertTrue(shown[1]["sipdiag.doctor.summary"][0].endswith(
            "before Timer C (3 min)"))


if __name__ == "__main__":
    unittest.main()
