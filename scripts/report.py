#!/usr/bin/env python3
"""Prints sipdiag's reading of a capture for a person: one block per SIP
response (what it is, whether its flow makes it normal or a fault, the
frames that says so, and how to fix it: the verdict's own fix first, then
the code's generic one), the call doctor's findings (a 2xx never ACKed, a
request nobody answers) and the transfer reports.

Reads `tshark -T json --no-duplicate-keys -J "frame sipdiag"` on stdin.
Usage: tshark ... | scripts/report.py CAPTURE-NAME
"""
import json
import sys
import textwrap

EVIDENCE = (("request", "request"), ("challenge", "challenge"), ("cancel", "CANCEL"),
            ("provisional", "ringing"), ("bye", "other BYE"), ("final", "earlier final"),
            ("earlier", "same answer earlier"))
VERDICTS = {"1": "expected here", "0": "FAULT"}


def as_list(value):
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def wrap(label, text):
    lines = textwrap.wrap(text, width=100, initial_indent="      %-10s " % label,
                          subsequent_indent=" " * 17, break_on_hyphens=False)
    print("\n".join(lines))


def evidence_text(item):
    found = item.get("Evidence", {})
    parts = []
    for field, name in EVIDENCE:
        frame = found.get("sipdiag.evidence." + field)
        if frame is not None:
            parts.append("%s #%s" % (name, frame))
    credentials = found.get("sipdiag.evidence.credentials")
    if credentials:
        realm = found.get("sipdiag.evidence.realm")
        parts.append("carried %s%s" % (credentials, ' (realm "%s")' % realm if realm else ""))
    return ", ".join(parts)


def findings(frame, item):
    """The call doctor's findings on this message (what no error response says)."""
    for key, value in item.items():
        if key.startswith("Call doctor: ") and isinstance(value, dict):
            print("#%-5s CALL DOCTOR: %s" % (frame, value.get("sipdiag.doctor", "")))
            wrap("what:", value.get("sipdiag.doctor.summary", key[len("Call doctor: "):]))
            frames = [("first sent", "first"), ("last sent", "last"), ("ended by", "partner"),
                      ("ACK sent elsewhere", "stray_ack")]
            seen = ", ".join("%s #%s" % (name, value["sipdiag.doctor." + field])
                             for name, field in frames if "sipdiag.doctor." + field in value)
            if seen:
                wrap("evidence:", seen)
            if value.get("sipdiag.doctor.fix"):
                wrap("fix:", value["sipdiag.doctor.fix"])


def response(frame, item):
    phrase = item.get("sipdiag.phrase", "(unregistered)")
    method = item.get("sipdiag.method")
    verdict = VERDICTS.get(item.get("sipdiag.expected"))
    if verdict is None and item.get("sipdiag.rule"):
        verdict = "no verdict: the capture cannot tell"
    print("#%-5s %s %s%s%s" % (frame, item["sipdiag.code"], phrase,
                               " to " + method if method else "",
                               "  [%s]" % verdict if verdict else ""))
    if item.get("sipdiag.summary"):
        wrap("what:", item["sipdiag.summary"])
    if item.get("sipdiag.context"):
        wrap("why:", item["sipdiag.context"])
    evidence = evidence_text(item)
    if evidence:
        wrap("evidence:", evidence)
    fixes = as_list(item.get("sipdiag.remediation"))
    for label, fix in zip(("fix:", "generally:"), fixes):
        wrap(label, fix)


def main():
    capture = sys.argv[1] if len(sys.argv) > 1 else "the capture"
    responses = 0
    for packet in json.load(sys.stdin):
        layers = packet["_source"]["layers"]
        frame = layers["frame"]["frame.number"]
        for item in as_list(layers.get("sipdiag")):
            if "sipdiag.code" in item:
                response(frame, item)
                responses += 1
            elif "sipdiag.transfer.report" in item:
                print("#%-5s NOTIFY reports the transferred call at %s"
                      % (frame, item["sipdiag.transfer.report"]))
                if item.get("sipdiag.transfer.state"):
                    wrap("state:", item["sipdiag.transfer.state"])
            findings(frame, item)
    print("\n%d SIP responses explained in %s" % (responses, capture))


if __name__ == "__main__":
    main()
