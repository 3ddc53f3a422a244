"""The same verdicts whatever the mode: one tshark pass, tshark -2, and a
GUI-like session (sharkd: the file loaded, a retap that follows the calls in
order, then single frames dissected in any order, as clicks in Wireshark's
packet list).  sipdiag reads SIP messages from packet-sip.c's sip_follow tap,
learns them once in capture order on the dissection that runs taps, and every
later dissection shows from what it kept (plugin/packet-sipdiag.c)."""
import concurrent.futures
import json
import os
import re
import shutil
import struct
import subprocess
import unittest

import test_context
import test_plugin
from harness import OWN_CAPTURES, TSHARK

STAGE = None

CONTEXT_CAPTURES = sorted(test_context.VERDICTS)
VERDICT_FIELDS = ["sipdiag.code", "sipdiag.method", "sipdiag.expected", "sipdiag.context"]
# How the Expert column names the highest severity of a frame (epan/expert.h).
SEVERITY_NAMES = {0x00100000: "Comment", 0x00200000: "Chat", 0x00400000: "Note",
                  0x00600000: "Warning", 0x00800000: "Error"}
SHARKD = shutil.which("sharkd", path=os.path.dirname(shutil.which(TSHARK) or "/usr/bin/tshark"))


def setUpModule():
    global STAGE
    test_plugin.setUpModule()
    STAGE = test_plugin.STAGE


def tearDownModule():
    test_plugin.tearDownModule()


def all_sipdiag_fields():
    fields = []
    for line in STAGE.tshark(["-G", "fields"]).splitlines():
        cols = line.split("\t")
        if cols[0] == "F" and cols[4] == "sipdiag":
            fields.append(cols[2])
    return fields


def tshark_verdicts(capture, extra=()):
    """frame -> {field: its values in the frame, in order} for frames with a response."""
    return {int(row["frame.number"][0]): {f: row[f] for f in VERDICT_FIELDS if row[f]}
            for row in STAGE.fields(capture, ["frame.number"] + VERDICT_FIELDS,
                                    display_filter="sipdiag.code", extra=list(extra))}


def sharkd_session(capture, requests):
    """Runs sharkd as the tests run tshark (the staged plugin, nobody when
    root) with the file loaded, then requests; returns the answers in order."""
    lines = [{"jsonrpc": "2.0", "id": 1, "method": "load",
              "params": {"file": STAGE.capture(capture)}}]
    for i, (method, params) in enumerate(requests):
        lines.append({"jsonrpc": "2.0", "id": i + 2, "method": method, "params": params})
    env = ["HOME=" + STAGE.home, "WIRESHARK_PLUGIN_DIR=" + STAGE.with_plugin,
           "WIRESHARK_CONFIG_DIR=" + os.path.join(STAGE.home, "config"), "LC_ALL=C.UTF-8",
           "PATH=" + os.environ.get("PATH", "/usr/bin:/bin")]
    command = ["env", "-i"] + env + [SHARKD, "-"]
    if os.geteuid() == 0:
        command = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"] + command
    result = subprocess.run(command, input="".join(json.dumps(l) + "\n" for l in lines),
                            capture_output=True, text=True, timeout=300)
    answers = {}
    for line in result.stdout.splitlines():
        try:
            answer = json.loads(line)
        except ValueError:
            continue  # sharkd's own chatter
        if isinstance(answer, dict) and "id" in answer:
            answers[answer["id"]] = answer
    if answers.get(1, {}).get("result", {}).get("status") != "OK":
        raise AssertionError("sharkd did not load %s: %s" % (capture, result.stderr))
    return [answers.get(i + 2) for i in range(len(requests))]


MATCH = re.compile(r"^(sipdiag\.[a-z_.]+) == (.*)$")


def tree_fields(nodes, found):
    """Collects sipdiag field values from a sharkd tree, in tree order."""
    for node in nodes:
        m = MATCH.match(node.get("f", ""))
        if m:
            value = m.group(2)
            value = json.loads(value) if value.startswith('"') else value
            # Booleans as tshark 4.0 prints them (4.2+ sharkd says True/False).
            value = {"True": "1", "true": "1", "False": "0", "false": "0"}.get(value, value)
            found.setdefault(m.group(1), []).append(value)
        tree_fields(node.get("n", []), found)
    return found


def gui_like(capture, frames):
    """The retap that learns, then frames in reverse order (later frames
    first, as a click may come): frame -> its sipdiag fields."""
    requests = [("tap", {"tap0": "expert"})]
    requests += [("frame", {"frame": f, "proto": True}) for f in reversed(frames)]
    answers = sharkd_session(capture, requests)
    shown = {}
    for frame, answer in zip(reversed(frames), answers[1:]):
        shown[frame] = tree_fields(answer["result"]["tree"], {})
    return answers[0]["result"], shown


