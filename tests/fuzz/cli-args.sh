#!/bin/bash
# cli-args.sh [COUNT] - runs the `sipdiag` command on hostile argument
# vectors and checks its contract (README.md, "The sipdiag command"):
#   exit 0: stdout not empty, stderr empty;
#   exit 1: stdout empty, exactly one line on stderr;
#   never a signal, a sanitizer report or a leak.
#
# The command is $SIPDIAG_CLI, else build-tests/src/sipdiag of the
# checkout.  Build it with -DSIPDIAG_SANITIZE=address,undefined (as
# fuzz-captures.sh does into its build dir) so that ASan, UBSan and
# LeakSanitizer watch each run; an uninstrumented binary is still checked,
# for crashes and the output contract only.
#
# COUNT (default 400) random vectors are added to the fixed ones (every
# code 000-999 through `explain`, edge cases, option combinations); the
# random ones are reproducible: SEED=<n> (default 1).
set -u
here=$(cd "$(dirname "$0")" && pwd)
cli=${SIPDIAG_CLI:-$here/../../build-tests/src/sipdiag}
[ -x "$cli" ] || { echo "cli-args.sh: no sipdiag command at $cli (set SIPDIAG_CLI)" >&2; exit 2; }

exec python3 - "$cli" "${1:-400}" "${SEED:-1}" <<'PYEOF'
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile

cli, count, seed = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
instrumented = b"__asan_init" in open(cli, "rb").read()
env = dict(os.environ,
           # Distinct exit codes, so a sanitizer report is never mistaken
           # for the command's own exit 1.
           ASAN_OPTIONS="detect_leaks=1:exitcode=86:abort_on_error=0",
           UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1:exitcode=87",
           LSAN_OPTIONS="exitcode=88",
           LC_ALL="C.UTF-8")

CODES = ["000", "099", "100", "199", "200", "403", "409", "486", "499", "699", "700",
         "999", "4x4", "", "-1", "+12", " 486", "486 ", "0486", "48", "4860", "abc",
         "\u0664\u0668\u0666", "486\n", "4\t8", "1e2", "0x1", "%s%s%n", "\\", "'", "\""]
LANGS = ["en", "fr", "es", "de", "pt", "it", "FR", "Es", "xx", "", "english", "fr\n",
         "\xff", "en_US", "%n"]
COMMANDS = ["explain", "compare", "list", "rules", "EXPLAIN", "", "help", "explainx"]
OPTIONS = ["--json", "-j", "--lang", "-l", "--lang=fr", "--lang=", "-lfr", "--", "--help",
           "-h", "-?", "--help-all", "--help-sipdiag", "--unknown", "-x", "--json=1", "-",
           "--method", "-m", "--cause", "-c", "--overrides", "-o", "--cause=17", "--method=BYE"]


def fixed_vectors():
    v = [[], ["explain"], ["compare"], ["compare", "202"], ["list"], ["rules"],
         ["compare", "202", "403"], ["compare", "999", "000"], ["compare", "202", "403", "404"],
         ["list", "x"], ["rules", "x"], ["list", "--json"], ["rules", "--json"],
         ["--json"], ["--lang"], ["--lang", "xx"], ["--lang=fr", "explain", "403"],
         ["-l", "de", "compare", "202", "403", "--json"], ["--lang", "", "explain", "403"],
         ["explain", "403", "--lang"], ["--json", "--json", "list"], ["-j", "rules"],
         ["--", "explain", "403"], ["explain", "--", "403"], ["--help"], ["-h"],
         ["--help-all"], ["--unknown"], ["-x"], ["explain", "-403"], ["unknowncmd"],
         ["--lang", "fr", "--lang", "es", "explain", "486"], ["explain", "x" * 100000],
         ["compare", "4" * 100000, "403"], ["x" * 100000], ["--lang", "l" * 100000, "list"],
         ["explain", "403"] + ["--json"] * 1000, ["explain"] + ["403"] * 1000,
         # An argument with a line break, echoed in the error message.
         ["explain", "486\n"], ["compare", "202", "4\n03"], ["--lang", "fr\n", "list"],
         ["list\nx"], ["explain", "\r\n"]]
    for code in range(0, 1000, 1):
        if code % 7 == 0 or code in (99, 100, 199, 200, 409, 411, 499, 699, 700, 999):
            v.append(["explain", "%03d" % code])
    for code in ("000", "099", "700", "999", "4x4", "486"):
        for lang in ("en", "fr", "es", "de", "pt", "it"):
            v.append(["explain", code, "--lang", lang, "--json"])
            v.append(["compare", code, "202", "-l", lang])
    return v


def overrides_files():
    """Site overrides files, good and hostile, in a temporary folder."""
    d = tempfile.mkdtemp(prefix="sipdiag-cli-args-")
    files = {
        "good": b'"403","INVITE","","Our SBC: prepaid balance exhausted","","","Check billing"\n'
                b'"486","","17","Busy (site)","","",""\n',
        "empty": b"",
        "comments": b"# nothing but a comment\n\n",
        "bad-code": b'"4x3","","","x","","",""\n',
        "bad-method": b'"403","INVTE","","x","","",""\n',
        "bad-cause": b'"403","","300","x","","",""\n',
        "no-text": b'"403","","","","","",""\n',
        "six-fields": b'"403","","","x","",""\n',
        "unclosed": b'"403,"","","x","","",""\n',
        "multiline-summary": b'"403","","","a\\x0ab","","",""\n',
        "binary": bytes(range(256)) * 4,
        "long-text": b'"403","","","' + b"s" * 2001 + b'","","",""\n',
        "many-rows": b"".join(b'"%d","","","row %d","","",""\n' % (100 + i % 600, i)
                              for i in range(20000)),
        "name\nwith-newline": b'"403","","","x","","",""\n',
    }
    paths = {}
    for name, data in files.items():
        path = os.path.join(d, name)
        with open(path, "wb") as f:
            f.write(data)
        paths[name] = path
    paths["missing"] = os.path.join(d, "missing")
    paths["folder"] = d
    return d, paths


