"""The call doctor's media checks in tshark: SDP offers and answers set up
to fail, on captures recorded from real SIPp peers (tests/captures/sdp-*.pcap,
tests/captures/record-sdp.sh; tests/captures/README.md has their
timelines).  Each finding on the frame that makes it certain (the answer,
the 488, or the SDP with the private address) with its offer and answer
frames; captures whose SDP is sound get none."""
import os
import unittest

from harness import PUBLIC_CAPTURES, Stage

STAGE = None
FIELDS = ["frame.number", "sipdiag.sdp.check", "sipdiag.sdp.offer", "sipdiag.sdp.answer",
          "sipdiag.sdp.stream", "sipdiag.sdp.media", "sipdiag.sdp.offer_codecs",
          "sipdiag.sdp.answer_codecs", "sipdiag.sdp.offer_direction",
          "sipdiag.sdp.answer_direction", "sipdiag.sdp.address", "sipdiag.sdp.public",
          "sipdiag.sdp.code", "sipdiag.sdp.summary", "sipdiag.sdp.fix", "_ws.expert.message"]


def setUpModule():
    global STAGE
    STAGE = Stage()
    STAGE.assert_plugin_loaded()


def tearDownModule():
    STAGE.remove()


def findings(capture, extra=()):
    """frame -> its row of FIELDS, for frames with a media finding."""
    return {int(r["frame.number"][0]): r
            for r in STAGE.fields(capture, FIELDS, display_filter="sipdiag.sdp.check",
                                  extra=extra)}


def frames_of(capture, expert):
    """The frames an expert item is on."""
    return [int(r["frame.number"][0])
            for r in STAGE.fields(capture, ["frame.number"], display_filter=expert)]


class Codecs(unittest.TestCase):
    def test_each_failed_negotiation_on_its_answer(self):
        rows = findings("sdp-codecs.pcap")
        # 3: G.729 against PCMU/PCMA; 9: every stream port 0; 15: the 488;
        # 20: the ACK answering the 2xx's offer; the fifth call is sound.
        self.assertEqual(sorted(rows), [3, 9, 15, 20])
        got = {f: (r["sipdiag.sdp.check"], r["sipdiag.sdp.offer"], r["sipdiag.sdp.answer"],
                   r["sipdiag.sdp.offer_codecs"], r["sipdiag.sdp.answer_codecs"],
                   r["sipdiag.sdp.code"]) for f, r in rows.items()}
        self.assertEqual(got, {
            3: (["no-common-codec"], ["1"], ["3"], ["G729/8000 telephone-event/8000"],
                ["PCMU/8000 PCMA/8000 telephone-event/8000"], []),
            9: (["no-common-codec"], ["7"], ["9"], ["PCMU/8000 telephone-event/8000"],
                ["PCMU/8000"], []),
            15: (["no-common-codec"], ["13"], ["15"], ["G722/8000 telephone-event/8000"], [],
                 ["488"]),
            20: (["no-common-codec"], ["19"], ["20"], ["PCMA/8000 telephone-event/8000"],
                 ["G729/8000 telephone-event/8000"], []),
        })
        self.assertEqual(rows[9]["sipdiag.sdp.summary"], [
            "The SDP answer in frame 9 rejects every stream of the offer in frame 7 (port 0): "
            "no media will flow; the offer's audio had PCMU/8000 telephone-event/8000"])
        self.assertIn("488 in frame 15 refuses the SDP offer of frame 13: nothing it offered is "
                      "acceptable (its audio offered G722/8000 telephone-event/8000)",
                      rows[15]["_ws.expert.message"])
        self.assertTrue(rows[15]["sipdiag.sdp.fix"][0].startswith(
            "Read the 488/606's Warning header"))
        self.assertEqual(frames_of("sdp-codecs.pcap", "sipdiag.sdp.no_common_codec"),
                         [3, 9, 15, 20])

    def test_two_passes_and_french(self):
        rows = findings("sdp-codecs.pcap", extra=["-2", "-o", "sipdiag.language:fr"])
        self.assertEqual(sorted(rows), [3, 9, 15, 20])
        self.assertEqual(rows[9]["sipdiag.sdp.summary"], [
            "La réponse SDP de la trame 9 rejette tous les flux de l'offre de la trame 7 "
            "(port 0) : aucun média ne passera ; l'offre proposait en audio PCMU/8000 "
            "telephone-event/8000"])


