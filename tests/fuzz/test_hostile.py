"""The sipdiag plugin in tshark on hostile captures (make-hostile.py says
what each holds): invalid status codes, missing headers, bursts of 1000
responses, 64 KB header values, NUL bytes, garbage sipfrag bodies, broken
Reason quoting, and storms that fill the plugin's tables.

Run like tests/plugin/test_plugin.py, with the same environment
(SIPDIAG_SOURCE_DIR, SIPDIAG_PLUGIN_ROOT, SIPDIAG_WS_SERIES, SIPDIAG_CLI,
SIPDIAG_VERSION), from this folder:

    python3 -m unittest -v test_hostile

The captures are generated afresh into the test's stage (the copies in
hostile/ feed fuzz-captures.sh); the two storms (36 and 52 MB) only live
there.  SIPDIAG_SKIP_STORMS=1 leaves the storms out.
"""
import os
import re
import subprocess
import sys
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "plugin"))
sys.dont_write_bytecode = True  # leave tests/plugin/ as it is

from harness import Stage  # noqa: E402

STAGE = None
GENERATOR = os.path.join(HERE, "make-hostile.py")
HOSTILE = [
    "invalid-codes.pcap", "no-cseq.pcap", "burst-1000-tcp.pcap", "burst-1000-tso-tcp.pcap",
    "tiny-segments-tcp.pcap", "long-reason-phrase-tcp.pcap", "long-warning-tcp.pcap",
    "long-reason-text-tcp.pcap", "nul-in-headers.pcap", "sipfrag-garbage.pcap", "sipfrag-invalid-report.pcap",
    "reason-quoting.pcap", "reason-empty-param.pcap", "nested-message-sip.pcap", "sdp-hostile.pcap",
    "leg-headers.pcap",
]
# plugin/transfers.h and plugin/flows.h
MAX_TRANSFERS = 50000
MAX_CALLS = 200000
STORM_REFERS = 60000
STORM_CALLS = MAX_CALLS + 10


def setUpModule():
    global STAGE
    STAGE = Stage()
    subprocess.run([sys.executable, GENERATOR, "--out", STAGE.captures], check=True,
                   capture_output=True)
    for name in HOSTILE:
        os.chmod(STAGE.capture(name), 0o644)
    STAGE.assert_plugin_loaded()


def tearDownModule():
    STAGE.remove()


def is_false(value):
    """tshark prints a boolean as 0/1 (4.0) or False/True (4.2 on)."""
    return value in ("0", "False")


def by_frame(capture, fields, display_filter=None, extra=()):
    rows = STAGE.fields(capture, ["frame.number"] + fields, display_filter=display_filter,
                        extra=extra)
    return {int(r["frame.number"][0]): r for r in rows}


def storm(option, name, count):
    path = STAGE.capture(name)
    if not os.path.exists(path):
        subprocess.run([sys.executable, GENERATOR, option, path,
                        "--refers" if option == "--storm" else "--calls", str(count)],
                       check=True, capture_output=True)
        os.chmod(path, 0o644)
    return name


class EveryHostileCapture(unittest.TestCase):
    """What holds on every hostile capture: tshark exits 0 in one and two
    passes, prints the same frames with and without the plugin, and every
    status code SIP parsed gets its sipdiag.code."""

    def test_same_frames_with_and_without_plugin(self):
        for capture in HOSTILE:
            with self.subTest(capture=capture):
                args = ["-n", "-r", STAGE.capture(capture)]
                with_plugin = STAGE.tshark(args)
                without = STAGE.tshark(args, plugin=False)
                self.assertEqual(len(with_plugin.splitlines()), len(without.splitlines()))
                self.assertEqual(with_plugin, without)
                self.assertGreater(len(with_plugin.splitlines()), 0)

    def test_full_dissection_one_and_two_passes(self):
        for capture in HOSTILE:
            for passes in ([], ["-2"]):
                with self.subTest(capture=capture, passes=passes):
                    out = STAGE.tshark(passes + ["-n", "-V", "-x", "-r", STAGE.capture(capture)])
                    frames = len(re.findall(r"^Frame \d+:", out, re.M))
                    stock = STAGE.tshark(passes + ["-n", "-V", "-x", "-r",
                                                   STAGE.capture(capture)], plugin=False)
                    self.assertEqual(frames, len(re.findall(r"^Frame \d+:", stock, re.M)))

    def test_second_pass_shows_the_same(self):
        # What the first pass learnt is kept with each frame (plugin/frames.c):
        # a second pass must show the same diagnosis.
        fields = ["sipdiag.code", "sipdiag.method", "sipdiag.expected", "sipdiag.reason.cause",
                  "sipdiag.warning.code", "sipdiag.transfer.report", "sipdiag.note"]
        for capture in HOSTILE:
            with self.subTest(capture=capture):
                self.assertEqual(by_frame(capture, fields), by_frame(capture, fields,
                                                                     extra=["-2"]))

    def test_every_status_code_explained(self):
        for capture in HOSTILE:
            with self.subTest(capture=capture):
                for frame, row in by_frame(capture, ["sip.Status-Code", "sipdiag.code"]).items():
                    self.assertEqual(row["sipdiag.code"], row["sip.Status-Code"],
                                     "frame %d" % frame)


