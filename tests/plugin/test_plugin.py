"""The sipdiag plugin in tshark, on public captures and on captures recorded
from real SIP peers (tests/captures/README.md says what each holds)."""
import json
import re
import subprocess
import unittest

from harness import CLI, Stage, knowledge, rule

STAGE = None

SIPDIAG_FIELDS = [
    "sipdiag.code", "sipdiag.phrase", "sipdiag.class", "sipdiag.category", "sipdiag.rfc",
    "sipdiag.registered", "sipdiag.note", "sipdiag.summary", "sipdiag.description",
    "sipdiag.scenario", "sipdiag.remediation", "sipdiag.method", "sipdiag.rule",
]

def first_sentence(text):
    """Up to the first ". ", or all of it, as expert lines quote a fix."""
    end = text.find(". ")
    return text if end < 0 else text[:end + 1]


SEVERITY_OF_CLASS = {1: "Chat", 2: "Chat", 3: "Note", 4: "Warning", 5: "Error", 6: "Error"}


def setUpModule():
    global STAGE
    STAGE = Stage()
    STAGE.assert_plugin_loaded()


def tearDownModule():
    STAGE.remove()


def sip_frames(capture):
    """Every SIP frame with SIP's own fields and all of ours."""
    return STAGE.fields(capture, ["frame.number", "sip.Status-Code", "sip.Method",
                                  "sip.CSeq.method"] + SIPDIAG_FIELDS, display_filter="sip")


class Registration(unittest.TestCase):
    def test_fields_listed_with_blurbs(self):
        listed = {}
        for line in STAGE.tshark(["-G", "fields"]).splitlines():
            cols = line.split("\t")
            if cols[0] == "F" and cols[4] == "sipdiag":
                listed[cols[2]] = cols
        for field in SIPDIAG_FIELDS:
            self.assertIn(field, listed)
            self.assertTrue(listed[field][7], field + " has no blurb")
        self.assertEqual(listed["sipdiag.code"][3], "FT_UINT16")
        self.assertEqual(listed["sipdiag.class"][3], "FT_UINT8")
        self.assertEqual(listed["sipdiag.registered"][3], "FT_BOOLEAN")

    def test_protocol_listed(self):
        # 4.4 added columns (enabled, heuristic...) after the first three.
        self.assertIn(["SIP Diagnostics", "SIPDIAG", "sipdiag"],
                      [line.split("\t")[:3] for line in STAGE.tshark(["-G", "protocols"]).splitlines()])

    def test_disabled_protocol_shows_nothing(self):
        # The postdissector's handle names no protocol (libwireshark would
        # push a layer for it on every frame), so sipdiag checks this itself.
        codes = [r["sipdiag.code"] for r in STAGE.fields("pkts-cancel.pcap", ["sipdiag.code"])]
        self.assertEqual([c for c in codes if c], [["100"], ["180"], ["200"], ["487"]])
        disabled = STAGE.fields("pkts-cancel.pcap", ["sipdiag.code"],
                                extra=["--disable-protocol", "sipdiag"])
        self.assertEqual([r["sipdiag.code"] for r in disabled], [[]] * len(codes))


