"""The labelled verdict corpus (docs/verdict-corpus.md): every response of
its captures, with the verdict an engineer gives it and the frames it rests
on.  sipdiag must agree on every row: the verdict (sipdiag.expected: 1, 0
or absent) and exactly the evidence frames (sipdiag.evidence.*), in one
pass and in two.  Prints "verdicts right N/M" and fails below M/M."""
import json
import os
import unittest

from harness import SOURCE_DIR, Stage

CORPUS = os.path.join(SOURCE_DIR, "docs", "verdict-corpus.md")
VERDICT_OF_EXPECTED = {"1": "expected", "0": "fault", None: "neutral"}
EVIDENCE_PREFIX = "sipdiag.evidence."
FRAME_EVIDENCE = ("request", "challenge", "cancel", "provisional", "bye", "final", "earlier")


def read_corpus(path=CORPUS):
    """capture -> list of (frame, code, method, verdict, evidence dict, why), in order."""
    rows = {}
    with open(path, encoding="utf-8") as corpus:
        for line in corpus:
            cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
            if not line.startswith("| ") or len(cells) != 7 or not cells[1].isdigit():
                continue
            capture, frame, code, method, verdict, evidence, why = cells
            if verdict not in ("expected", "fault", "neutral"):
                raise ValueError("bad verdict %r in %s" % (verdict, line))
            frames = {}
            if evidence != "-":
                for item in evidence.split():
                    kind, number = item.split("=")
                    if kind not in FRAME_EVIDENCE:
                        raise ValueError("bad evidence kind %r in %s" % (kind, line))
                    frames[kind] = int(number)
            rows.setdefault(capture, []).append(
                (int(frame), int(code), method, verdict, frames, why))
    return rows


def as_list(value):
    return value if isinstance(value, list) else [value]


def judged(stage, capture, two_pass):
    """The plugin's answer: list of (frame, code, method, verdict, evidence dict)."""
    args = ["-n", "-r", stage.capture(capture), "-Y", "sipdiag.code", "-T", "json",
            "--no-duplicate-keys", "-J", "frame sipdiag"]
    if two_pass:
        args.insert(0, "-2")
    found = []
    for packet in json.loads(stage.tshark(args) or "[]"):
        layers = packet["_source"]["layers"]
        frame = int(layers["frame"]["frame.number"])
        for item in as_list(layers.get("sipdiag", [])):
            if "sipdiag.code" not in item:
                continue  # a request's Reason or a transfer report
            evidence = {}
            for name, value in item.get("Evidence", {}).items():
                if name.startswith(EVIDENCE_PREFIX) and name[len(EVIDENCE_PREFIX):] in FRAME_EVIDENCE:
                    evidence[name[len(EVIDENCE_PREFIX):]] = int(value)
            found.append((frame, int(item["sipdiag.code"]), item.get("sipdiag.method"),
                          VERDICT_OF_EXPECTED[item.get("sipdiag.expected")], evidence))
    return found


STAGE = None


def setUpModule():
    global STAGE
    STAGE = Stage()
    STAGE.assert_plugin_loaded()


def tearDownModule():
    STAGE.remove()


class Corpus(unittest.TestCase):
    def test_corpus_is_large_enough(self):
        rows = read_corpus()
        self.assertGreaterEqual(len(rows), 12)
        self.assertGreaterEqual(sum(len(r) for r in rows.values()), 200)
        counts = {verdict: sum(row[3] == verdict for r in rows.values() for row in r)
                  for verdict in ("expected", "fault", "neutral")}
        self.assertTrue(all(counts.values()), counts)
        # The corpus's own count line says what the table holds.
        summary = "%d responses from %d captures: %d expected, %d fault, %d neutral." % (
            sum(counts.values()), len(rows), counts["expected"], counts["fault"],
            counts["neutral"])
        with open(CORPUS, encoding="utf-8") as corpus:
            self.assertIn(summary, corpus.read())

    def check(self, two_pass):
        rows = read_corpus()
        right, total, wrong = 0, 0, []
        for capture, labelled in sorted(rows.items()):
            self.assertIn(capture, STAGE.capture_names, "capture %s not found" % capture)
            found = judged(STAGE, capture, two_pass)
            # The corpus lists every response: the same responses, in order.
            self.assertEqual([(f, c) for f, c, *_ in found],
                             [(f, c) for f, c, *_ in labelled], capture)
            for (frame, code, method, verdict, evidence, why), got in zip(labelled, found):
                total += 1
                if (method, verdict, evidence) == got[2:]:
                    right += 1
                else:
                    wrong.append("%s frame %d %d %s: labelled %s %s, sipdiag says %s %s (%s)"
                                 % (capture, frame, code, method, verdict, evidence, got[3],
                                    got[4], why))
        print("\nverdicts right %d/%d (%s)" % (right, total, "two passes" if two_pass
                                                      else "one pass"))
        self.assertEqual(wrong, [], "\n" + "\n".join(wrong))

    def test_one_pass(self):
        self.check(two_pass=False)

    def test_two_pass(self):
        self.check(two_pass=True)


if __name__ == "__main__":
    unittest.main()