class InvalidCodes(unittest.TestCase):
    CAPTURE = "invalid-codes.pcap"

    def test_codes_outside_100_699(self):
        rows = by_frame(self.CAPTURE, ["sipdiag.code", "sipdiag.registered", "sipdiag.note",
                                       "sipdiag.class", "sipdiag.phrase", "sipdiag.summary",
                                       "sipdiag.method"])
        for frame, code in ((2, 0), (4, 99), (6, 700), (8, 999)):
            with self.subTest(code=code):
                row = rows[frame]
                self.assertEqual(row["sipdiag.code"], [str(code)])
                self.assertEqual(len(row["sipdiag.registered"]), 1)
                self.assertTrue(is_false(row["sipdiag.registered"][0]))
                self.assertEqual(row["sipdiag.note"],
                                 ["%u is not a SIP status code: codes run from 100 to 699" % code])
                self.assertIn("not a SIP status code", row["sipdiag.note"][0])
                self.assertEqual(row["sipdiag.class"], [])
                self.assertEqual(row["sipdiag.phrase"], [])
                self.assertEqual(row["sipdiag.summary"], [])
                self.assertEqual(row["sipdiag.method"], ["INVITE"])

    def test_invalid_code_expert(self):
        rows = by_frame(self.CAPTURE, [], display_filter="sipdiag.invalid_code")
        self.assertEqual(sorted(rows), [2, 4, 6, 8])

    def test_non_digit_code_is_not_a_response(self):
        # "SIP/2.0 4x4 Odd": SIP does not take it for a status line; nor do we.
        row = by_frame(self.CAPTURE, ["sip.Status-Code", "sipdiag.code"])[10]
        self.assertEqual(row["sip.Status-Code"], [])
        self.assertEqual(row["sipdiag.code"], [])


class NoCSeq(unittest.TestCase):
    CAPTURE = "no-cseq.pcap"

    def test_no_method_without_cseq(self):
        rows = by_frame(self.CAPTURE, ["sipdiag.code", "sipdiag.method", "sipdiag.expected"])
        # 2: no CSeq; 4: neither CSeq nor Call-ID; 5: empty CSeq; 6: "CSeq: 7".
        for frame, code in ((2, "486"), (4, "486"), (5, "486"), (6, "401")):
            with self.subTest(frame=frame):
                self.assertEqual(rows[frame]["sipdiag.code"], [code])
                self.assertEqual(rows[frame]["sipdiag.method"], [])
        # 3: a CSeq but no Call-ID: the method, no call to follow.
        self.assertEqual(rows[3]["sipdiag.code"], ["486"])
        self.assertEqual(rows[3]["sipdiag.method"], ["INVITE"])