class OnePassTwoPass(unittest.TestCase):
    def test_every_field_the_same(self):
        # tshark -2 runs no taps on its first pass: its second pass learns,
        # in order, and must show exactly what a single pass shows.
        fields = ["frame.number"] + all_sipdiag_fields() + ["_ws.expert.message"]
        self.assertIn("sipdiag.transfer.state", fields)
        for capture in STAGE.capture_names:
            with self.subTest(capture=capture):
                one = STAGE.fields(capture, fields)
                two = STAGE.fields(capture, fields, extra=["-2"])
                self.assertEqual(one, two)

    def test_verdicts_with_and_without_a_tree(self):
        # -Y makes tshark build a tree, -z expert does not: sipdiag reads the
        # same messages either way.
        for capture in CONTEXT_CAPTURES:
            with self.subTest(capture=capture):
                expert = STAGE.tshark(["-n", "-r", STAGE.capture(capture), "-q", "-z", "expert"])
                filtered = STAGE.tshark(["-n", "-r", STAGE.capture(capture), "-q", "-z", "expert",
                                         "-Y", "frame"])
                self.assertIn("SIP ", expert)
                self.assertEqual(expert, filtered)


@unittest.skipIf(SHARKD is None, "sharkd is not installed beside tshark")
class GuiLike(unittest.TestCase):
    def test_same_verdicts_as_tshark(self):
        for capture in CONTEXT_CAPTURES:
            with self.subTest(capture=capture):
                expected = tshark_verdicts(capture)
                self.assertGreater(len(expected), 3)
                self.assertEqual(tshark_verdicts(capture, ["-2"]), expected)
                _, shown = gui_like(capture, sorted(expected))
                got = {frame: {f: fields[f] for f in VERDICT_FIELDS if f in fields}
                       for frame, fields in shown.items()}
                self.assertEqual(got, expected)

    def test_retap_expert_items(self):
        # The retap that learns and a second one over the learnt frames give
        # the same items, and tshark's single pass shows each of them.
        capture = "ctx-cancel-race.pcap"
        answers = sharkd_session(capture, [("tap", {"tap0": "expert"}),
                                           ("tap", {"tap0": "expert"})])

        def sipdiag_items(answer):
            return [(d["f"], d["m"]) for d in answer["result"]["taps"][0]["details"]
                    if d.get("p") == "SIPDIAG"]

        first, second = sipdiag_items(answers[0]), sipdiag_items(answers[1])
        self.assertGreater(len(first), 10)
        self.assertEqual(sorted(first), sorted(second))
        rows = STAGE.fields(capture, ["frame.number", "_ws.expert.message"])
        from_tshark = [(int(r["frame.number"][0]), m) for r in rows
                       for m in r["_ws.expert.message"] if (int(r["frame.number"][0]), m) in first]
        self.assertEqual(sorted(first), sorted(from_tshark))

    def test_refer_response_knows_the_outcome(self):
        # Once the capture has been read in order, a REFER's 202 shows how the
        # transfer ended, which a single pass cannot know when it meets it.
        _, shown = gui_like("ctx-transfer.pcap", [7, 20, 55])
        self.assertEqual(shown[7]["sipdiag.transfer.state"],
                         ["succeeded: the referred call was answered"])
        self.assertEqual(shown[7]["sipdiag.transfer.report_frame"], ["8", "10"])
        self.assertTrue(shown[20]["sipdiag.transfer.state"][0].startswith("accepted, then failed"))
        self.assertEqual(shown[55]["sipdiag.transfer.state"],
                         ["accepted, but no NOTIFY in the whole capture reports a final status"])
        one_pass = STAGE.fields("ctx-transfer.pcap", ["frame.number", "sipdiag.transfer.state"],
                                display_filter="frame.number == 7")
        self.assertEqual(one_pass[0]["sipdiag.transfer.state"],
                         ["accepted; no NOTIFY has reported on the referred call yet"])

    def test_out_of_turn_before_any_retap(self):
        # sharkd loads without taps: a frame dissected before any run in
        # order has nothing learnt, and sipdiag adds nothing rather than guess.
        answers = sharkd_session("ctx-cancel-race.pcap", [("frame", {"frame": 6, "proto": True})])
        fields = tree_fields(answers[0]["result"]["tree"], {})
        self.assertEqual(fields.get("sipdiag.code"), None)
        self.assertIn("Status-Code: 487", json.dumps(answers[0]["result"]["tree"]))


