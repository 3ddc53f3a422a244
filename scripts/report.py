#!/usr/bin/env python3
"""Prints sipdiag's reading of a capture for a person, in the order an
engineer wants it:

1. a headline: the capture, its duration, SIP messages, calls by outcome,
   registrations per binding by outcome, faults by cause;
2. each failed or faulty call (or registration binding, or other dialog):
   its outcome (a call's linked B2BUA leg and forks in its title), the
   verdict and the rule's fix, the evidence frames, the call doctor's
   findings (a 2xx never ACKed, a request nobody answers, also those only
   the end of the capture makes certain), the registrations model's and
   the SDP checks' findings, and a text ladder of its messages with the
   failing ones marked and retransmissions folded;
3. with --all, every SIP response as tshark's packet view explains it
   (meaning, verdict, evidence, fix), the call doctor's findings on their
   frames and the transfer reports.

One tshark run: `tshark -q -z sipdiag,export` (plugin/export.c), which
gives every message with its verdict, every finding and every call's
outcome once the whole capture has been read; with --all the same run
also writes the packet view as JSON.  tshark is run as $SIPDIAG_TSHARK
(a command, split like a shell would) or `tshark`.  On long runs it says
on stderr how far tshark has read (when stderr is a terminal, or after
PROGRESS_AFTER seconds).

Usage: report.py [--all] [--calls N] CAPTURE
Standard library only.

SPDX-License-Identifier: GPL-2.0-or-later
"""
import argparse
import collections
import json
import os
import re
import shlex
import subprocess
import sys
import tempfile
import textwrap
import threading
import time

WIDTH = 100
PROGRESS_AFTER = 5.0     # seconds before a run that is not on a terminal reports progress
PROGRESS_EVERY = 0.5     # seconds between updates on a terminal
PROGRESS_LINE_EVERY = 10.0
HEADLINE_CODES = 6       # failure codes named in the calls line
HEADLINE_CAUSES = 12     # causes listed a line each under faults, unsure and notes
CALL_ID_MAX = 70         # longer Call-IDs are cut in section titles
LADDER_MAX = 40          # ladder lines shown per call before the middle is left out

EVIDENCE = (("request", "request"), ("challenge", "challenge"), ("cancel", "CANCEL"),
            ("provisional", "ringing"), ("bye", "other BYE"), ("final", "earlier final"),
            ("earlier", "same answer earlier"))
VERDICTS = {"1": "expected here", "0": "FAULT"}

# Outcomes of a call (src/doctor.h), in the order the headline lists them.
OUTCOMES = collections.OrderedDict([
    ("ended", "answered and ended"),
    ("established", "answered, still up at the end"),
    ("joined-ended", "joined mid-call, then ended"),
    ("joined", "joined mid-call"),
    ("failed", "failed"),
    ("cancelled", "cancelled"),
    ("unreachable", "unreachable (no response, Timer B)"),
    ("no-answer", "no answer (ringing, then nothing: Timer C)"),
    ("torn-down-no-ack", "torn down: 2xx never ACKed"),
    ("torn-down-refresh-failed", "torn down: session refresh failed"),
    ("torn-down-cause", "torn down with a Q.850 failure cause"),
    ("in-progress", "not finished when the capture ends"),
])
# Outcomes that are no failure: a call shown below only if something in it is a fault.
GOOD_OUTCOMES = {"ended", "established", "joined", "joined-ended", "cancelled"}
# Not a failure either, unless a finding says so: the capture ends while it rings.
UNFINISHED = "in-progress"

# The call doctor's kinds (src/doctor.h) in a few words; those that are
# faults, and those that only say a sender had to repeat itself.
FINDINGS = {
    "no-ack": "2xx to {method} never ACKed",
    "no-response": "{method} never answered, not even 100 Trying ({timer})",
    "no-final": "{method} ringing, then no final response ({timer})",
    "bye-unanswered": "BYE never answered ({timer})",
    "cancel-unanswered": "CANCEL never answered ({timer})",
    "retransmissions": "{method} retransmitted before its answer",
    "ok-retransmissions": "2xx to {method} retransmitted before its ACK",
}
NOTE_FINDINGS = {"retransmissions", "ok-retransmissions"}

# The media checks (src/media.h), as the headline counts them.
SDP_CHECKS = {
    "no-common-codec": "SDP offer and answer share no codec",
    "private-address": "private c= address in SDP across a public hop",
    "direction": "SDP directions leave no media flowing",
}

# Registration outcomes (src/registrations.h) that get a section.
BAD_REGISTRATIONS = {"failing", "unanswered", "expired"}
REG_FINDINGS = {
    "failing": "{method} refused again and again ({code})",
    "expired": "{method} expired without a refresh",
    "unanswered": "{method} never answered (Timer F)",
}


def plural(count, word, words=None):
    return "%s %s" % ("{:,}".format(count), word if count == 1 else (words or word + "s"))


NBSP = "\u00a0"  # joins a number to its unit ("0.50 s") so that no line breaks between them


def wrap(label, text, indent=4, label_width=9):
    """A labelled paragraph: "    fix:      text..." with a hanging indent."""
    text = re.sub(r"(\d) (s|ms|min)\b", "\\1" + NBSP + "\\2", text)
    head = " " * indent + "%-*s " % (label_width, label)
    return "\n".join(textwrap.wrap(text, width=WIDTH, initial_indent=head,
                                   subsequent_indent=" " * len(head),
                                   break_on_hyphens=False)).replace(NBSP, " ")


def headline_wrap(label, text):
    return wrap(label, text, indent=2, label_width=14)


# ---------------------------------------------------------------- tshark


def tshark_command():
    return shlex.split(os.environ.get("SIPDIAG_TSHARK", "tshark"))