class Bursts(unittest.TestCase):
    def check_burst(self, capture):
        codes = []
        for row in by_frame(capture, ["sipdiag.code"]).values():
            codes += row["sipdiag.code"]
        self.assertEqual(len(codes), 1000)
        self.assertEqual(codes.count("200"), 500)
        self.assertEqual(codes.count("486"), 500)

    def test_1000_responses_in_mss_segments(self):
        self.check_burst("burst-1000-tcp.pcap")

    def test_1000_responses_in_two_big_segments(self):
        self.check_burst("burst-1000-tso-tcp.pcap")

    def test_one_byte_segments(self):
        rows = [r for r in by_frame("tiny-segments-tcp.pcap",
                                    ["sipdiag.code", "sipdiag.reason.cause",
                                     "sipdiag.warning.code"]).values() if r["sipdiag.code"]]
        self.assertEqual(len(rows), 1)
        self.assertEqual(rows[0]["sipdiag.code"], ["486"])
        self.assertEqual(rows[0]["sipdiag.reason.cause"], ["17"])
        self.assertEqual(rows[0]["sipdiag.warning.code"], ["399"])


class LongValues(unittest.TestCase):
    def response_row(self, capture, fields):
        rows = [r for r in by_frame(capture, ["sipdiag.code"] + fields).values()
                if r["sipdiag.code"]]
        self.assertEqual(len(rows), 1)
        return rows[0]

    def test_64k_reason_phrase(self):
        row = self.response_row("long-reason-phrase-tcp.pcap", ["sipdiag.method",
                                                                 "sipdiag.phrase"])
        self.assertEqual(row["sipdiag.code"], ["486"])
        self.assertEqual(row["sipdiag.method"], ["INVITE"])
        self.assertEqual(row["sipdiag.phrase"], ["Busy Here"])

    def test_64k_warning_text(self):
        row = self.response_row("long-warning-tcp.pcap",
                                ["sipdiag.warning.code", "sipdiag.warning.agent",
                                 "sipdiag.warning.text"])
        self.assertEqual(row["sipdiag.code"], ["488"])
        self.assertEqual(row["sipdiag.warning.code"], ["305"])
        self.assertEqual(row["sipdiag.warning.agent"], ["10.0.0.2"])
        self.assertEqual(len(row["sipdiag.warning.text"]), 1)
        self.assertEqual(len(row["sipdiag.warning.text"][0]), 65536)

    def test_64k_reason_text(self):
        row = self.response_row("long-reason-text-tcp.pcap",
                                ["sipdiag.reason.cause", "sipdiag.reason.text"])
        self.assertEqual(row["sipdiag.code"], ["503"])
        self.assertEqual(row["sipdiag.reason.cause"], ["34"])
        self.assertEqual(len(row["sipdiag.reason.text"][0]), 65536)


class NulBytes(unittest.TestCase):
    CAPTURE = "nul-in-headers.pcap"

    def test_nul_bytes(self):
        rows = by_frame(self.CAPTURE, ["sipdiag.code", "sipdiag.method",
                                       "sipdiag.transfer.report"])
        self.assertEqual(rows[3]["sipdiag.code"], ["487"])
        self.assertEqual(rows[4]["sipdiag.code"], ["401"])
        # A 40-character method is still a method (RFC 3261 sets no length):
        # sipdiag reads it from the CSeq (packet-sip.c gives no
        # sip.CSeq.method past 16 characters).
        self.assertEqual(rows[6]["sipdiag.code"], ["405"])
        self.assertEqual(rows[6]["sipdiag.method"], ["X" * 40])
        # The NOTIFY whose sipfrag reads "SIP/2.0 200\0 OK".
        self.assertEqual(rows[7]["sipdiag.transfer.report"], ["200"])