def checksum(data):
    if len(data) % 2:
        data += b"\x00"
    total = sum(struct.unpack("!%dH" % (len(data) // 2), data))
    while total >> 16:
        total = (total & 0xFFFF) + (total >> 16)
    return ~total & 0xFFFF


def ip_packet(src, dst, proto, payload, ident):
    header = struct.pack("!BBHHHBBH4s4s", 0x45, 0, 20 + len(payload), ident, 0, 64, proto, 0,
                         bytes(src), bytes(dst))
    header = header[:10] + struct.pack("!H", checksum(header)) + header[12:]
    return header + payload


def udp_packet(src, dst, sport, dport, payload, ident):
    return ip_packet(src, dst, 17, struct.pack("!HHHH", sport, dport, 8 + len(payload), 0) + payload,
                     ident)


def write_pcap(path, packets):
    with open(path, "wb") as f:
        f.write(struct.pack("<IHHiIII", 0xA1B2C3D4, 2, 4, 0, 0, 65535, 101))  # raw IP
        for i, packet in enumerate(packets):
            f.write(struct.pack("<IIII", 1795430000 + i, 0, len(packet), len(packet)))
            f.write(packet)
    os.chmod(path, 0o644)


class QuotedInIcmp(unittest.TestCase):
    """An ICMP error quotes the datagram it could not deliver; packet-sip.c
    dissects a quoted SIP message too, and queues it on sip_follow.  It was
    never received: sipdiag neither explains it nor counts it in the call."""

    def test_quoted_response_ignored(self):
        a, b = (192, 0, 2, 1), (192, 0, 2, 2)
        invite = ("INVITE sip:bob@192.0.2.2 SIP/2.0\r\nVia: SIP/2.0/UDP 192.0.2.1;branch=z9hG4bK1\r\n"
                  "From: <sip:alice@192.0.2.1>;tag=a1\r\nTo: <sip:bob@192.0.2.2>\r\n"
                  "Call-ID: quoted-1\r\nCSeq: 1 INVITE\r\nContent-Length: 0\r\n\r\n").encode()
        busy = ("SIP/2.0 486 Busy Here\r\nVia: SIP/2.0/UDP 192.0.2.1;branch=z9hG4bK1\r\n"
                "From: <sip:alice@192.0.2.1>;tag=a1\r\nTo: <sip:bob@192.0.2.2>;tag=b1\r\n"
                "Call-ID: quoted-1\r\nCSeq: 1 INVITE\r\nContent-Length: 0\r\n\r\n").encode()
        delivered = udp_packet(b, a, 5060, 5060, busy, 2)
        icmp = struct.pack("!BBHI", 3, 3, 0, 0) + delivered
        icmp = icmp[:2] + struct.pack("!H", checksum(icmp)) + icmp[4:]
        path = os.path.join(STAGE.captures, "icmp-quoted-486.pcap")
        write_pcap(path, [udp_packet(a, b, 5060, 5060, invite, 1), delivered,
                          ip_packet(a, b, 1, icmp, 3)])
        rows = STAGE.fields("icmp-quoted-486.pcap",
                            ["frame.number", "sip.Status-Code", "sipdiag.code", "sipdiag.context"])
        self.assertEqual(rows[2]["sip.Status-Code"], ["486"])   # SIP reads the quote...
        self.assertEqual(rows[2]["sipdiag.code"], [])            # ...sipdiag does not
        self.assertEqual(rows[1]["sipdiag.code"], ["486"])
        self.assertTrue(rows[1]["sipdiag.context"][0].startswith("the called user is busy"))


class ItemsOnlyWhenRead(unittest.TestCase):
    """With an invisible tree (a display filter, a column) sipdiag builds a
    field's item, and the text behind it, only when something names the
    field (plugin/tree.c, wants()); an expert item only when Expert Info is
    read or a filter names it.  Each field filtered on alone must match the
    frames where a visible tree (-T fields builds one) has it."""

    def test_each_field_alone_matches_the_visible_tree(self):
        own = sorted(n for n in os.listdir(OWN_CAPTURES) if n.endswith(".pcap"))
        merged = os.path.join(STAGE.captures, "all-own-captures.pcap")
        subprocess.run(["mergecap", "-a", "-F", "pcap", "-w", merged]
                       + [STAGE.capture(n) for n in own], check=True)
        os.chmod(merged, 0o644)
        fields = all_sipdiag_fields()
        self.assertIn("sipdiag.reason.cause", fields)
        self.assertIn("sipdiag.fault", fields)

        def frames(display_filter, visible):
            args = ["-n", "-r", merged, "-Y", display_filter]
            if visible:
                args += ["-T", "fields", "-e", "frame.number"]
            else:  # the summary line only: no tree printed, none visible
                args += ["-o", 'gui.column.format:"No.","%m"']
            return [int(n) for n in STAGE.tshark(args).split()]

        names = ["sipdiag"] + fields
        with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
            visible = list(pool.map(lambda f: frames(f, True), names))
            invisible = list(pool.map(lambda f: frames(f, False), names))
        present = 0
        for field, seen, alone in zip(names, visible, invisible):
            with self.subTest(field=field):
                present += bool(seen)
                self.assertEqual(alone, seen)
        # The merged captures carry Reasons, Warnings, transfers, findings,
        # registrations and SDP checks: most fields are there to compare.
        self.assertGreater(present, 100)

    def test_expert_column_with_a_filter(self):
        # An Expert column shows each frame's highest severity: with one,
        # every expert item counts even if nothing else reads them.  The
        # reference is every expert item's severity, read with
        # _ws.expert.severity (which makes sipdiag add them all).
        columns = ["-o", 'gui.column.format:"No.","%m","Expert","%a"']
        for capture in ("ctx-reason.pcap", "doctor-no-ack.pcap", "reg-forbidden.pcap"):
            for display_filter in ("sipdiag", "sipdiag.code"):
                with self.subTest(capture=capture, display_filter=display_filter):
                    args = ["-n", "-r", STAGE.capture(capture), "-Y", display_filter] + columns
                    summary = [line.split() for line in STAGE.tshark(args).splitlines()]
                    expected = []
                    for row in STAGE.fields(capture, ["frame.number", "_ws.expert.severity"],
                                            display_filter=display_filter):
                        severities = [int(v, 0) for v in row["_ws.expert.severity"]]
                        expected.append(row["frame.number"]
                                        + ([SEVERITY_NAMES[max(severities)]] if severities else []))
                    self.assertTrue(any(len(row) == 2 for row in expected))
                    self.assertEqual(summary, expected)

class FollowsWhatIsRead(unittest.TestCase):
    """tshark's single pass follows the calls only when something in the run
    reads sipdiag: otherwise sipdiag stops listening to SIP at frame 5 and
    says so at log level info (decide_following() in packet-sipdiag.c).  A
    program that may show frames again (tshark -2, the GUI, sharkd) always
    follows them (GuiLike, OnePassTwoPass)."""
    NOT_FOLLOWED = "SIP calls are not followed"
    CAPTURE = "ctx-cancel-race.pcap"

    def run_tshark(self, args, plugin=True):
        command = STAGE.tshark_command(plugin) + ["-n", "-r", STAGE.capture(self.CAPTURE),
                                                  "--log-level", "info"] + args
        result = subprocess.run(command, capture_output=True, text=True, timeout=600)
        self.assertEqual(result.returncode, 0, result.stderr)
        return result

    def test_runs_that_read_nothing_of_sipdiag(self):
        for args in ([], ["-Y", "sip"], ["-q", "-z", "sip,stat"]):
            with self.subTest(args=args):
                run = self.run_tshark(args)
                self.assertEqual(run.stderr.count(self.NOT_FOLLOWED), 1, run.stderr)
                self.assertEqual(run.stdout, self.run_tshark(args, plugin=False).stdout)

    def test_runs_that_read_sipdiag(self):
        for args in (["-Y", "sipdiag"], ["-V"], ["-T", "fields", "-e", "sipdiag.code"],
                     ["-q", "-z", "expert"], ["-q", "-z", "sipdiag,tree"],
                     ["-q", "-z", "sipdiag,calls"], ["-q", "-z", "sipdiag,registrations"],
                     ["-q", "-z", "sipdiag,export"], ["-2"]):
            with self.subTest(args=args):
                run = self.run_tshark(args)
                self.assertNotIn(self.NOT_FOLLOWED, run.stderr)

    def test_custom_column_follows_the_calls(self):
        # A column naming a sipdiag field is read on a bare run: the 487
        # after the CANCEL in frame 4 is the expected end of that call.
        column = 'gui.column.format:"No.","%m","Expected","%Cus:sipdiag.expected:0:R"'
        run = self.run_tshark(["-o", column, "-Y", "frame.number == 6"])
        self.assertNotIn(self.NOT_FOLLOWED, run.stderr)
        self.assertEqual(run.stdout.split(), ["6", "True"])


if __name__ == "__main__":
    unittest.main()