def read_position(pid, capture):
    """How many bytes of the capture tshark has read (Linux /proc), or None."""
    target = os.path.realpath(capture)
    try:
        for fd in os.listdir("/proc/%d/fd" % pid):
            try:
                if os.readlink("/proc/%d/fd/%s" % (pid, fd)) != target:
                    continue
                with open("/proc/%d/fdinfo/%s" % (pid, fd)) as info:
                    for line in info:
                        if line.startswith("pos:"):
                            return int(line.split()[1])
            except OSError:
                continue
    except OSError:
        pass
    return None


class Progress:
    """"reading big.pcap (12.3 MB)… 40%" on stderr: redrawn in place on a
    terminal, a line every PROGRESS_LINE_EVERY seconds otherwise, and only
    once the run has lasted PROGRESS_AFTER seconds when not on a terminal."""

    def __init__(self, capture):
        self.name = os.path.basename(capture)
        self.capture = capture
        try:
            self.size = os.path.getsize(capture)
        except OSError:
            self.size = 0
        self.tty = sys.stderr.isatty()
        self.start = time.monotonic()
        self.last_line = 0.0
        self.shown = False

    def update(self, pid):
        elapsed = time.monotonic() - self.start
        quiet = elapsed < PROGRESS_AFTER or elapsed - self.last_line < PROGRESS_LINE_EVERY
        if not self.tty and quiet:
            return
        position = read_position(pid, self.capture)
        if position is None or self.size == 0:
            text = "reading %s… %.0f s" % (self.name, elapsed)
        else:
            text = "reading %s (%.1f MB)… %d%%" % (self.name, self.size / 1e6,
                                                   min(99, 100 * position // self.size))
        self.last_line = elapsed
        self.shown = True
        sys.stderr.write(("\r%s\x1b[K" if self.tty else "%s\n") % ("sipdiag: " + text))
        sys.stderr.flush()

    def done(self, messages):
        if not self.shown:
            return
        text = "sipdiag: read %s in %.1f s" % (plural(messages, "SIP message"),
                                              time.monotonic() - self.start)
        sys.stderr.write(("\r%s\x1b[K\n" if self.tty else "%s\n") % text)
        sys.stderr.flush()


class Output:
    """Reads tshark's stdout as it comes: with --all, each packet of the
    JSON view is explained and dropped at once (the whole JSON of 10^5
    messages would take over 1 GB in memory); the export is kept."""

    def __init__(self, stream, capture, everything):
        self.every = EveryResponse(capture) if everything else None
        self.export_lines = []
        self.error = None
        self.thread = threading.Thread(target=self.read, args=(stream,), daemon=True)
        self.thread.start()

    def read(self, stream):
        try:
            packet = None
            for raw in stream:
                line = raw.decode("utf-8", "replace")
                if self.export_lines or line.startswith("#sipdiag-export\t"):
                    self.export_lines.append(line)
                elif line.rstrip() == "  {":       # tshark -T json: a packet starts
                    packet = [line]
                elif packet is not None:
                    packet.append(line)
                    if line.rstrip() in ("  }", "  },"):
                        self.every.add(json.loads("".join(packet).rstrip().rstrip(",")))
                        packet = None
        except Exception as error:   # reported by the main thread
            self.error = error
            for _ in stream:          # keep tshark from blocking on a full pipe
                pass


def run_tshark(capture, everything):
    """(the --all part's text or None, the export), from one tshark run."""
    args = ["-n", "-r", capture]
    if everything:
        args += ["-Y", "sipdiag", "-T", "json", "--no-duplicate-keys", "-J", "frame sipdiag"]
    else:
        args += ["-q"]
    args += ["-z", "sipdiag,export"]
    with tempfile.TemporaryFile() as err:
        process = subprocess.Popen(tshark_command() + args, stdout=subprocess.PIPE, stderr=err)
        output = Output(process.stdout, capture, everything)
        progress = Progress(capture)
        while output.thread.is_alive():
            output.thread.join(PROGRESS_EVERY)
            if output.thread.is_alive():
                progress.update(process.pid)
        process.wait()
        err.seek(0)
        errors = err.read().decode("utf-8", "replace")
    if process.returncode != 0:
        if 'Invalid -z argument "sipdiag,export"' in errors:
            raise SystemExit("sipdiag: this tshark does not load the sipdiag plugin "
                             "(tshark -G plugins | grep sipdiag)")
        sys.stderr.write(errors)
        raise SystemExit("sipdiag: tshark failed (exit %d) on %s" % (process.returncode, capture))
    if output.error is not None:
        raise SystemExit("sipdiag: cannot read tshark's JSON: %s" % output.error)
    if not output.export_lines:
        sys.stderr.write(errors)
        raise SystemExit("sipdiag: tshark gave no sipdiag export: is the plugin loaded "
                         "(tshark -G plugins | grep sipdiag)?")
    export = Export("".join(output.export_lines))
    progress.done(export.sip_messages)
    return (output.every.finish() if everything else None), export


# ---------------------------------------------------------------- export


Message = collections.namedtuple("Message", "frame time src dst call_id method code cseq rule "
                                            "verdict evidence credentials realm binding")
Finding = collections.namedtuple("Finding", "frame when kind certain first last partner stray_ack "
                                            "count span elapsed method code peer sender timer "
                                            "call_id summary fix")
Call = collections.namedtuple("Call", "call_id outcome invite ringing answer final cancel bye "
                                      "crossed_bye decided pdd setup duration final_code "
                                      "final_from final_server caller callee callee_server "
                                      "ended_by ended_from reason q850 legs legs_at_least "
                                      "linked_call_id linked_invite linked_by linked_probably")
# A registration finding (src/registrations.h): on the frame that made it certain.
RegFinding = collections.namedtuple("RegFinding", "frame kind binding elapsed in_row request "
                                                  "failure granted summary fix")
# A media check's finding (src/media.h) on an SDP offer/answer.
SdpFinding = collections.namedtuple("SdpFinding", "frame check call_id offer answer code stream "
                                                  "media summary fix")
Binding = collections.namedtuple("Binding", "binding method aor event contact source outcome "
                                            "expires successes refreshes challenges failures "
                                            "in_row last_code first last_request granted "
                                            "last_failure decided failed_from failed_server")
INTS = {"frame", "code", "cseq", "certain", "first", "last", "partner", "stray_ack", "count",
        "invite", "ringing", "answer", "final", "cancel", "bye", "crossed_bye", "decided",
        "final_code", "q850", "binding", "legs", "legs_at_least", "linked_invite",
        "linked_probably", "in_row", "request", "failure", "granted", "offer", "stream",
        "successes", "refreshes", "challenges", "failures", "last_code", "last_request",
        "last_failure"}
FLOATS = {"time", "span", "elapsed", "pdd", "setup", "duration"}


def record(kind, cells):
    values = []
    for name, cell in zip(kind._fields, cells):
        if name in INTS:
            values.append(int(cell) if cell else 0)
        elif name in FLOATS:
            values.append(float(cell))
        else:
            values.append(cell)
    values += [""] * (len(kind._fields) - len(values))
    return kind(*values)


class Export:
    """The records of `tshark -q -z sipdiag,export` (plugin/export.c)."""

    def __init__(self, text):
        self.frames, self.duration, self.sip_messages = 0, 0.0, 0
        self.messages, self.findings, self.calls = [], [], collections.OrderedDict()
        self.rules, self.codes = {}, {}
        self.reg_findings, self.sdp, self.bindings = [], [], collections.OrderedDict()
        for line in text.splitlines():
            if not line or line.startswith("#"):
                continue
            cells = line.split("\t")
            kind, cells = cells[0], cells[1:]
            if kind == "m":
                message = record(Message, cells)
                # ("request", 5), ...: a tuple, so that a message can be a set's member
                evidence = tuple((name, int(frame)) for name, frame in
                                 (pair.split("=") for pair in message.evidence.split(",") if pair))
                self.messages.append(message._replace(evidence=evidence))
            elif kind == "f":
                self.findings.append(record(Finding, cells))
            elif kind == "c":
                call = record(Call, cells)
                self.calls[call.call_id] = call
            elif kind == "gf":
                self.reg_findings.append(record(RegFinding, cells))
            elif kind == "sdp":
                self.sdp.append(record(SdpFinding, cells))
            elif kind == "reg":
                binding = record(Binding, cells)
                self.bindings[binding.binding] = binding._replace(
                    expires=int(binding.expires) if binding.expires else -1)
            elif kind == "rule":
                self.rules[cells[0]] = dict(zip(("verdict", "severity", "context", "fix"),
                                                cells[1:]))
            elif kind == "code":
                self.codes[int(cells[0])] = dict(zip(("phrase", "summary", "fix"), cells[1:]))
            elif kind == "capture":
                self.frames, self.duration = int(cells[0]), float(cells[1])
                self.sip_messages = int(cells[2])

    def phrase(self, code):
        known = self.codes.get(code)
        return "%d %s" % (code, known["phrase"]) if known and known["phrase"] else str(code)


# ---------------------------------------------------------------- dialogs


class Dialog:
    """The messages of one Call-ID, with what sipdiag said of them."""

    def __init__(self, call_id):
        self.call_id = call_id
        self.messages = []
        self.findings = []
        self.call = None
        self.sdp = []           # the media checks' findings in this Call-ID

    @property
    def is_call(self):
        return self.call is not None and self.call.outcome != "not-a-call"

    @property
    def methods(self):
        return [m.method for m in self.messages if m.code == 0]

    def kind(self):
        if self.is_call:
            return "Call"
        methods = self.methods
        if "REGISTER" in methods:
            return "Registration"
        return methods[0] if methods else (self.messages[0].method if self.messages else "Dialog")

    def at(self, frame, code=None, method=None):
        """The messages of a frame, those with that code and method if given."""
        return [m for m in self.messages if m.frame == frame and code in (None, m.code)
                and method in (None, m.method)]

    def faults(self):
        return [m for m in self.messages if m.verdict == "fault"]

    def warnings(self):
        return [f for f in self.findings if f.kind not in NOTE_FINDINGS]

    def registration(self, export):
        """("registered" | "failed" | "challenged" | "unanswered", the last final response)."""
        finals = [m for m in self.messages if m.method == "REGISTER" and m.code >= 200]
        if not finals:
            return "unanswered", None
        last = finals[-1]
        if last.code < 300:
            return "registered", last
        if last.code in (401, 407) and last.verdict != "fault":
            return "challenged", last
        return "failed", last

    def needs_a_look(self):
        if self.faults() or self.warnings() or self.sdp:
            return True
        if self.is_call:
            return self.call.outcome not in GOOD_OUTCOMES and self.call.outcome != UNFINISHED
        return False

    def severity(self):
        """Sorts the sections: faults first, then failures the far end decided."""
        return 0 if self.faults() or self.warnings() or self.sdp else 1

    def cause(self, export):
        """What this dialog is shown for, as the headline counts it."""
        for message in self.faults():
            return fault_cause(message, export)
        for finding in self.warnings():
            return finding_words(finding)
        for finding in self.sdp:
            return SDP_CHECKS.get(finding.check, finding.check)
        return outcome_words(self.call, export) if self.is_call else self.kind()


class Registration(Dialog):
    """One registration binding (AOR and Contact) or subscription, as
    src/registrations.c follows it: its REGISTER or SUBSCRIBE messages, the
    NOTIFYs of its Call-IDs, their call doctor findings and its own."""

    def __init__(self, binding):
        Dialog.__init__(self, binding.aor)
        self.binding = binding
        self.reg_findings = []

    @property
    def is_call(self):
        return False

    def kind(self):
        return "Subscription" if self.binding.method == "SUBSCRIBE" else "Registration"

    def latest_findings(self):
        """The latest finding of each kind: "failing" comes again on every refusal."""
        latest = collections.OrderedDict()
        for finding in self.reg_findings:
            latest[finding.kind] = finding
        return list(latest.values())

    def counted_findings(self):
        """Those the headline counts: not an unanswered request the call
        doctor already counts as never answered."""
        told = any(f.kind == "no-response" for f in self.findings)
        return [f for f in self.latest_findings() if not (f.kind == "unanswered" and told)]

    def warnings(self):
        """The call doctor's, but for a request never answered: the
        registration's own finding says it, with the registrar's fix."""
        warnings = Dialog.warnings(self)
        if any(f.kind == "unanswered" for f in self.reg_findings):
            warnings = [f for f in warnings if f.kind != "no-response"]
        return warnings

    def last_final(self):
        finals = [m for m in self.messages
                  if m.binding == self.binding.binding and m.code >= 200]
        return finals[-1] if finals else None

    def needs_a_look(self):
        return bool(self.faults() or self.warnings() or self.reg_findings
                    or self.binding.outcome in BAD_REGISTRATIONS)

    def severity(self):
        return 0 if self.faults() or self.warnings() or self.reg_findings else 1

    def cause(self, export):
        for finding in self.counted_findings():
            return reg_finding_words(finding, self.binding, export)
        for finding in Dialog.warnings(self):
            return finding_words(finding)
        for message in self.faults():
            return fault_cause(message, export)
        for finding in self.warnings():
            return finding_words(finding)
        return "%s %s" % (self.binding.method, self.binding.outcome)


def fault_cause(message, export):
    rule = export.rules.get(message.rule, {})
    return "%s to %s: %s" % (export.phrase(message.code), message.method,
                             rule.get("context", message.rule))


def to_look_at(dialogs, export):
    """The dialogs to show, one of each cause before a second of any: faults
    first, the most frequent cause first, then in capture order."""
    by_cause = collections.OrderedDict()
    for dialog in dialogs.values():
        if dialog.needs_a_look():
            by_cause.setdefault((dialog.severity(), dialog.cause(export)), []).append(dialog)
    causes = sorted(by_cause.items(), key=lambda item: (item[0][0], -len(item[1])))
    ordered = []
    for rank in range(max((len(d) for _, d in causes), default=0)):
        ordered += [group[rank] for _, group in causes if rank < len(group)]
    return ordered


def dialogs_of(export):
    """The Call-IDs that are no registration's, then the registrations (by
    binding, keyed "#1", "#2"...), in order of their first message."""
    dialogs = collections.OrderedDict()
    for message in export.messages:
        dialogs.setdefault(message.call_id, Dialog(message.call_id)).messages.append(message)
    for finding in export.findings:
        dialogs.setdefault(finding.call_id, Dialog(finding.call_id)).findings.append(finding)
    for call_id, call in export.calls.items():
        dialogs.setdefault(call_id, Dialog(call_id)).call = call
    for finding in export.sdp:
        dialogs.setdefault(finding.call_id, Dialog(finding.call_id)).sdp.append(finding)
    registrations = collections.OrderedDict(
        (number, Registration(binding)) for number, binding in export.bindings.items())
    for finding in export.reg_findings:
        if finding.binding in registrations:
            registrations[finding.binding].reg_findings.append(finding)
    # A Call-ID that carries a binding's requests (and no call) is that
    # binding's: its unbound messages (NOTIFY) and call doctor findings too.
    for call_id, dialog in list(dialogs.items()):
        numbers = [m.binding for m in dialog.messages if m.binding in registrations]
        if not numbers or dialog.is_call:
            continue
        for message in dialog.messages:
            registrations[message.binding or numbers[0]].messages.append(message)
        registrations[numbers[0]].findings += dialog.findings
        del dialogs[call_id]
    for number, registration in registrations.items():
        registration.messages.sort(key=lambda m: m.frame)
        dialogs["#%d" % number] = registration
    for dialog in dialogs.values():
        dialog.findings.sort(key=lambda f: (f.first, f.frame))
    return dialogs


def finding_words(finding):
    return FINDINGS.get(finding.kind, finding.kind).format(method=finding.method,
                                                           timer=finding.timer)


def reg_finding_words(finding, binding, export):
    return REG_FINDINGS.get(finding.kind, finding.kind).format(
        method=binding.method, code=export.phrase(binding.last_code))


def registration_words(binding, export):
    """The outcome in words, with who refused it."""
    words = binding.outcome
    if binding.outcome == "failing" and binding.last_code:
        words += ": %s from %s" % (export.phrase(binding.last_code), binding.failed_from or "?")
        if binding.failed_server:
            words += " (%s)" % binding.failed_server
    elif binding.outcome in ("registered", "active") and binding.expires >= 0:
        words += " for %d s" % binding.expires
    return words


def call_label(call, with_header=True):
    """The Call-ID and, when the capture shows them, its legs: the other
    leg a B2BUA's header links it to (and the header, with_header), the
    forks of its INVITE."""
    label = call.call_id if len(call.call_id) <= CALL_ID_MAX else \
        call.call_id[:CALL_ID_MAX - 1] + "…"
    if call.linked_call_id:
        label += ", %sleg of the call %s" % ("probably " if call.linked_probably else "",
                                             call.linked_call_id)
        if with_header:
            label += " (%s)" % call.linked_by
    if call.legs >= 2:
        label += ", forked to %s%d legs" % ("at least " if call.legs_at_least else "", call.legs)
    return label


def outcome_words(call, export):
    """The outcome in words, with who failed it or ended it."""
    words = OUTCOMES.get(call.outcome, call.outcome)
    if call.outcome == "failed" and call.final_code:
        words += ": %s from %s" % (export.phrase(call.final_code), call.final_from or "?")
        if call.final_server:
            words += " (%s)" % call.final_server
    elif call.outcome in ("ended", "joined-ended", "torn-down-cause", "torn-down-no-ack") \
            and call.ended_by:
        words += ", BYE from the %s (%s)" % (call.ended_by, call.ended_from)
        if call.reason:
            words += ", Reason: %s" % call.reason
    return words


# ---------------------------------------------------------------- headline


def counted(counter, order=None):
    keys = order if order is not None else [k for k, _ in counter.most_common()]
    return ", ".join("%s %s" % ("{:,}".format(counter[k]), k) for k in keys if counter[k])


def headline(export, dialogs, capture):
    lines = ["sipdiag report: %s" % os.path.basename(capture),
             "  %s over %.1f s, %s" % (plural(export.frames, "frame"), export.duration,
                                        plural(export.sip_messages, "SIP message"))]
    calls = [d for d in dialogs.values() if d.is_call]
    outcomes = collections.Counter(d.call.outcome for d in calls)
    if calls:
        parts = []
        for key, words in OUTCOMES.items():
            if not outcomes[key]:
                continue
            part = "%s %s" % ("{:,}".format(outcomes[key]), words)
            if key == "failed":
                codes = collections.Counter(export.phrase(d.call.final_code)
                                            for d in calls if d.call.outcome == "failed")
                part += " (%s)" % counted_top(codes, HEADLINE_CODES, "x ", "other code")
            parts.append(part)
        lines.append(headline_wrap("calls:", "%s — %s" % ("{:,}".format(len(calls)),
                                                           "; ".join(parts))))
    for method, label in (("REGISTER", "registrations:"), ("SUBSCRIBE", "subscriptions:")):
        bindings = [d.binding for d in dialogs.values()
                    if isinstance(d, Registration) and d.binding.method == method]
        if not bindings:
            continue
        states = collections.Counter(
            "%s (%s)" % (b.outcome, export.phrase(b.last_code))
            if b.outcome == "failing" and b.last_code else b.outcome for b in bindings)
        aors = len(set(b.aor for b in bindings))
        lines.append(headline_wrap(label, "%s of %s — %s" % (
            plural(len(bindings), "binding") if method == "REGISTER"
            else plural(len(bindings), "subscription"),
            plural(aors, "AOR"), counted(states))))
    # Call-IDs with REGISTER that no binding took (the model follows 200,000)
    registrations = [d for d in dialogs.values() if not d.is_call and d.kind() == "Registration"
                     and not isinstance(d, Registration)]
    if registrations:
        states = collections.Counter()
        for dialog in registrations:
            state, last = dialog.registration(export)
            states[state if last is None or state == "registered"
                   else "%s (%s)" % (state, export.phrase(last.code))] += 1
        lines.append(headline_wrap("registrations:", "%s by Call-ID — %s" % (
            "{:,}".format(len(registrations)), counted(states))))
    others = collections.Counter(d.kind() for d in dialogs.values()
                                 if not d.is_call and not isinstance(d, Registration)
                                 and d.kind() != "Registration")
    if others:
        lines.append(headline_wrap("other:", counted(others)))
    faults = collections.Counter()
    for message in export.messages:
        if message.verdict == "fault":
            faults[fault_cause(message, export)] += 1
    unsure, notes = collections.Counter(), collections.Counter()
    for finding in export.findings:
        words = finding_words(finding)
        if finding.kind in NOTE_FINDINGS:
            notes[words] += 1
        elif finding.certain:
            faults[words] += 1
        else:
            unsure[words + ", but the capture ends before the timer"] += 1
    for dialog in dialogs.values():
        if isinstance(dialog, Registration):
            for finding in dialog.counted_findings():
                faults[reg_finding_words(finding, dialog.binding, export)] += 1
    for finding in export.sdp:
        faults[SDP_CHECKS.get(finding.check, finding.check)] += 1
    lines.append(fault_lines("faults:", faults) if faults
                 else headline_wrap("faults:", "none found"))
    if unsure:
        lines.append(fault_lines("unsure:", unsure))
    if notes:
        lines.append(fault_lines("notes:", notes))
    return "\n".join(lines)


def counted_top(counter, most, infix, other):
    """"571 x 486 Busy Here, 356 x 408 Request Timeout, 12 other codes": the most frequent."""
    shown = ["%s %s%s" % ("{:,}".format(n), infix, key) for key, n in counter.most_common(most)]
    rest = len(counter) - most
    if rest > 0:
        shown.append(plural(rest, other))
    return ", ".join(shown)


def fault_lines(label, counter):
    """One cause a line: "3 x 403 Forbidden to REGISTER: ...", the most frequent first."""
    out = []
    for i, (cause, count) in enumerate(counter.most_common(HEADLINE_CAUSES)):
        out.append(headline_wrap(label if i == 0 else "", "%s x %s" % ("{:,}".format(count),
                                                                        cause)))
    rest = counter.most_common()[HEADLINE_CAUSES:]
    if rest:
        out.append(headline_wrap("", "and %s seen %s in all" % (
            plural(len(rest), "other cause"), plural(sum(n for _, n in rest), "time"))))
    return "\n".join(out)


# ---------------------------------------------------------------- ladder


def ladder(dialog, export, marked):
    """One line per message, copies of the same message folded ("×11"), a
    "!" before those in marked."""
    rows, by_key = [], {}
    for message in dialog.messages:
        key = (message.src, message.dst, message.method, message.code, message.cseq)
        if key in by_key:
            row = by_key[key]
            row["count"] += 1
            row["last"] = message
            continue
        row = {"first": message, "last": message, "count": 1}
        by_key[key] = row
        rows.append(row)
    rank = {}
    for message in dialog.messages:
        for address in (message.src, message.dst):
            rank.setdefault(address, len(rank))
    labels = []
    for row in rows:
        m = row["first"]
        labels.append(export.phrase(m.code) if m.code else m.method)
    left_width = max(len(min((r["first"].src, r["first"].dst), key=rank.get)) for r in rows)
    right_width = max(len(max((r["first"].src, r["first"].dst), key=rank.get)) for r in rows)
    frame_width = max(len(str(r["first"].frame)) for r in rows) + 1
    time_width = max(len("%.3f" % r["first"].time) for r in rows)
    folds = ["  ×%d to #%d (%.1f s)" % (r["count"], r["last"].frame,
                                         r["last"].time - r["first"].time)
             if r["count"] > 1 else "" for r in rows]
    fixed = 4 + frame_width + 2 + time_width + 2 + left_width + 1 + 1 + right_width
    arrow_width = max(14, min(max(len(l) for l in labels) + 6,
                              WIDTH - fixed - max(len(f) for f in folds)))
    lines = []
    for row, label, fold in zip(rows, labels, folds):
        m = row["first"]
        if len(label) > arrow_width - 4:
            label = label[:arrow_width - 5] + "…"
        fill = "─" * (arrow_width - 4 - len(label))
        left, right = sorted((m.src, m.dst), key=rank.get)
        if left == m.src:
            arrow = "──%s%s─▶" % (label, fill)
        else:
            arrow = "◀─%s%s──" % (fill, label)
        mark = "!" if row["first"] in marked or row["last"] in marked else " "
        line = "  %s %-*s  %*.3f  %*s %s %-*s" % (mark, frame_width, "#%d" % m.frame, time_width,
                                                  m.time, left_width, left, arrow, right_width,
                                                  right)
        lines.append((line + fold).rstrip())
    return shorten(lines, [r["first"] in marked or r["last"] in marked for r in rows])


def shorten(lines, keep):
    """At most LADDER_MAX lines: the first and last ones and every marked one."""
    if len(lines) <= LADDER_MAX:
        return lines
    head, tail = LADDER_MAX * 2 // 3, LADDER_MAX // 4
    shown, skipped = [], 0
    for i, line in enumerate(lines):
        if i < head or i >= len(lines) - tail or keep[i]:
            if skipped:
                shown.append("    ⋮ %s left out" % plural(skipped, "line"))
                skipped = 0
            shown.append(line)
        else:
            skipped += 1
    return shown


# ---------------------------------------------------------------- sections


def evidence_words(message):
    frames = dict(message.evidence)
    parts = ["%s #%d" % (name, frames[field]) for field, name in EVIDENCE if field in frames]
    if message.credentials:
        parts.append("carried %s%s" % (message.credentials,
                                        ' (realm "%s")' % message.realm if message.realm else ""))
    return ", ".join(parts)


def response_lines(message, export, label):
    """A response's verdict: what it is, why, its evidence and the fix."""
    rule = export.rules.get(message.rule)
    code = export.codes.get(message.code, {})
    verdict = {"fault": "FAULT", "expected": "expected here"}.get(
        message.verdict, "no verdict: the capture cannot tell" if rule else "")
    lines = [wrap(label, "#%d %s to %s%s" % (message.frame, export.phrase(message.code),
                                              message.method,
                                              "  [%s]" % verdict if verdict else ""))]
    if rule:
        lines.append(wrap("why:", rule["context"]))
    elif code.get("summary"):
        lines.append(wrap("what:", code["summary"]))
    evidence = evidence_words(message)
    if evidence:
        lines.append(wrap("evidence:", evidence))
    fix = rule["fix"] if rule else code.get("fix")
    if fix:
        lines.append(wrap("fix:", fix))
    return lines


# Findings about a BYE (docs/call-doctor.md): shown on the BYE, their
# first/last the refresh or the 2xx it follows, their partner what answered
# the refresh or the BYE itself.
ON_THE_BYE = {"refresh-failed", "bye-at-session-expiry", "bye-at-64t1"}


def finding_lines(finding):
    at = finding.frame if finding.kind in ON_THE_BYE else finding.last or finding.frame
    lines = [wrap("doctor:", "#%d %s" % (at, finding.summary))]
    # no-final's partner is the first response the INVITE got; the others', what ended them
    partner = "first response" if finding.kind == "no-final" else "ended by"
    if finding.kind == "refresh-failed":
        partner = "refresh answered by"
    seen = [("first sent", finding.first), ("last sent", finding.last),
            (partner, finding.partner), ("ACK sent elsewhere", finding.stray_ack)]
    if finding.kind in ON_THE_BYE and finding.kind != "refresh-failed":
        seen = [("2xx", finding.first), ("BYE", finding.partner)]
    evidence = ", ".join("%s #%d" % (name, frame) for name, frame in seen if frame)
    if finding.certain and finding.when == "end":
        evidence += "; certain at the end of the capture"
    if evidence:
        lines.append(wrap("evidence:", evidence))
    if finding.fix:
        lines.append(wrap("fix:", finding.fix))
    return lines


def binding_words(registration):
    """"Contact ... from ...; 5 failures (5 in a row), 5 challenges, never granted"."""
    b = registration.binding
    words = "Contact %s from %s" % (b.contact or "(none)", b.source or "?")
    counts = []
    if b.failures:
        counts.append(plural(b.failures, "failure") + (" (%d in a row)" % b.in_row
                                                      if b.in_row > 1 else ""))
    if b.challenges:
        counts.append(plural(b.challenges, "challenge"))
    if b.granted:
        counts.append("last granted #%d%s" % (b.granted, " for %d s" % b.expires
                                               if b.expires >= 0 else ""))
        if b.refreshes:
            counts.append(plural(b.refreshes, "refresh", "refreshes"))
    else:
        counts.append("never granted")
    return words + "; " + ", ".join(counts)


def frames_block(label, frame, summary, seen, fix, after=""):
    """A finding of the registrations model or the media checks: the
    summary on its frame, the frames it rests on (seen: (name, frame)), the fix."""
    lines = [wrap(label, "#%d %s" % (frame, summary))]
    evidence = ", ".join("%s #%d" % (name, at) for name, at in seen if at) + after
    if evidence:
        lines.append(wrap("evidence:", evidence))
    if fix:
        lines.append(wrap("fix:", fix))
    return lines


def reg_finding_lines(finding):
    return frames_block("doctor:", finding.frame, finding.summary,
                        [("latest request", finding.request), ("refused by", finding.failure),
                         ("granted by", finding.granted)], finding.fix)


def sdp_lines(finding, export):
    """A media check's finding: what, the offer and answer (the 488 or
    606 that refused it), the fix."""
    return frames_block("media:", finding.frame, finding.summary,
                        [("offer", finding.offer), ("answer", finding.answer)], finding.fix,
                        " (%s)" % export.phrase(finding.code) if finding.code else "")


def section(dialog, export):
    first = dialog.messages[0] if dialog.messages else None
    if dialog.is_call:
        title = outcome_words(dialog.call, export)
    elif isinstance(dialog, Registration):
        title = registration_words(dialog.binding, export)
    elif dialog.kind() == "Registration":
        state, last = dialog.registration(export)
        title = state + (": %s from %s" % (export.phrase(last.code), last.src) if last else "")
    else:
        finals = [m for m in dialog.messages if m.code >= 300]
        warnings = dialog.warnings()
        title = (export.phrase(finals[-1].code) if finals
                 else finding_words(warnings[0]) if warnings else "no error response")
    if dialog.is_call:
        call_id = call_label(dialog.call)
    else:
        call_id = dialog.call_id if len(dialog.call_id) <= CALL_ID_MAX else \
            dialog.call_id[:CALL_ID_MAX - 1] + "…"
        if isinstance(dialog, Registration) and dialog.binding.event:
            call_id += " (%s)" % dialog.binding.event
    head = "── %s %s: %s " % (dialog.kind(), call_id, title)
    if len(head) <= WIDTH - 3:
        lines = ["", head + "─" * (WIDTH - len(head))]
    else:
        head = "── %s %s " % (dialog.kind(), call_id)
        linked_by = []
        if len(head) > WIDTH - 3 and dialog.is_call and dialog.call.linked_call_id:
            # the header that links the legs on a line of its own
            head = "── %s %s " % (dialog.kind(), call_label(dialog.call, False))
            linked_by = [wrap("link:", "by " + dialog.call.linked_by)]
        lines = ["", head + "─" * max(3, WIDTH - len(head))] + linked_by
        lines.append(wrap("outcome:", title))
    if dialog.is_call:
        call = dialog.call
        times = []
        if call.pdd >= 0:
            times.append("post-dial delay %.2f" % call.pdd + NBSP + "s")
        if call.setup >= 0:
            times.append("setup %.2f" % call.setup + NBSP + "s")
        if call.duration >= 0:
            times.append("duration %.2f" % call.duration + NBSP + "s")
        if call.invite:
            lines.append(wrap("call:", "INVITE #%d from %s%s%s" % (
                call.invite, call.caller or (first.src if first else "?"),
                " to %s" % call.callee if call.callee else "",
                "; " + ", ".join(times) if times else "")))
    if isinstance(dialog, Registration):
        lines.append(wrap("binding:", binding_words(dialog)))
    judged = dialog.faults()
    if isinstance(dialog, Registration):
        last = dialog.last_final()
        if dialog.binding.outcome == "failing" and last is not None and last not in judged:
            judged.append(last)
    elif dialog.is_call and dialog.call.outcome == "failed" and dialog.call.final:
        judged += [m for m in dialog.at(dialog.call.final, dialog.call.final_code)
                   if m not in judged][:1]
    elif not dialog.is_call and dialog.kind() == "Registration":
        state, last = dialog.registration(export)
        if state == "failed" and last not in judged:
            judged.append(last)
    marked = set(judged)
    if dialog.is_call and dialog.call.outcome not in GOOD_OUTCOMES and dialog.call.decided:
        at = dialog.at(dialog.call.decided)
        marked.update([m for m in at if m.method == "BYE" and m.code == 0 or m.code >= 300] or at)
    for finding in dialog.warnings():
        # the request, or the 2xx, that went unanswered
        code = finding.code if finding.kind in ("no-ack", "ok-retransmissions") else 0
        for frame in (finding.first, finding.last):
            marked.update(dialog.at(frame, code, finding.method))
    reg_findings = dialog.latest_findings() if isinstance(dialog, Registration) else []
    for finding in reg_findings:
        # what failed: the request nobody answered, else the refusal
        frame = finding.request if finding.kind == "unanswered" else finding.failure
        marked.update(m for m in dialog.at(frame) if m.binding)
    for finding in dialog.sdp:
        for frame in (finding.offer, finding.answer):
            marked.update(dialog.at(frame))
    judged.sort(key=lambda m: m.frame)
    # The same verdict again (a UA retrying with the same wrong password):
    # the latest one in full, the others by frame.
    same = collections.OrderedDict()
    for message in judged:
        same.setdefault((message.code, message.method, message.rule), []).append(message)
    for repeated in same.values():
        lines += response_lines(repeated[-1], export, "verdict:")
        if len(repeated) > 1:
            lines.append(wrap("also:", "the same on " + ", ".join(
                "#%d" % m.frame for m in repeated[:-1])))
    for finding in reg_findings:
        lines += reg_finding_lines(finding)
    for finding in dialog.warnings():
        lines += finding_lines(finding)
    for finding in dialog.sdp:
        lines += sdp_lines(finding, export)
    lines.append("    ladder:   (! marks the failing messages)")
    lines += ladder(dialog, export, marked)
    return "\n".join(lines)


# ---------------------------------------------------------------- --all


def as_list(value):
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def all_wrap(out, label, text):
    out.extend(textwrap.wrap(text, width=100, initial_indent="      %-10s " % label,
                             subsequent_indent=" " * 17, break_on_hyphens=False))


def all_evidence_text(item):
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


def all_findings(out, frame, item):
    """The call doctor's findings on this message (what no error response says)."""
    for key, value in item.items():
        if key.startswith("Call doctor: ") and isinstance(value, dict):
            out.append("#%-5s CALL DOCTOR: %s" % (frame, value.get("sipdiag.doctor", "")))
            all_wrap(out, "what:",
                     value.get("sipdiag.doctor.summary", key[len("Call doctor: "):]))
            frames = [("first sent", "first"), ("last sent", "last"), ("ended by", "partner"),
                      ("ACK sent elsewhere", "stray_ack")]
            seen = ", ".join("%s #%s" % (name, value["sipdiag.doctor." + field])
                             for name, field in frames if "sipdiag.doctor." + field in value)
            if seen:
                all_wrap(out, "evidence:", seen)
            if value.get("sipdiag.doctor.fix"):
                all_wrap(out, "fix:", value["sipdiag.doctor.fix"])


def all_response(out, frame, item):
    phrase = item.get("sipdiag.phrase", "(unregistered)")
    method = item.get("sipdiag.method")
    verdict = VERDICTS.get(item.get("sipdiag.expected"))
    if verdict is None and item.get("sipdiag.rule"):
        verdict = "no verdict: the capture cannot tell"
    out.append("#%-5s %s %s%s%s" % (frame, item["sipdiag.code"], phrase,
                                    " to " + method if method else "",
                                    "  [%s]" % verdict if verdict else ""))
    if item.get("sipdiag.summary"):
        all_wrap(out, "what:", item["sipdiag.summary"])
    if item.get("sipdiag.context"):
        all_wrap(out, "why:", item["sipdiag.context"])
    evidence = all_evidence_text(item)
    if evidence:
        all_wrap(out, "evidence:", evidence)
    fixes = as_list(item.get("sipdiag.remediation"))
    for label, fix in zip(("fix:", "generally:"), fixes):
        all_wrap(out, label, fix)


class EveryResponse:
    """Every SIP response as the packet view explains it (the --all part),
    packet by packet."""

    def __init__(self, capture):
        self.capture = os.path.basename(capture)
        self.out = []
        self.responses = 0

    def add(self, packet):
        out = self.out
        layers = packet["_source"]["layers"]
        frame = layers["frame"]["frame.number"]
        for item in as_list(layers.get("sipdiag")):
            if "sipdiag.code" in item:
                all_response(out, frame, item)
                self.responses += 1
            elif "sipdiag.transfer.report" in item:
                out.append("#%-5s NOTIFY reports the transferred call at %s"
                           % (frame, item["sipdiag.transfer.report"]))
                if item.get("sipdiag.transfer.state"):
                    all_wrap(out, "state:", item["sipdiag.transfer.state"])
            all_findings(out, frame, item)

    def finish(self):
        self.out += ["", "%d SIP responses explained in %s" % (self.responses, self.capture)]
        return "\n".join(self.out)


# ---------------------------------------------------------------- main


def main():
    parser = argparse.ArgumentParser(description="sipdiag's report on a capture")
    parser.add_argument("--all", action="store_true",
                        help="then every SIP response with its meaning, verdict and fix")
    parser.add_argument("--calls", type=int, default=10, metavar="N",
                        help="failed or faulty calls shown in full (default 10)")
    parser.add_argument("capture")
    options = parser.parse_args()
    every, export = run_tshark(options.capture, options.all)
    dialogs = dialogs_of(export)
    print(headline(export, dialogs, options.capture))
    shown = to_look_at(dialogs, export)
    for dialog in shown[:options.calls]:
        print(section(dialog, export))
    left = shown[options.calls:]
    if left:
        kinds = collections.Counter(d.kind() for d in left)
        named = {"Call": ("call", "calls"), "Registration": ("registration", "registrations")}
        more = ", ".join(plural(n, *named.get(kind, (kind + " dialog", kind + " dialogs")))
                         for kind, n in kinds.most_common())
        print("\n" + "\n".join(textwrap.wrap("Not shown: %s more (--calls %d shows them all)"
                                             % (more, len(shown)), WIDTH)))
    elif not shown:
        print("\nNo failed or faulty call, registration or transaction.")
    if every is not None:
        print("\n── Every response " + "─" * (WIDTH - 18) + "\n")
        print(every)


if __name__ == "__main__":
    try:
        main()
    except BrokenPipeError:   # | head: the reader has seen enough
        sys.stderr.close()