class EveryResponse(unittest.TestCase):
    """On every capture, each response is explained with the knowledge
    base's own words, and requests carry nothing."""

    def test_all_captures(self):
        self.assertGreaterEqual(len(STAGE.capture_names), 16)
        explained = stock = 0
        for capture in STAGE.capture_names:
            with self.subTest(capture=capture):
                explained += self.check_capture(capture)
                stock += sum(len(r["sip.Status-Code"]) for r in STAGE.fields(
                    capture, ["sip.Status-Code"], display_filter="sip.Status-Code", plugin=False))
        self.assertEqual(explained, stock)
        self.assertGreater(stock, 250)

    def check_capture(self, capture):
        count = 0
        for row in sip_frames(capture):
            frame = row["frame.number"][0]
            codes = [int(c) for c in row["sip.Status-Code"]]
            self.assertEqual([int(c) for c in row["sipdiag.code"]], codes, "frame " + frame)
            if not codes:
                self.assertEqual(row["sipdiag.summary"], [], "request frame " + frame)
                continue
            valid = [c for c in codes if 100 <= c <= 699]
            self.assertEqual(row["sipdiag.class"], [str(c // 100) for c in valid])
            expected = {name: [] for name in ("phrase", "category", "rfc", "summary",
                                              "description", "scenario")}
            generic = []
            for code in valid:
                kb = knowledge(code)
                generic.append(kb["remediation"])
                for name in expected:
                    if name == "phrase" and kb["phrase"] is None:
                        continue
                    expected[name].append(str(kb[name]))
            for name, values in expected.items():
                self.assertEqual(row["sipdiag." + name], values, "frame %s %s" % (frame, name))
            # How to fix it: each rule's own fix, then each code's generic one.
            fixes = [rule(r)["fix"] for r in row["sipdiag.rule"]]
            self.assertEqual(sorted(row["sipdiag.remediation"]), sorted(fixes + generic),
                             "frame %s" % frame)
            if len(codes) == 1:
                self.assertEqual(row["sipdiag.remediation"], fixes + generic, "frame " + frame)
            if not row["sip.Method"]:
                # Only responses in this frame: the CSeq methods are theirs.
                self.assertEqual(row["sipdiag.method"], row["sip.CSeq.method"], "frame " + frame)
            count += len(codes)
        return count

    def test_requests_carry_no_response_fields(self):
        for capture in STAGE.capture_names:
            with self.subTest(capture=capture):
                out = STAGE.tshark(["-n", "-r", STAGE.capture(capture), "-Y",
                                    "sip.Request-Line && !sip.Status-Code && (sipdiag.code "
                                    "|| sipdiag.summary || sipdiag.expected)"])
                self.assertEqual(out, "")

    def test_same_frames_with_and_without_plugin(self):
        for capture in STAGE.capture_names:
            with self.subTest(capture=capture):
                args = ["-n", "-r", STAGE.capture(capture)]
                with_plugin = STAGE.tshark(args)
                self.assertEqual(with_plugin, STAGE.tshark(args, plugin=False))
                self.assertGreater(len(with_plugin.splitlines()), 0)


class Cancel(unittest.TestCase):
    """pkts-cancel.pcap: INVITE, 100, 180, CANCEL, 200, 487, ACK."""
    CAPTURE = "pkts-cancel.pcap"

    def test_fields(self):
        rows = STAGE.fields(self.CAPTURE, ["frame.number", "sipdiag.code", "sipdiag.phrase",
                                           "sipdiag.class", "sipdiag.method",
                                           "sipdiag.registered"],
                            display_filter="sipdiag")
        got = [(r["frame.number"][0], r["sipdiag.code"], r["sipdiag.phrase"],
                r["sipdiag.class"], r["sipdiag.method"], r["sipdiag.registered"]) for r in rows]
        self.assertEqual(got, [
            ("2", ["100"], ["Trying"], ["1"], ["INVITE"], ["1"]),
            ("3", ["180"], ["Ringing"], ["1"], ["INVITE"], ["1"]),
            ("5", ["200"], ["OK"], ["2"], ["CANCEL"], ["1"]),
            ("6", ["487"], ["Request Terminated"], ["4"], ["INVITE"], ["1"]),
        ])

    def test_expert_rows(self):
        out = STAGE.tshark(["-n", "-r", STAGE.capture(self.CAPTURE), "-q", "-z", "expert"])
        rows = [r for r in parse_expert(out) if r[3] == "SIPDIAG"]
        self.assertEqual(sorted(rows), sorted([
            ("Chat", 1, "Response", "SIPDIAG",
             "SIP 100 Trying: " + knowledge(100)["summary"]),
            ("Chat", 1, "Response", "SIPDIAG",
             "SIP 180 Ringing: " + knowledge(180)["summary"]),
            ("Chat", 1, "Response", "SIPDIAG",
             "SIP 200 OK to CANCEL: the CANCEL was accepted; the INVITE itself now ends "
             "with 487"),
            ("Chat", 1, "Response", "SIPDIAG",
             "SIP 487 Request Terminated to INVITE: the caller cancelled before answer (the "
             "CANCEL is in the capture): a normal end of an unanswered call"),
        ]))

    def test_views(self):
        path = STAGE.capture(self.CAPTURE)
        detail = STAGE.tshark(["-n", "-r", path, "-O", "sipdiag", "-Y", "frame.number == 6"])
        self.assertIn("SIP Diagnostics: 487 Request Terminated (Client Failure, dialog), "
                      "expected", detail)
        self.assertIn("Expected in this flow: True", detail)
        self.assertIn("Class: Client Failure (4)", detail)
        self.assertIn("Answers method: INVITE", detail)
        verbose = STAGE.tshark(["-n", "-r", path, "-V", "-Y", "frame.number == 6"])
        self.assertIn("Session Initiation Protocol", verbose)
        self.assertIn("SIP Diagnostics: 487", verbose)
        self.assertIn("[Expert Info (Chat/Response): SIP 487 Request Terminated to INVITE: "
                      "the caller cancelled", verbose)
        packets = json.loads(STAGE.tshark(["-n", "-r", path, "-T", "json", "-Y", "sipdiag"]))
        self.assertEqual(len(packets), 4)
        layer = packets[3]["_source"]["layers"]["sipdiag"]
        self.assertEqual(layer["sipdiag.code"], "487")
        self.assertEqual(layer["sipdiag.class"], "4")
        self.assertEqual(layer["sipdiag.description"], knowledge(487)["description"])


class Filters(unittest.TestCase):
    def frames(self, capture, display_filter, plugin=True):
        out = STAGE.tshark(["-n", "-r", STAGE.capture(capture), "-Y", display_filter,
                            "-T", "fields", "-e", "frame.number"], plugin=plugin)
        return out.split()

    def test_class_filter_matches_status_codes(self):
        for capture in STAGE.capture_names:
            for klass in range(1, 7):
                with self.subTest(capture=capture, klass=klass):
                    ours = self.frames(capture, "sipdiag.class == %d" % klass)
                    stock = self.frames(capture, "sip.Status-Code in {%d..%d}"
                                        % (klass * 100, klass * 100 + 99), plugin=False)
                    self.assertEqual(ours, stock)

    def test_text_filters(self):
        capture = "all-codes-udp.pcap"
        rows = STAGE.fields(capture, ["frame.number", "sip.Status-Code"],
                            display_filter="sip.Status-Code")
        acl = [r["frame.number"][0] for r in rows
               if any("ACL" in knowledge(int(c))["remediation"] for c in r["sip.Status-Code"])]
        self.assertTrue(acl)
        self.assertEqual(self.frames(capture, 'sipdiag.remediation contains "ACL"'), acl)
        auth = [r["frame.number"][0] for r in rows
                if any(c in ("401", "407") for c in r["sip.Status-Code"])]
        self.assertEqual(self.frames(capture, 'sipdiag.category == "authentication"'), auth)
        # 4xx responses no context rule speaks of get the class's expert item.
        self.assertEqual(self.frames(capture, "sipdiag.client_failure"),
                         self.frames(capture, "sipdiag.class == 4 && !sipdiag.context"))


class OwnCaptures(unittest.TestCase):
    def test_every_code_explained(self):
        rows = STAGE.fields("all-codes-udp.pcap", ["sipdiag.code", "sipdiag.registered",
                                                    "sipdiag.note", "sipdiag.phrase"],
                            display_filter="sipdiag")
        seen = {}
        for row in rows:
            for code, registered in zip(row["sipdiag.code"], row["sipdiag.registered"]):
                seen[int(code)] = registered
        listing = subprocess.run([CLI, "list"], capture_output=True, text=True, check=True)
        listed = [int(line.split("\t")[0]) for line in listing.stdout.splitlines()]
        self.assertEqual(len(listed), 75)
        for code in listed:
            self.assertEqual(seen.get(code), "1", "code %d" % code)
        for code in (409, 411, 299, 499, 699):
            self.assertEqual(seen.get(code), "0", "code %d" % code)
        notes = {r["sipdiag.code"][0]: r["sipdiag.note"] for r in rows if r["sipdiag.note"]}
        self.assertEqual(notes["499"], ["unregistered code, handled as 400 Bad Request "
                                        "(RFC 3261 \u00a78.1.3.2)"])
        self.assertEqual(notes["409"], ["legacy code of RFC 2543, not in the IANA registry; "
                                        "RFC 3261 peers handle it as 400 Bad Request"])

    def test_several_responses_in_one_tcp_segment(self):
        rows = STAGE.fields("tcp-multi.pcap", ["frame.number", "sip.Status-Code",
                                                "sipdiag.code", "sipdiag.method",
                                                "sip.CSeq.method"],
                            display_filter="sip.Status-Code")
        multi = [r for r in rows if len(r["sip.Status-Code"]) > 1]
        self.assertTrue(multi, "no frame with several responses")
        for row in multi:
            self.assertEqual(row["sipdiag.code"], row["sip.Status-Code"])
            self.assertEqual(row["sipdiag.method"], row["sip.CSeq.method"])

    def test_response_split_across_segments(self):
        rows = STAGE.fields("tcp-multi.pcap", ["frame.number", "sip.Status-Code",
                                                "sipdiag.code", "tcp.segment"],
                            display_filter="sip.Status-Code && tcp.segment")
        self.assertTrue(rows, "no reassembled response")
        for row in rows:
            self.assertEqual(row["sipdiag.code"], row["sip.Status-Code"])

    def test_ipv6(self):
        rows = STAGE.fields("ipv6.pcap", ["ipv6.src", "sip.Status-Code", "sipdiag.code"],
                            display_filter="sip.Status-Code")
        self.assertTrue(rows)
        for row in rows:
            self.assertEqual(row["ipv6.src"], ["::1"])
            self.assertEqual(row["sipdiag.code"], row["sip.Status-Code"])
        self.assertIn(["486"], [r["sipdiag.code"] for r in rows])


class Statistics(unittest.TestCase):
    """tshark -z sipdiag,tree on sipnab-b2bua-asterisk.pcapng."""

    def test_counts(self):
        capture = "sipnab-b2bua-asterisk.pcapng"
        out = STAGE.tshark(["-n", "-r", STAGE.capture(capture), "-q", "-z", "sipdiag,tree"])
        rows = []
        for line in out.splitlines():
            row = re.match(r"^( *)(\S.*?)\s{2,}(\d+)\s", line)
            if row:
                rows.append((len(row.group(1)), row.group(2), int(row.group(3))))
        counts = {(depth, name): count for depth, name, count in rows}
        at = rows.index((1, "401 Unauthorized", 7))
        self.assertEqual(rows[at + 1:at + 4], [(2, "SUBSCRIBE", 4), (2, "REGISTER", 2),
                                               (2, "INVITE", 1)])
        stock = sum(len(r["sip.Status-Code"]) for r in STAGE.fields(
            capture, ["sip.Status-Code"], display_filter="sip.Status-Code", plugin=False))
        self.assertEqual(stock, 29)
        self.assertEqual(counts[(0, "Responses by class")], stock)
        self.assertEqual(counts[(0, "Responses by code")], stock)
        self.assertEqual(counts[(1, "4xx Client Failure")], 15)
        self.assertEqual(counts[(1, "2xx Success")], 9)
        self.assertEqual(counts[(1, "1xx Provisional")], 5)
        self.assertEqual(counts[(0, "Faults")], 7)
        self.assertEqual(counts[(0, "Expected outcomes")], 7)
        self.assertEqual(counts[(0, "Explained in their flow, no verdict")], 1)
        self.assertEqual(counts[(1, "No context rule")], 14)
        fault = ("489 Bad Event to PUBLISH: the server does not offer this event package: "
                 "presence or BLF disabled there, or a wrong Event header")
        self.assertEqual(counts[(1, fault)], 3)
        # Each finding carries the first step of its rule's fix.
        at = rows.index((1, fault, 3))
        # Cut at a word past 110 bytes, so that the GUI's column stays readable.
        self.assertEqual(rows[at + 1], (2, "Fix: Read the Allow-Events header for the packages "
                                           "the server offers; enable the package on the server "
                                           "(presence,\u2026", 3))
        # The findings come first, the most frequent at the top.
        topics = [name for depth, name, _ in rows if depth == 0]
        self.assertEqual(topics[:3], ["Faults", "Expected outcomes",
                                      "Explained in their flow, no verdict"])

    def test_counts_with_or_without_a_tree(self):
        # The counts come from the sip_follow tap, not from a protocol tree:
        # the same whether a filter makes tshark build one or not.
        args = ["-n", "-r", STAGE.capture("sipnab-b2bua-asterisk.pcapng"), "-q", "-z", "sipdiag,tree"]
        default = STAGE.tshark(args)
        self.assertIn("401 Unauthorized", default)
        self.assertEqual(STAGE.tshark(args + ["-Y", "frame"]), default)


class Preferences(unittest.TestCase):
    """-o sipdiag.<name>:<value> and the overrides table change the output."""
    CAPTURE = "ctx-reason.pcap"

    def field(self, prefs, field, frame):
        args = ["-n", "-r", STAGE.capture(self.CAPTURE), "-Y", "frame.number == %d" % frame,
                "-T", "fields", "-e", field]
        for pref in prefs:
            args += ["-o", pref]
        return STAGE.tshark(args).strip()

    def test_language(self):
        english = self.field([], "sipdiag.summary", 2)
        self.assertEqual(english, knowledge(486)["summary"])
        for lang in ("fr", "es"):
            translated = self.field(["sipdiag.language:" + lang], "sipdiag.summary", 2)
            self.assertNotEqual(translated, english)
            listing = subprocess.run([CLI, "explain", "486", "--lang", lang, "--json"],
                                     capture_output=True, text=True, check=True)
            self.assertEqual(translated, json.loads(listing.stdout)["summary"])

    def expert_summaries(self, prefs):
        args = ["-n", "-r", STAGE.capture(self.CAPTURE), "-q", "-z", "expert"]
        for pref in prefs:
            args += ["-o", pref]
        return [r[4] for r in parse_expert(STAGE.tshark(args)) if r[3] == "SIPDIAG"]

    def test_expert_classes_and_expected(self):
        every = self.expert_summaries([])
        self.assertIn("SIP 100 Trying: " + knowledge(100)["summary"], every)
        fewer = self.expert_summaries(["sipdiag.expert_classes:3-6"])
        self.assertNotIn("SIP 100 Trying: " + knowledge(100)["summary"], fewer)
        self.assertNotIn("SIP 200 OK: " + knowledge(200)["summary"], fewer)
        # A rule speaks whatever the classes: the 503 with Retry-After.
        self.assertIn("SIP 503 Service Unavailable to INVITE: " + rule("overload-retry-after")
                      ["context"], fewer)
        expected = ("SIP 487 Request Terminated to INVITE: the caller cancelled before answer "
                    "(the CANCEL is in the capture): a normal end of an unanswered call")
        self.assertIn(expected, every)
        quiet = self.expert_summaries(["sipdiag.expected_experts:FALSE"])
        self.assertNotIn(expected, quiet)
        # Busy (twice), unavailable, declined, the CANCEL's 200 and the 487.
        removed = set(every) - set(quiet)
        self.assertEqual(len(removed), 5)
        self.assertEqual(set(quiet) - set(every), set())

    def test_long_summaries(self):
        long = self.expert_summaries(["sipdiag.long_summaries:TRUE"])
        first_step = first_sentence(knowledge(180)["remediation"])
        self.assertIn("SIP 180 Ringing: %s. Fix: %s" % (knowledge(180)["summary"], first_step),
                      long)
        self.assertIn("SIP 180 Ringing: " + knowledge(180)["summary"], self.expert_summaries([]))
        # A rule's line gives the first step of the rule's fix, not the code's.
        self.assertIn("SIP 486 Busy Here to INVITE: %s. Fix: Nothing to fix in the network."
                      % rule("busy")["context"], long)

    def test_site_override(self):
        row = ('uat:sipdiag_overrides:"480","INVITE","21","rejected by our carrier\'s policy",'
               '"","","Open a ticket with the carrier, quoting the Call-ID"')
        self.assertEqual(self.field([row], "sipdiag.override", 5), "480 to INVITE with Q.850 cause 21")
        # The rule's fix first, the site's text in place of the generic one.
        self.assertEqual(self.field([row], "sipdiag.remediation", 5),
                         rule("user-unavailable")["fix"] + ","
                         + "Open a ticket with the carrier, quoting the Call-ID")
        self.assertEqual(self.field([row], "sipdiag.description", 5),
                         knowledge(480)["description"])
        self.assertIn("SIP 480 Temporarily Unavailable to INVITE: rejected by our carrier's policy",
                      self.expert_summaries([row]))
        # The row narrows to cause 21: the 486 with cause 17 keeps sipdiag's texts.
        self.assertEqual(self.field([row], "sipdiag.override", 2), "")

    def test_bad_override_rows(self):
        for row, message in (
                ('"4x0","","","x","","",""', "code '4x0' is not a status code (100-699)"),
                ('"480","INVTE","","x","","",""', "unknown method 'INVTE'"),
                ('"480","","300","x","","",""', "cause '300' is not a Q.850 cause"),
                ('"480","","","","","",""', "all four texts are empty")):
            args = ["-n", "-r", STAGE.capture(self.CAPTURE), "-o", "uat:sipdiag_overrides:" + row]
            with self.subTest(row=row):
                with self.assertRaises(AssertionError) as failure:
                    STAGE.tshark(args)
                self.assertIn(message, str(failure.exception))


def parse_expert(text):
    """(severity, count, group, protocol, summary) rows of `-z expert`."""
    rows = []
    severity = None
    for line in text.splitlines():
        block = re.match(r"^(Errors|Warns|Notes|Chats|Comments) \(\d+\)$", line)
        if block:
            severity = {"Errors": "Error", "Warns": "Warning", "Notes": "Note",
                        "Chats": "Chat", "Comments": "Comment"}[block.group(1)]
            continue
        row = re.match(r"^\s+(\d+)\s+(\S.*?)\s{2,}(\S+)\s+(\S.*)$", line)
        if severity and row and row.group(2) != "Group":
            rows.append((severity, int(row.group(1)), row.group(2), row.group(3),
                         row.group(4)))
    return rows


if __name__ == "__main__":
    unittest.main()