OVR_DIR, OVR = overrides_files()


def overrides_vectors():
    v = []
    for name, path in sorted(OVR.items()):
        v.append(["--overrides", path, "explain", "403"])
        v.append(["explain", "486", "-o", path, "--cause", "17", "--json"])
    good = OVR["good"]
    v += [["--overrides", good, "explain", "403", "--method", "INVITE"],
          ["--overrides", good, "explain", "403", "--method", "INVITE\n"],
          ["--overrides", good, "explain", "486", "--cause", "17"],
          ["--overrides", good, "explain", "486", "--cause", "-1"],
          ["--overrides", good, "explain", "486", "--cause", "99999999999"],
          ["--overrides", good, "explain", "486", "--cause", "x"],
          ["--overrides", good, "compare", "403", "486", "--json", "--method", "INVITE"],
          ["--overrides", good, "list"], ["--overrides", good, "rules", "--json"],
          ["--overrides", good, "--lang", "fr", "explain", "403", "-m", "INVITE"],
          ["--overrides"], ["explain", "403", "--overrides"], ["--overrides", "", "list"],
          ["--method", "INVITE", "explain", "403"], ["--cause", "17", "explain", "486"]]
    return v


def random_arg(rng):
    kind = rng.randrange(6)
    if kind == 0:
        n = rng.choice([1, 2, 3, 4, 16, 300, rng.randrange(1, 5000)])
        return bytes(rng.randrange(1, 256) for _ in range(n))  # no NUL in argv
    if kind == 1:
        return rng.choice(CODES)
    if kind == 2:
        return rng.choice(LANGS)
    if kind == 3:
        return rng.choice(COMMANDS)
    if kind == 4:
        if rng.random() < 0.2:
            return rng.choice(sorted(OVR.values()))
        return rng.choice(OPTIONS)
    return "%03d" % rng.randrange(1000)


def random_vectors(rng, n):
    out = []
    for _ in range(n):
        v = [random_arg(rng) for _ in range(rng.randrange(0, 6))]
        if v and rng.random() < 0.5:
            v[0] = rng.choice(COMMANDS)  # reach past the command check often
        out.append(v)
    return out


def encode(arg):
    return arg if isinstance(arg, bytes) else arg.encode("utf-8", "surrogateescape")


def check(argv):
    """None when the run keeps the contract, else why not."""
    try:
        r = subprocess.run([cli] + [encode(a) for a in argv], capture_output=True, env=env,
                           timeout=60)
    except subprocess.TimeoutExpired:
        return "hang (60 s)"
    err = r.stderr
    if r.returncode < 0:
        return "killed by signal %s" % signal.Signals(-r.returncode).name
    if b"Sanitizer" in err or b"runtime error:" in err:
        return "sanitizer report (exit %d): %s" % (r.returncode, err[:4000].decode(errors="replace"))
    if r.returncode == 0:
        if not r.stdout:
            return "exit 0 with empty stdout"
        if err:
            return "exit 0 with stderr: %r" % err[:300]
        return None
    if r.returncode == 1:
        if r.stdout:
            return "exit 1 with stdout: %r" % r.stdout[:300]
        if err.count(b"\n") != 1 or not err.endswith(b"\n"):
            echoed = any(b"\n" in encode(a) or b"\r" in encode(a) for a in argv)
            return "exit 1 with several lines on stderr (%s): %d lines: %r" % (
                "an argument with a line break, echoed" if echoed else "no line break in argv",
                err.count(b"\n"), err[:300])
        return None
    return "exit status %d: %r" % (r.returncode, err[:300])


rng = random.Random(seed)
vectors = fixed_vectors() + overrides_vectors() + random_vectors(rng, count)
failures = {}
status = {0: 0, 1: 0}
for argv in vectors:
    why = check(argv)
    if why is None:
        continue
    key = why.split(":")[0]
    failures.setdefault(key, []).append((argv, why))

print("sipdiag command: %s (%s)" % (cli, "ASan+UBSan+LSan" if instrumented
                                     else "NOT instrumented: crashes and contract only"))
print("argument vectors: %d (%d fixed, %d random, seed %d)"
      % (len(vectors), len(vectors) - count, count, seed))
n_fail = sum(len(v) for v in failures.values())
print("contract kept: %d, broken: %d" % (len(vectors) - n_fail, n_fail))
for key, items in sorted(failures.items()):
    print("\n%s: %d vectors, e.g." % (key, len(items)))
    for argv, why in items[:3]:
        shown = [a[:60] if isinstance(a, (bytes, str)) else a for a in argv[:6]]
        print("  argv=%r\n    %s" % (shown, why[:600]))
shutil.rmtree(OVR_DIR, ignore_errors=True)
sys.exit(1 if failures else 0)
PYEOF
