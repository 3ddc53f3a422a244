"""Registrations and subscriptions in tshark: the sipdiag.registration.*
fields on REGISTER and SUBSCRIBE responses, the failing and expired
findings on the frame where they become certain, and the table of
`tshark -q -z sipdiag,registrations`, on captures recorded from SIPp phones
and a Kamailio registrar (tests/captures/reg-*.pcap; their timelines are in
tests/captures/README.md) and on public captures with REGISTERs."""
import unittest

from harness import Stage

STAGE = None
FIELDS = ["frame.number", "sipdiag.registration", "sipdiag.registration.aor",
          "sipdiag.registration.event", "sipdiag.registration.contact",
          "sipdiag.registration.expires", "sipdiag.registration.refreshes",
          "sipdiag.registration.challenges", "sipdiag.registration.failures",
          "sipdiag.registration.first", "sipdiag.registration.granted",
          "sipdiag.registration.finding", "sipdiag.registration.summary",
          "sipdiag.registration.request", "sipdiag.registration.failure",
          "sipdiag.registration.failed_by", "sipdiag.registration.failed_agent",
          "sipdiag.registration.in_row", "_ws.expert.message"]
HEADER = ("AOR |Contact |Source |Outcome |Expires (s) |Refreshes |Failures |Last code "
          "|Frames |")


def setUpModule():
    global STAGE
    STAGE = Stage()
    STAGE.assert_plugin_loaded()


def tearDownModule():
    STAGE.remove()


def shown(capture):
    """frame -> {field: values} for frames with registration items (one pass)."""
    rows = STAGE.fields(capture, FIELDS,
                        display_filter="sipdiag.registration || sipdiag.registration.finding")
    return {int(r["frame.number"][0]): {f: v for f, v in r.items() if v and f != "frame.number"}
            for r in rows}


def table(capture):
    """The rows of tshark -q -z sipdiag,registrations, as lists of cells."""
    out = STAGE.tshark(["-n", "-q", "-r", STAGE.capture(capture), "-z", "sipdiag,registrations"])
    lines = out.splitlines()
    start = lines.index(HEADER)
    assert lines[start - 2:start] == ["SIP Diagnostics/Registrations:", "Filter for statistics: "]
    assert lines[start + 1] == "Registrations and subscriptions"
    rows = []
    for line in lines[start + 2:]:
        if not line.endswith(" |"):
            break
        rows.append(line[:-2].split(" |"))
    return rows


PHONE = "127.0.0.57:5060"
REGISTRAR = "127.0.0.58:5060"