class Direction(unittest.TestCase):
    def test_directions(self):
        rows = findings("sdp-direction.pcap")
        # 3: sendonly answered sendonly; 9: a new call's sendrecv answered
        # inactive; the third (sendonly answered recvonly) is sound.
        self.assertEqual(sorted(rows), [3, 9])
        got = {f: (r["sipdiag.sdp.check"], r["sipdiag.sdp.offer"], r["sipdiag.sdp.answer"],
                   r["sipdiag.sdp.offer_direction"], r["sipdiag.sdp.answer_direction"])
               for f, r in rows.items()}
        self.assertEqual(got, {3: (["direction"], ["1"], ["3"], ["sendonly"], ["sendonly"]),
                               9: (["direction"], ["7"], ["9"], ["sendrecv"], ["inactive"])})
        self.assertIn("The audio stream of the answer in frame 3 is sendonly to a sendonly offer "
                      "in frame 1; RFC 3264 allows only recvonly or inactive: both sides will "
                      "send and neither listens, or one sends to a side that will not receive",
                      rows[3]["_ws.expert.message"])
        self.assertEqual(frames_of("sdp-direction.pcap", "sipdiag.sdp.direction"), [3, 9])


class PrivateAddress(unittest.TestCase):
    def test_private_c_across_a_public_hop(self):
        rows = findings("sdp-private.pcap")
        # 1: the offer's c=10.0.0.5 from 198.51.100.10 to 203.0.113.20;
        # 9: the answer's c=192.168.1.20; the third call is sound.
        self.assertEqual(sorted(rows), [1, 9])
        got = {f: (r["sipdiag.sdp.check"], r["sipdiag.sdp.offer"], r["sipdiag.sdp.answer"],
                   r["sipdiag.sdp.address"], r["sipdiag.sdp.public"])
               for f, r in rows.items()}
        self.assertEqual(got, {
            1: (["private-address"], ["1"], [], ["10.0.0.5"], ["198.51.100.10"]),
            9: (["private-address"], ["7"], ["9"], ["192.168.1.20"], ["203.0.113.20"]),
        })
        self.assertEqual(rows[1]["sipdiag.sdp.summary"], [
            "The SDP offer in frame 1 gives c=10.0.0.5 (RFC 1918 private space) for its audio "
            "stream while it travels from 198.51.100.10 to 203.0.113.20: 198.51.100.10 is "
            "public, so the far side will send RTP to an address it cannot reach"])
        self.assertEqual(frames_of("sdp-private.pcap", "sipdiag.sdp.private_address"), [1, 9])


class SoundSdp(unittest.TestCase):
    def test_no_finding_on_sound_captures(self):
        # Every capture with SDP but those recorded to fail: public ones
        # (calls through Asterisk, a proxy, TCP, Opus, re-INVITEs, an
        # offer with every stream disabled answered 488) and our own.
        # ctx-reinvite.pcap's two 488s refuse real offers (AMR-WB, G.729).
        expected = {"ctx-reinvite.pcap": [7, 20]}
        with_sdp = []
        for name in STAGE.capture_names:
            if name.startswith("sdp-"):
                continue
            if not STAGE.fields(name, ["frame.number"], display_filter="sdp"):
                continue
            with_sdp.append(name)
            with self.subTest(capture=name):
                self.assertEqual(sorted(findings(name)), expected.get(name, []))
        public = [n for n in with_sdp if os.path.exists(os.path.join(PUBLIC_CAPTURES, n))]
        self.assertGreaterEqual(len(public), 12)
        self.assertIn("doctor-answered.pcap", with_sdp)


if __name__ == "__main__":
    unittest.main()