class Sipfrag(unittest.TestCase):
    CAPTURE = "sipfrag-garbage.pcap"

    def test_reports(self):
        rows = by_frame(self.CAPTURE, ["sipdiag.transfer.report", "sipdiag.transfer.state",
                                       "sipdiag.code"])
        self.assertEqual(rows[2]["sipdiag.code"], ["202"])
        # "SIP/2.0 999 Odd" (frames 6-15): not a status code.  Shown as a
        # report of 999 or not shown at all, both are defensible.
        for frame in range(6, 16):
            with self.subTest(frame=frame):
                self.assertIn(rows[frame]["sipdiag.transfer.report"], ([], ["999"]))
        # 000, 4x4, 2000, garbage, empty bodies: no report.
        for frame in (3, 4, 5, 16, 17, 18, 19, 21, 22):
            with self.subTest(frame=frame):
                self.assertEqual(rows[frame]["sipdiag.transfer.report"], [])
        # A 5 KB status line, and two status lines (the first one counts).
        self.assertEqual(rows[20]["sipdiag.transfer.report"], ["603"])
        self.assertEqual(len(rows[20]["sipdiag.transfer.state"]), 1)
        self.assertEqual(rows[23]["sipdiag.transfer.report"], ["503"])
        # A NOTIFY for a REFER never seen: the report, no transfer.
        self.assertEqual(rows[24]["sipdiag.transfer.report"], ["486"])
        self.assertEqual(rows[24]["sipdiag.transfer.state"], [])

    def test_invalid_report_tells_one_story(self):
        # REFER, 202, one NOTIFY reporting 999.  If the NOTIFY shows no
        # report, the 202 must not say that a NOTIFY reported a failure.
        capture = "sipfrag-invalid-report.pcap"
        for passes in ([], ["-2"]):
            with self.subTest(passes=passes):
                rows = by_frame(capture, ["sipdiag.transfer.report", "sipdiag.transfer.state"],
                                extra=passes)
                report = rows[3]["sipdiag.transfer.report"]
                state = rows[2]["sipdiag.transfer.state"]
                self.assertEqual(len(state), 1)
                if report == []:
                    self.assertNotIn("NOTIFY reports a final failure", state[0])


class ReasonQuoting(unittest.TestCase):
    CAPTURE = "reason-quoting.pcap"

    def test_values(self):
        rows = by_frame(self.CAPTURE, ["sipdiag.code", "sipdiag.reason.protocol",
                                       "sipdiag.reason.cause", "sipdiag.reason.text"])
        ten = ["1", "16", "17", "18", "19", "21", "31", "34", "41", "127"]
        # Ten causes in one value: the first ones, in order (the plugin keeps
        # SIPDIAG_MAX_VALUES = 4 per header).
        causes = rows[2]["sipdiag.reason.cause"]
        self.assertGreaterEqual(len(causes), 4)
        self.assertEqual(causes, ten[:len(causes)])
        self.assertEqual(rows[4]["sipdiag.reason.text"], ["unterminated"])
        self.assertEqual(rows[12]["sipdiag.reason.cause"], ["16", "487"])
        self.assertEqual(rows[12]["sipdiag.reason.text"], ['x,y,\\"z\\"'])
        self.assertEqual(rows[18]["sipdiag.reason.cause"], [])        # 4294967296: 10 digits
        self.assertEqual(rows[20]["sipdiag.reason.cause"], ["999999999"])
        self.assertEqual(rows[24]["sipdiag.reason.cause"], ["17"])    # spaces around = and ;
        # Ten Reason headers on a response, a BYE and a CANCEL.
        for frame in (35, 36, 37):
            with self.subTest(frame=frame):
                causes = rows[frame]["sipdiag.reason.cause"]
                self.assertGreaterEqual(len(causes), 4)
                self.assertEqual(causes, ten[:len(causes)])

    def test_warnings(self):
        row = by_frame(self.CAPTURE, ["sipdiag.warning.code"])[38]
        codes = row["sipdiag.warning.code"]
        self.assertGreaterEqual(len(codes), 4)
        self.assertEqual(codes, ["300", "301", "302", "303", "304", "305", "306", "307", "330",
                                 "399"][:len(codes)])


class ReasonEmptyParameter(unittest.TestCase):
    """'Q.850;;cause=16': an empty parameter (bug found by fuzz_reason: an
    uninitialised span in parse_params crashed tshark)."""
    CAPTURE = "reason-empty-param.pcap"

    def test_empty_parameter(self):
        rows = by_frame(self.CAPTURE, ["sipdiag.code", "sipdiag.reason.protocol",
                                       "sipdiag.reason.cause"])
        for frame, protocol, cause in ((2, "Q.850", "16"), (4, "SIP", "487"),
                                       (6, "Q.850", "17")):
            with self.subTest(frame=frame):
                self.assertEqual(rows[frame]["sipdiag.code"], ["486"])
                self.assertEqual(rows[frame]["sipdiag.reason.protocol"], [protocol])
                self.assertEqual(rows[frame]["sipdiag.reason.cause"], [cause])