class Recorded(unittest.TestCase):
    maxDiff = None

    def test_challenge_then_refresh(self):
        # alice: 401, 200 for 60 s; a second later the refresh, 401, 200.
        self.assertEqual(table("reg-challenge.pcap"), [
            ["sip:alice@sipdiag.test", "sip:alice@127.0.0.57:5060", PHONE, "registered", "60",
             "1", "0", "200", "#1 ok #8"]])
        fields = shown("reg-challenge.pcap")
        self.assertEqual(sorted(fields), [2, 4, 6, 8])
        self.assertEqual(fields[2]["sipdiag.registration"], ["challenged"])
        self.assertEqual(fields[8], {
            "sipdiag.registration": ["registered"],
            "sipdiag.registration.aor": ["sip:alice@sipdiag.test"],
            "sipdiag.registration.contact": ["sip:alice@127.0.0.57:5060"],
            "sipdiag.registration.expires": ["60"], "sipdiag.registration.refreshes": ["1"],
            "sipdiag.registration.challenges": ["2"], "sipdiag.registration.failures": ["0"],
            "sipdiag.registration.first": ["1"], "sipdiag.registration.granted": ["8"],
            "_ws.expert.message": fields[8]["_ws.expert.message"]})
        self.assertNotIn("sipdiag.registration.finding", str(fields))

    def test_refused_five_times(self):
        # bob's wrong password: 401, credentials, 403, five rounds.  The
        # finding from the second 403 on, with the count so far.
        self.assertEqual(table("reg-forbidden.pcap"), [
            ["sip:bob@sipdiag.test", "sip:bob@127.0.0.57:5060", PHONE, "failing", "-", "0", "5",
             "403", "#1 failed #20"]])
        fields = shown("reg-forbidden.pcap")
        findings = {f: (v["sipdiag.registration.in_row"], v["sipdiag.registration.failure"],
                        v["sipdiag.registration.request"])
                    for f, v in fields.items() if "sipdiag.registration.finding" in v}
        self.assertEqual(findings, {8: (["2"], ["8"], ["7"]), 12: (["3"], ["12"], ["11"]),
                                    16: (["4"], ["16"], ["15"]), 20: (["5"], ["20"], ["19"])})
        last = fields[20]
        self.assertEqual(last["sipdiag.registration.finding"], ["failing"])
        self.assertEqual(last["sipdiag.registration.failed_by"], [REGISTRAR])
        self.assertEqual(last["sipdiag.registration.failed_agent"],
                         ["sipdiag-reg-kamailio"])
        self.assertIn("REGISTER for sip:bob@sipdiag.test failed 5 times in a row "
                      "(403 Forbidden from 127.0.0.58:5060)", last["_ws.expert.message"])

    def test_expired_without_refresh(self):
        # carol: granted 5 s at frame 4 (t = 0.0003 s); the OPTIONS at 8.0 s
        # is the first frame past the expiry and its 2 s margin.
        self.assertEqual(table("reg-expired.pcap"), [
            ["sip:carol@sipdiag.test", "sip:carol@127.0.0.57:5060", PHONE, "expired", "5", "0",
             "0", "200", "#1 ok #4 certain #5"]])
        fields = shown("reg-expired.pcap")
        self.assertEqual(sorted(fields), [2, 4, 5])
        self.assertEqual(fields[4]["sipdiag.registration"], ["registered"])
        self.assertEqual(fields[5]["sipdiag.registration.finding"], ["expired"])
        self.assertEqual(fields[5]["sipdiag.registration.granted"], ["4"])
        self.assertEqual(fields[5]["sipdiag.registration.summary"], [
            "The registration of sip:carol@127.0.0.57:5060 for sip:carol@sipdiag.test expired "
            "3.0 s ago: granted 5 s in frame 4, no refresh sent since"])
        self.assertIn(fields[5]["sipdiag.registration.summary"][0],
                      fields[5]["_ws.expert.message"])

    def test_expiry_not_claimed_before_it(self):
        # Cut before the OPTIONS: the capture ends 0.0003 s after the grant.
        rows = STAGE.fields("reg-expired.pcap", ["frame.number", "sipdiag.registration.finding"],
                            extra=["-c", "4"])
        self.assertEqual([r["sipdiag.registration.finding"] for r in rows], [[]] * 4)

    def test_subscriptions(self):
        # dave subscribes to erin's presence (200 from the notifier,
        # relayed by Kamailio, then a NOTIFY) and dialog (489 from Kamailio).
        self.assertEqual(table("reg-subscribe.pcap"), [
            ["sip:erin@sipdiag.test (presence)", "sip:dave@127.0.0.57:5060", PHONE, "active",
             "600", "0", "0", "200", "#1 ok #3"],
            ["sip:erin@sipdiag.test (dialog)", "sip:dave@127.0.0.57:5060", PHONE, "failing",
             "-", "0", "1", "489", "#9 failed #10"]])
        fields = shown("reg-subscribe.pcap")
        self.assertEqual({f: (v["sipdiag.registration"], v.get("sipdiag.registration.event"))
                          for f, v in fields.items()},
                         {3: (["active"], ["presence"]), 4: (["active"], ["presence"]),
                          10: (["failing"], ["dialog"])})


class PublicCaptures(unittest.TestCase):
    """Public captures (../shared/captures/public) with REGISTER and
    SUBSCRIBE: the rows a reader would expect from their timelines."""

    def rows(self, name):
        if name not in STAGE.capture_names:
            self.skipTest("public capture %s not staged" % name)
        return table(name)

    def test_asterisk_phone(self):
        # X-Lite registers (401, 200 for 3600 s), then its MWI and presence
        # SUBSCRIBEs get 401, then 404 from Asterisk.
        self.assertEqual([row[3:8] for row in self.rows("sipnab-Asterisk_ZFONE_XLITE.pcap")], [
            ["registered", "3600", "0", "0", "200"],
            ["failing", "-", "0", "1", "404"],
            ["failing", "-", "0", "1", "404"]])

    def test_refreshed_every_half_minute(self):
        # Three lines of one phone, each refreshed on its own timer.
        rows = self.rows("sipnab-SIP_DTMF2.cap")
        self.assertEqual([(row[0], row[3], row[5]) for row in rows], [
            ("sip:2503@192.168.105.105", "registered", "1"),
            ("sip:2502@192.168.105.105", "registered", "1"),
            ("sip:2504@192.168.105.105", "registered", "0")])

    def test_short_grant_in_a_short_capture(self):
        # Granted 20 s; the capture ends 0.03 s later: registered, not expired.
        self.assertEqual(self.rows("sipnab-sip-register.pcap"), [
            ["sip:201@10.33.6.101", "sip:201@10.33.6.101:5060", "10.33.6.101:5060", "registered",
             "20", "0", "0", "200", "#1 ok #2"]])


if __name__ == "__main__":
    unittest.main()