class NestedMessages(unittest.TestCase):
    def test_message_sip_bodies(self):
        rows = by_frame("nested-message-sip.pcap", ["sipdiag.code", "sipdiag.reason.cause"])
        self.assertEqual(rows[1]["sipdiag.code"], ["500", "486"])
        self.assertEqual(rows[1]["sipdiag.reason.cause"], ["17"])
        self.assertEqual(rows[2]["sipdiag.code"], ["603"])


class LegHeaders(unittest.TestCase):
    def test_only_sound_keys_link(self):
        # Frames: 1-2 a 20 KB X-Call-ID (longer than a key: no link), 3-4
        # an empty icid-value, 5-6 an unterminated quote (the same bytes on
        # both legs: linked), 7 an X-Call-ID naming its own call, 8-9 From
        # and To of 10,000 digits, 10-12 one Session-ID (the third leg
        # links to the first).
        rows = by_frame("leg-headers.pcap", ["sipdiag.call.linked",
                                             "sipdiag.call.leg.linked_by"],
                        display_filter="sipdiag.call.linked")
        self.assertEqual({f: (r["sipdiag.call.linked"], r["sipdiag.call.leg.linked_by"])
                          for f, r in rows.items()},
                         {6: (["5"], ["P-Charging-Vector icid-value"]),
                          11: (["10"], ["Session-ID"]), 12: (["10"], ["Session-ID"])})


@unittest.skipIf(os.environ.get("SIPDIAG_SKIP_STORMS") == "1", "SIPDIAG_SKIP_STORMS=1")
class HostileSdp(unittest.TestCase):
    """Broken SDP bodies get a neutral fallback: no finding from what the
    reader could not read (truncated lines, NULs, garbled formats, bad c=,
    streams past the caps), only from what it read whole."""
    CAPTURE = "sdp-hostile.pcap"
    FIELDS = ["sipdiag.sdp.check", "sipdiag.sdp.offer", "sipdiag.sdp.answer",
              "sipdiag.sdp.address"]

    def test_only_what_was_read_whole(self):
        for passes in ([], ["-2"]):
            with self.subTest(passes=passes):
                rows = by_frame(self.CAPTURE, self.FIELDS, display_filter="sipdiag.sdp.check",
                                extra=passes)
                got = {f: tuple(r[k] for k in self.FIELDS) for f, r in rows.items()}
                self.assertEqual(got, {
                    # The 30 KB m= line's offer: c=10.0.0.1 was read whole.
                    5: (["private-address"], ["5"], [], ["10.0.0.1"]),
                    # "c=IN IP4 10.0.0.1/": the address before the slash.
                    7: (["private-address"], ["7"], [], ["10.0.0.1"]),
                    # The control: G.729 against PCMU.
                    18: (["no-common-codec"], ["17"], ["18"], []),
                    # A multipart body whose SDP part runs to its end.
                    20: (["private-address"], ["20"], [], ["10.0.0.9"]),
                })


class Storms(unittest.TestCase):
    def test_refer_storm_fills_the_transfer_table(self):
        capture = storm("--storm", "refer-storm.pcap", STORM_REFERS)
        # Frames alternate REFER, 202: the REFER of transfer k is frame 2k-1.
        followed = by_frame(capture, ["sipdiag.transfer.refer"],
                            display_filter="sipdiag.transfer.state")
        self.assertEqual(len(followed), MAX_TRANSFERS)
        self.assertEqual(max(followed), 2 * MAX_TRANSFERS)
        full = by_frame(capture, ["sip.Method", "sip.Status-Code"],
                        display_filter="sipdiag.state_full")
        self.assertTrue(full, "no sipdiag.state_full once %d transfers are followed"
                        % MAX_TRANSFERS)
        self.assertGreater(min(full), 2 * MAX_TRANSFERS)

    def test_call_storm_fills_the_call_table(self):
        capture = storm("--call-storm", "call-storm.pcap", STORM_CALLS)
        full = by_frame(capture, ["sipdiag.code"], display_filter="sipdiag.state_full")
        self.assertEqual(sorted(full), list(range(MAX_CALLS + 1, STORM_CALLS + 1)))


if __name__ == "__main__":
    unittest.main()
