#!/usr/bin/env python3
"""bench.py - the benchmark behind bench/run.sh (see bench/README.md).

Measures what the sipdiag plugin costs tshark, always as a ratio
plugin/stock of two runs of the same tshark, side by side, that differ only
in WIRESHARK_PLUGIN_DIR (the staged plugin, or an empty <dir>/<series>/epan).

  A. instructions (valgrind --tool=callgrind), per mode, on a capture of N
     messages and on its first frame alone, so that start-up cancels out:
     ratio = (plugin_N - plugin_1) / (stock_N - stock_1)          [headline]
  B. wall time, CPU time (user+sys) and peak RSS (/usr/bin/time), stock and
     plugin runs alternated, medians, on the 10^6-message capture
  C. modes: bare -r, a display filter, -T fields, -V, -z expert
  D. scaling: bare and -z expert at 1 frame, 10^4, 10^5, 10^6 messages (and
     about 1 GB unless --no-big)
  E. the Wireshark GUI's time to load the 10^6-message capture (Xvfb; the
     load is over when Wireshark's CPU time has stayed still for a while;
     nothing forces a protocol tree on either side)
  plus a callgrind profile of the plugin side in every mode on SIP: the top
  plugin functions and dissect_sipdiag's inclusive cost against the total,
  and stock tshark with a display filter naming the plugin's wanted fields
  (the tree those fields force, with no plugin code at all).

tshark ignores WIRESHARK_PLUGIN_DIR when run as root, so as root every
tshark runs as nobody (setpriv) out of a world-readable mktemp -d folder
holding a copy of the plugin, the captures and a HOME.  The folder is
removed at the end, also on errors and on SIGINT/SIGTERM.

SPDX-License-Identifier: GPL-2.0-or-later
"""
import argparse
import collections
import datetime
import hashlib
import json
import os
import platform
import re
import shlex
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
GEN = os.path.join(HERE, "gen-sip-pcap.py")
GEN_OTHER = os.path.join(HERE, "gen-other-pcap.py")
NOBODY = 65534
# Another valgrind than the one on PATH (an absolute path: tshark runs with
# PATH=/usr/bin:/bin), e.g. the host's bound into a Debian test root that has
# none (bench/README.md, "Other Wireshark series").
VALGRIND = os.environ.get("SIPDIAG_VALGRIND", "valgrind")
CALLGRIND_ANNOTATE = os.environ.get("SIPDIAG_CALLGRIND_ANNOTATE", "callgrind_annotate")

# (name, stock arguments, plugin arguments, whether stock tshark builds a
# protocol tree in this mode).  tshark 4.0 builds one for a display filter,
# for -T fields and -V (print_details), not for a bare -r nor for -z expert
# (the expert tap asks for no tree and expert items are tapped without one).
MODES = [
    ("bare", [], [], False),
    ("filter", ["-Y", "sip.Status-Code"], ["-Y", "sipdiag"], True),
    ("fields", ["-T", "fields", "-e", "sip.Status-Code"],
     ["-T", "fields", "-e", "sipdiag.code", "-e", "sipdiag.description"], True),
    ("verbose", ["-V"], ["-V"], True),
    ("expert", ["-q", "-z", "expert"], ["-q", "-z", "expert"], False),
    # Statistics: stock's SIP statistics against sipdiag's tree.
    ("stats", ["-q", "-z", "sip,stat"], ["-q", "-z", "sipdiag,tree"], False),
    # The same tshark on a capture without SIP (gen-other-pcap.py: DNS and
    # HTTP), where sipdiag has nothing to say and should cost nothing.
    ("bare-nosip", [], [], False),
    ("filter-nosip", ["-Y", "sip.Status-Code"], ["-Y", "sipdiag"], True),
]

# Modes run on the capture without SIP.
NOSIP_SUFFIX = "-nosip"

# The targets of issue #13, instructions plugin/stock with start-up taken out.
TARGETS = {"bare": 1.03, "bare-nosip": 1.02, "filter": 1.05, "filter-nosip": 1.02,
           "fields": 1.08, "verbose": 1.08, "expert": 1.10, "stats": 1.10}


def instruction_target(name, tree):
    return TARGETS[name]


SCALING_MODES = ("bare", "expert")
TARGET_RSS = 1.05

CONFIGS = {
    "full": dict(cg_messages=20000, wall_messages=1000000, runs=5, gui_runs=3,
                 scale=[10000, 100000], big_bytes=1e9, big_runs=1, time_limit=3600),
    "quick": dict(cg_messages=2000, wall_messages=50000, runs=3, gui_runs=2,
                  scale=[1000, 10000], big_bytes=None, big_runs=0, time_limit=900),
}


class Abort(Exception):
    pass


def log(*a):
    print(*a, flush=True)


def note(*a):
    print("  ..", *a, file=sys.stderr, flush=True)


# ---------------------------------------------------------------------------
# Processes: every child in its own process group, killed on the way out


class Procs:
    def __init__(self):
        self.lock = threading.Lock()
        self.live = set()
        self.deadline = None
        self.aborting = False

    def remaining(self):
        return None if self.deadline is None else self.deadline - time.monotonic()

    def run(self, argv, timeout=1800, stdout=subprocess.DEVNULL, check=True, what=None):
        """Runs argv; returns (returncode, stdout text or None, stderr text)."""
        left = self.remaining()
        if left is not None:
            if left <= 0:
                raise Abort("time limit reached (--time-limit)")
            timeout = min(timeout, left)
        with self.lock:
            if self.aborting:
                raise Abort("aborting")
            p = subprocess.Popen(argv, stdout=stdout, stderr=subprocess.PIPE,
                                 start_new_session=True)
            self.live.add(p)
        try:
            out, err = p.communicate(timeout=timeout)
        except subprocess.TimeoutExpired:
            self.kill(p)
            p.communicate()
            raise Abort("timed out after %.0f s: %s" % (timeout, shlex.join(argv)))
        finally:
            with self.lock:
                self.live.discard(p)
        out = out.decode("utf-8", "replace") if isinstance(out, bytes) else out
        err = err.decode("utf-8", "replace")
        if check and p.returncode != 0:
            raise Abort("%s failed (exit %d):\n  %s\n%s" % (what or "command", p.returncode,
                                                         shlex.join(argv), err[-3000:]))
        return p.returncode, out, err

    @staticmethod
    def kill(p):
        try:
            os.killpg(p.pid, signal.SIGKILL)
        except (ProcessLookupError, PermissionError):
            pass

    def kill_all(self):
        with self.lock:
            self.aborting = True
            for p in list(self.live):
                self.kill(p)


PROCS = Procs()


# ---------------------------------------------------------------------------
# The staging folder


class Stage:
    def __init__(self, plugin_root):
        self.root = tempfile.mkdtemp(prefix="sipdiag-bench-", dir=os.environ.get("SIPDIAG_BENCH_TMP"))
        os.chmod(self.root, 0o755)
        series = sorted(d for d in os.listdir(plugin_root)
                        if os.path.isfile(os.path.join(plugin_root, d, "epan", "sipdiag.so")))
        if not series:
            raise Abort("no %s/<major.minor>/epan/sipdiag.so: build the plugin first "
                        "(scripts/test.sh builds build-tests/) or set SIPDIAG_PLUGIN_ROOT" % plugin_root)
        self.series = series[-1]
        self.so_source = os.path.join(plugin_root, self.series, "epan", "sipdiag.so")
        self.plugin_dir = os.path.join(self.root, "plugins")
        self.stock_dir = os.path.join(self.root, "no-plugins")
        os.makedirs(os.path.join(self.plugin_dir, self.series, "epan"))
        os.makedirs(os.path.join(self.stock_dir, self.series, "epan"))
        self.so = os.path.join(self.plugin_dir, self.series, "epan", "sipdiag.so")
        shutil.copy2(self.so_source, self.so)
        self.home = os.path.join(self.root, "home")
        self.inputs = os.path.join(self.root, "inputs")
        self.out = os.path.join(self.root, "out")
        for d in (self.home, self.inputs, self.out):
            os.makedirs(d)
        for folder, dirs, files in os.walk(self.root):
            for n in dirs:
                os.chmod(os.path.join(folder, n), 0o755)
            for n in files:
                os.chmod(os.path.join(folder, n), 0o644)
        os.chmod(self.home, 0o777)
        os.chmod(self.out, 0o777)
        self.as_nobody = os.geteuid() == 0

    def remove(self):
        shutil.rmtree(self.root, ignore_errors=True)

    def prefix(self, plugin):
        pre = ["setpriv", "--reuid=%d" % NOBODY, "--regid=%d" % NOBODY, "--clear-groups"] if self.as_nobody else []
        return pre + ["env", "-i", "HOME=" + self.home,
                      "WIRESHARK_PLUGIN_DIR=" + (self.plugin_dir if plugin else self.stock_dir),
                      "PATH=/usr/bin:/bin"]

    def tshark(self, plugin, args, wrapper=()):
        return self.prefix(plugin) + list(wrapper) + ["tshark"] + list(args)

    def path(self, name):
        return os.path.join(self.inputs, name)


def sha256(path):
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


# ---------------------------------------------------------------------------
# Steps


def machine_info(stage):
    cpu = "?"
    with open("/proc/cpuinfo") as f:
        for line in f:
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    mem = "?"
    with open("/proc/meminfo") as f:
        for line in f:
            if line.startswith("MemTotal"):
                mem = "%.1f GiB" % (int(line.split()[1]) / 1048576)
    _, tv, _ = PROCS.run(["tshark", "--version"], stdout=subprocess.PIPE)
    _, vv, _ = PROCS.run([VALGRIND, "--version"], stdout=subprocess.PIPE)
    try:
        _, head, _ = PROCS.run(["git", "-C", REPO, "rev-parse", "--short", "HEAD"], stdout=subprocess.PIPE)
        _, dirty, _ = PROCS.run(["git", "-C", REPO, "status", "--porcelain", "--untracked-files=no"],
                                stdout=subprocess.PIPE)
        commit = head.strip() + (" (working tree modified)" if dirty.strip() else "")
    except (Abort, OSError):  # no git (a test root), or not a checkout
        commit = "?"
    info = collections.OrderedDict([
        ("date", datetime.datetime.now().astimezone().strftime("%Y-%m-%d %H:%M %Z")),
        ("host", platform.node()),
        ("nproc", os.cpu_count()),
        ("cpu", cpu),
        ("memory", mem),
        ("kernel", platform.release()),
        ("os", _os_release()),
        ("tshark", tv.splitlines()[0].strip()),
        ("valgrind", vv.strip()),
        ("python", platform.python_version()),
        ("repository", commit),
        ("plugin", "%s (sha256 %s…, built %s)" % (
            stage.so_source, sha256(stage.so)[:16],
            datetime.datetime.fromtimestamp(os.path.getmtime(stage.so_source)).strftime("%Y-%m-%d %H:%M"))),
        ("runs as", "nobody (setpriv)" if stage.as_nobody else "uid %d" % os.geteuid()),
    ])
    return info


def _loadavg():
    with open("/proc/loadavg") as f:
        return " ".join(f.read().split()[:3])


def _os_release():
    try:
        with open("/etc/os-release") as f:
            for line in f:
                if line.startswith("PRETTY_NAME="):
                    return line.split("=", 1)[1].strip().strip('"')
    except OSError:
        pass
    return "?"


def verify_plugin(stage):
    """The plugin side must load the staged sipdiag.so; the stock side must
    not load any sipdiag."""
    _, out, err = PROCS.run(stage.tshark(True, ["-G", "plugins"]), stdout=subprocess.PIPE, what="tshark -G plugins")
    lines = [l for l in out.splitlines() if "sipdiag" in l]
    if not any(stage.so in l for l in lines):
        raise Abort("PLUGIN NOT LOADED: `tshark -G plugins` with WIRESHARK_PLUGIN_DIR=%s does not list %s.\n"
                    "stdout lines with sipdiag: %r\nstderr: %s" % (stage.plugin_dir, stage.so, lines, err[-2000:]))
    _, out2, _ = PROCS.run(stage.tshark(False, ["-G", "plugins"]), stdout=subprocess.PIPE, what="tshark -G plugins")
    if "sipdiag" in out2:
        raise Abort("the stock side loads a sipdiag plugin from elsewhere (system or personal plugin folder):\n"
                    + "\n".join(l for l in out2.splitlines() if "sipdiag" in l))
    _, fields, _ = PROCS.run(stage.tshark(True, ["-G", "fields"]), stdout=subprocess.PIPE)
    for f in ("sipdiag.code", "sipdiag.description"):
        if "\t%s\t" % f not in fields:
            raise Abort("the loaded plugin does not register %s" % f)
    return lines[0].split("\t")[1].strip() if "\t" in lines[0] else "?"


def generate(stage, name, seed, messages=None, nbytes=None):
    out = stage.path(name + ".pcap")
    stats = stage.path(name + ".json")
    argv = [sys.executable, GEN, "--seed", str(seed), "--out", out, "--stats", stats]
    argv += ["--bytes", str(int(nbytes))] if nbytes else ["--messages", str(messages)]
    t0 = time.monotonic()
    PROCS.run(argv, what="gen-sip-pcap.py")
    took = time.monotonic() - t0
    os.chmod(out, 0o644)
    with open(stats) as f:
        st = json.load(f)
    st["generation_seconds"] = round(took, 2)
    return out, st


def generate_other(stage, name, seed, frames):
    """A capture without SIP of about as many frames (gen-other-pcap.py)."""
    out = stage.path(name + ".pcap")
    PROCS.run([sys.executable, GEN_OTHER, "--seed", str(seed), "--frames", str(frames), "--out", out],
              what="gen-other-pcap.py")
    os.chmod(out, 0o644)
    return out


def capture_for(name, sip, other):
    """The capture a mode runs on: the one without SIP for the -nosip modes."""
    return other if name.endswith(NOSIP_SUFFIX) else sip


def first_frame(stage, src, name):
    out = stage.path(name + ".pcap")
    PROCS.run(["editcap", "-r", src, out, "1"], what="editcap")
    os.chmod(out, 0o644)
    return out


def tshark_text(stage, plugin, args):
    _, out, err = PROCS.run(stage.tshark(plugin, args), stdout=subprocess.PIPE,
                            what="tshark (%s)" % ("plugin" if plugin else "stock"))
    return out, err


def validate(stage, sample, sample_stats, cg, cg_stats):
    """Generator and plugin checks; returns a list of findings (strings)."""
    findings = []
    problems = []
    for plugin in (False, True):
        side = "plugin" if plugin else "stock"
        out, err = tshark_text(stage, plugin, ["-r", sample, "-Y", "_ws.malformed"])
        n = len(out.splitlines())
        findings.append("%s: `-Y _ws.malformed` on the %d-message sample: %d frames" % (side, sample_stats["messages"], n))
        if n:
            (problems if not plugin else findings).append(
                "%s side: %d malformed frames in %s, e.g.:\n%s" % (side, n, os.path.basename(sample), "\n".join(out.splitlines()[:5])))
        if err.strip():
            findings.append("%s side stderr: %s" % (side, err.strip()[:500]))
    # Status codes and methods per the generator, against stock tshark.
    out, _ = tshark_text(stage, False, ["-r", cg, "-T", "fields", "-E", "occurrence=a",
                                        "-e", "sip.Status-Code", "-e", "sip.Method"])
    codes, methods = collections.Counter(), collections.Counter()
    status_frames = 0
    for line in out.splitlines():
        a, _, b = line.partition("\t")
        if a:
            status_frames += 1
        codes.update(x for x in a.split(",") if x)
        methods.update(x for x in b.split(",") if x)
    want_codes = collections.Counter(cg_stats["status_codes"])
    want_methods = collections.Counter(cg_stats["methods"])
    if codes != want_codes or methods != want_methods or status_frames != cg_stats["frames_with_status_code"]:
        diff = {k: (codes.get(k, 0), want_codes.get(k, 0)) for k in set(codes) | set(want_codes)
                if codes.get(k, 0) != want_codes.get(k, 0)}
        problems.append("status-code counts differ from the generator's (tshark, generator): %r; frames %d vs %d"
                        % (diff, status_frames, cg_stats["frames_with_status_code"]))
    else:
        findings.append("stock: sip.Status-Code counts (%d responses, %d codes, %d frames) and sip.Method counts "
                        "equal the generator's on the %d-message capture"
                        % (sum(codes.values()), len(codes), status_frames, cg_stats["messages"]))
    out, _ = tshark_text(stage, False, ["-r", cg, "-Y", "sip.Status-Code"])
    if len(out.splitlines()) != cg_stats["frames_with_status_code"]:
        problems.append("`-Y sip.Status-Code` shows %d frames, generator wrote %d"
                        % (len(out.splitlines()), cg_stats["frames_with_status_code"]))
    # The plugin must explain every response: sipdiag.code == sip.Status-Code, frame by frame.
    out, err = tshark_text(stage, True, ["-r", cg, "-T", "fields", "-E", "occurrence=a",
                                         "-e", "frame.number", "-e", "sip.Status-Code", "-e", "sipdiag.code"])
    bad = []
    for line in out.splitlines():
        num, a, b = (line.split("\t") + ["", ""])[:3]
        if sorted(x for x in a.split(",") if x) != sorted(x for x in b.split(",") if x):
            bad.append("frame %s: sip.Status-Code=[%s] sipdiag.code=[%s]" % (num, a, b))
    if bad:
        findings.append("PLUGIN MISMATCH: %d frames where sipdiag.code differs from sip.Status-Code on %s; first: %s"
                        % (len(bad), os.path.basename(cg), "; ".join(bad[:5])))
    else:
        findings.append("plugin: sipdiag.code equals sip.Status-Code in every frame of the %d-message capture"
                        % cg_stats["messages"])
    if err.strip():
        findings.append("plugin side stderr: %s" % err.strip()[:500])
    if problems:
        raise Abort("generated input failed its checks:\n" + "\n".join(problems))
    return findings


FALLBACK_WANTED = ["sip"]


def wanted_fields(stage):
    """The fields sipdiag primes with set_postdissector_wanted_hfids: those
    plugin/messages.c resolves by name (the source as it stands), keeping
    those this tshark knows."""
    names = FALLBACK_WANTED
    src = os.path.join(REPO, "plugin", "messages.c")
    try:
        with open(src) as f:
            text = f.read()
        found = re.findall(r'proto_registrar_get_id_byname\("([A-Za-z0-9_.-]+)"\)', text)
        if found:
            names = found
        elif "fetch_tapped_data" in text:
            return []  # messages from the sip_follow tap: no field primed, no tree forced
    except OSError:
        pass
    _, fields, _ = PROCS.run(stage.tshark(False, ["-G", "fields"]), stdout=subprocess.PIPE)
    known = set()
    for line in fields.splitlines():
        cols = line.split("\t")
        if len(cols) > 2 and cols[0] in ("F", "P"):
            known.add(cols[2])
    return [n for n in names if n in known]


def callgrind_total(path):
    with open(path) as f:
        text = f.read()
    m = re.search(r"^totals:\s*(\d+)", text, re.M) or re.search(r"^summary:\s*(\d+)", text, re.M)
    if not m:
        raise Abort("no totals/summary line in %s" % path)
    return int(m.group(1))


def phase_callgrind(stage, cg, one, other, other_one, jobs, keep_for_profile, primed_filter):
    """Every mode x side x {N, 1 frame} under callgrind, `jobs` at a time
    (instruction counts do not depend on what else runs).  Plus stock tshark
    with a display filter naming the plugin's wanted fields: the tree those
    fields force, without any plugin code."""
    tasks = []
    if primed_filter:
        tasks.append(("primed", "N", False, ["-r", cg, "-Y", primed_filter]))
    for name, stock_args, plugin_args, _tree in MODES:
        for size, capture in (("N", capture_for(name, cg, other)), ("1", capture_for(name, one, other_one))):
            for plugin in (False, True):
                args = ["-r", capture] + (plugin_args if plugin else stock_args)
                tasks.append((name, size, plugin, args))
    tasks.sort(key=lambda t: (t[1] != "N", t[0] not in ("verbose", "fields")))
    results = {}

    def one_task(t):
        name, size, plugin, args = t
        out = os.path.join(stage.out, "cg.%s.%s.%s" % (name, size, "plugin" if plugin else "stock"))
        argv = stage.tshark(plugin, args, [VALGRIND, "--tool=callgrind", "--callgrind-out-file=" + out])
        t0 = time.monotonic()
        PROCS.run(argv, what="callgrind %s %s %s" % (name, size, "plugin" if plugin else "stock"))
        total = callgrind_total(out)
        if not (size == "N" and name in keep_for_profile):
            os.unlink(out)
        note("callgrind %-8s %s %-6s %15s Ir  %.0f s" % (name, size, "plugin" if plugin else "stock",
                                                        "{:,}".format(total), time.monotonic() - t0))
        return t, total, out

    ex = ThreadPoolExecutor(max_workers=jobs)
    try:
        for (name, size, plugin, _args), total, out in ex.map(one_task, tasks):
            results[(name, size, plugin)] = (total, out)
    except BaseException:
        PROCS.aborting = True
        ex.shutdown(wait=False, cancel_futures=True)
        PROCS.kill_all()
        raise
    ex.shutdown()
    return results


TIME_FMT = "%e %U %S %M"
LOADS = []  # 1-minute load average before each timed run


def timed(stage, plugin, args, tag):
    out = os.path.join(stage.out, "time.%s" % tag)
    argv = stage.tshark(plugin, args, ["/usr/bin/time", "-f", TIME_FMT, "-o", out])
    PROCS.run(argv, what="timed tshark (%s)" % tag)
    with open(out) as f:
        last = f.read().strip().splitlines()[-1].split()
    os.unlink(out)
    wall, user, sys_, rss = float(last[0]), float(last[1]), float(last[2]), int(last[3])
    return {"wall": wall, "cpu": user + sys_, "rss_kb": rss}


def ab_runs(stage, capture, stock_args, plugin_args, runs, label):
    """stock, plugin, stock, plugin, ...; returns medians and all samples."""
    samples = {False: [], True: []}
    for i in range(runs):
        for plugin in (False, True):
            LOADS.append(float(_loadavg().split()[0]))
            r = timed(stage, plugin, ["-r", capture] + (plugin_args if plugin else stock_args),
                      "%s.%d.%s" % (label, i, int(plugin)))
            samples[plugin].append(r)
            note("%-28s run %d %-6s wall %6.2f s  cpu %6.2f s  rss %7.1f MB"
                 % (label, i + 1, "plugin" if plugin else "stock", r["wall"], r["cpu"], r["rss_kb"] / 1024))
    med = {}
    for plugin in (False, True):
        s = samples[plugin]
        med[plugin] = {k: statistics.median(x[k] for x in s) for k in ("wall", "cpu", "rss_kb")}
        med[plugin]["wall_min"] = min(x["wall"] for x in s)
        med[plugin]["wall_max"] = max(x["wall"] for x in s)
    return med, samples


def warm(path):
    with open(path, "rb") as f:
        while f.read(1 << 24):
            pass


# ---------------------------------------------------------------------------
# E. Wireshark GUI: time to load a capture (first pass), under Xvfb

# The GUI's load is timed from outside: no Lua tap or Listener, which would
# make Wireshark build a protocol tree for every frame on both sides (that made
# earlier GUI figures meaningless).  The load is over when Wireshark's CPU time
# stops growing; that CPU time and its peak RSS are read from /proc.
GUI_IDLE_SECONDS = 3.0
GUI_POLL_SECONDS = 0.2
CLOCK_TICKS = os.sysconf("SC_CLK_TCK")


def _wireshark_in_session(sid):
    for pid in os.listdir("/proc"):
        if not pid.isdigit():
            continue
        try:
            with open("/proc/%s/stat" % pid) as f:
                stat = f.read()
        except OSError:
            continue
        comm = stat[stat.index("(") + 1:stat.rindex(")")]
        fields = stat[stat.rindex(")") + 2:].split()
        if comm == "wireshark" and int(fields[3]) == sid:
            return int(pid)
    return None


def _cpu_and_peak(pid):
    with open("/proc/%d/stat" % pid) as f:
        fields = f.read().rsplit(")", 1)[1].split()
    cpu = (int(fields[11]) + int(fields[12])) / CLOCK_TICKS  # utime + stime
    peak = 0
    with open("/proc/%d/status" % pid) as f:
        for line in f:
            if line.startswith("VmHWM:"):
                peak = int(line.split()[1])
    return cpu, peak


def gui_available():
    missing = [t for t in ("wireshark", "xvfb-run", "Xvfb", "xauth") if not shutil.which(t)]
    return missing


def gui_run(stage, plugin, capture, tag):
    """Starts Wireshark on the capture under Xvfb and waits for its CPU time
    to stay still GUI_IDLE_SECONDS: the first pass is over.  Returns the
    seconds from start to the last CPU tick, the CPU seconds then and the
    peak RSS."""
    argv = stage.prefix(plugin) + ["XDG_RUNTIME_DIR=" + os.path.join(stage.home, "xdg"),
                                   "xvfb-run", "-a", "wireshark", "-r", capture]
    side = "plugin" if plugin else "stock"
    t0 = time.monotonic()
    proc = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            start_new_session=True)
    with PROCS.lock:
        PROCS.live.add(proc)
    try:
        pid = None
        while pid is None:
            if proc.poll() is not None or time.monotonic() - t0 > 60:
                raise Abort("GUI %s run: no wireshark process appeared" % side)
            time.sleep(GUI_POLL_SECONDS)
            pid = _wireshark_in_session(proc.pid)
        cpu, peak, changed_at = 0.0, 0, time.monotonic()
        while time.monotonic() - changed_at < GUI_IDLE_SECONDS or cpu == 0.0:
            if time.monotonic() - t0 > 900:
                raise Abort("GUI %s run: still busy after 900 s" % side)
            time.sleep(GUI_POLL_SECONDS)
            try:
                now_cpu, peak = _cpu_and_peak(pid)
            except OSError:
                raise Abort("GUI %s run: wireshark exited during the load" % side)
            if now_cpu > cpu + 1.5 / CLOCK_TICKS:
                cpu, changed_at = now_cpu, time.monotonic()
        return {"wall": changed_at - t0, "cpu": cpu, "rss_kb": peak}
    finally:
        PROCS.kill(proc)
        proc.wait(timeout=30)
        with PROCS.lock:
            PROCS.live.discard(proc)


def phase_gui(stage, capture, frames, runs):
    xdg = os.path.join(stage.home, "xdg")
    os.makedirs(xdg, exist_ok=True)
    os.chmod(xdg, 0o700)
    if stage.as_nobody:
        os.chown(xdg, NOBODY, NOBODY)
    samples = {False: [], True: []}
    for i in range(runs):
        for plugin in (False, True):
            r = gui_run(stage, plugin, capture, "%d.%d" % (i, int(plugin)))
            samples[plugin].append(r)
            note("GUI load run %d %-6s until idle %6.2f s  cpu %6.2f s  peak rss %7.1f MB"
                 % (i + 1, "plugin" if plugin else "stock", r["wall"], r["cpu"], r["rss_kb"] / 1024))
    return {pl: {k: statistics.median(x[k] for x in samples[pl]) for k in ("wall", "cpu", "rss_kb")}
            for pl in (False, True)}


# ---------------------------------------------------------------------------
# Profile


ANNOTATE_LINE = re.compile(r"^\s*([\d,]+)\s+\(\s*[\d.]+%\)\s+(.*)$")


def annotate(path, inclusive):
    argv = [CALLGRIND_ANNOTATE, "--auto=no", "--threshold=100"]
    if inclusive:
        argv.append("--inclusive=yes")
    _, out, _ = PROCS.run(argv + [path], stdout=subprocess.PIPE, what="callgrind_annotate")
    rows = []
    for line in out.splitlines():
        m = ANNOTATE_LINE.match(line)
        if m and "PROGRAM TOTALS" not in line:
            rows.append((int(m.group(1).replace(",", "")), m.group(2).strip()))
    return rows, out


def short_fn(name, so_path):
    name = name.replace(so_path, "sipdiag.so").replace(REPO + "/", "")
    return re.sub(r" \[/tmp/[^\]]*/(sipdiag\.so)\]", r" [\1]", name)


def profile(stage, results, mode):
    total, path = results[(mode, "N", True)]
    stock_total = results[(mode, "N", False)][0]
    p1, s1 = results[(mode, "1", True)][0], results[(mode, "1", False)][0]
    incl, _ = annotate(path, True)
    selfc, _ = annotate(path, False)
    # callgrind_annotate lists dissect_sipdiag twice (with and without its
    # source file); both entries are views of the same calls, the larger one
    # equals what --toggle-collect=dissect_sipdiag counts.
    dissect = max((c for c, n in incl if re.search(r"(^|:)dissect_sipdiag( |$)", n)), default=0)
    plugin_rows = [(c, n) for c, n in selfc if "sipdiag" in n or "/plugin/" in n or n.startswith("plugin/")
                   or n.startswith("src/")]
    own_self = sum(c for c, _n in plugin_rows)
    # callgrind_annotate splits some functions in two entries (with and
    # without their source file); add them up per function name.
    merged = collections.OrderedDict()
    for c, n in plugin_rows:
        fn = re.sub(r" \[.*\]$", "", n).rsplit(":", 1)[-1]
        files = merged.setdefault(fn, [0, set()])
        files[0] += c
        src = re.sub(r" \[.*\]$", "", n).rsplit(":", 1)[0]
        if src != "???":
            files[1].add(src.replace(REPO + "/", ""))
    plugin_top = sorted(((c, "%s (%s)" % (fn, ", ".join(sorted(f)) or "?")) for fn, (c, f) in merged.items()),
                        reverse=True)[:15]
    # Where the extra instructions go, function by function (self cost),
    # plugin minus stock.
    stock_self, _ = annotate(results[(mode, "N", False)][1], False)
    sc = collections.Counter()
    for c, n in stock_self:
        sc[n] += c
    pc = collections.Counter()
    for c, n in selfc:
        pc[n] += c
    delta = [(pc[n] - sc.get(n, 0), n) for n in pc]
    delta.sort(reverse=True)
    return {
        "mode": mode,
        "total": total,
        "stock_total": stock_total,
        "packet_delta": (total - p1) - (stock_total - s1),
        "dissect_inclusive": dissect,
        "plugin_self": own_self,
        "top_plugin": plugin_top,
        "top_delta": [(c, short_fn(n, stage.so)) for c, n in delta[:15]],
    }


# ---------------------------------------------------------------------------
# Report


def fmt_int(n):
    return "{:,}".format(int(round(n)))


def mb(kb):
    return "%.0f" % (kb / 1024.0)


def verdict(ok):
    return "met" if ok else "NOT met"


def report(info, cfg, commands, findings, gen_stats, cg_res, wall, scale, profiles, phases, started,
           gui, gui_note):
    L = []
    p = L.append
    p("")
    p("## Machine")
    p("")
    for k, v in info.items():
        p("- %s: %s" % (k, v))
    p("")
    p("## Inputs (bench/gen-sip-pcap.py, seed %d)" % cfg["seed"])
    p("")
    p("| capture | messages | responses | frames | bytes | distinct codes | TCP segments (2/3/4 msgs) | generated in |")
    p("|---|---:|---:|---:|---:|---:|---|---:|")
    for name, st in gen_stats.items():
        seg = st["tcp_segments_by_messages"]
        p("| %s | %s | %s | %s | %s | %d | %s/%s/%s | %.1f s |" % (
            name, fmt_int(st["messages"]), fmt_int(st["responses"]), fmt_int(st["frames"]),
            fmt_int(st["bytes"]), len(st["status_codes"]), seg.get("2", 0), seg.get("3", 0), seg.get("4", 0),
            st["generation_seconds"]))
    p("")
    p("Checks:")
    for f in findings:
        p("- " + f)
    p("")
    p("## Commands")
    p("")
    p("Every tshark runs as:")
    p("")
    p("    %s" % commands["prefix"])
    p("")
    p("with DIR = the staged plugin folder (plugin) or an empty DIR/%s/epan (stock), stdout to /dev/null." % commands["series"])
    p("Callgrind wraps tshark in `valgrind --tool=callgrind --callgrind-out-file=OUT`; the timed runs in")
    p("`/usr/bin/time -f \"%s\" -o OUT`." % TIME_FMT)
    p("")
    p("| mode | stock | plugin |")
    p("|---|---|---|")
    for name, s, pl, _t in MODES:
        p("| %s | `tshark %s` | `tshark %s` |" % (name, shlex.join(["-r", "F"] + s), shlex.join(["-r", "F"] + pl)))
    p("")
    n = gen_stats["callgrind"]["messages"]
    p("## A. Instructions (callgrind), %s messages minus the 1-frame run  [headline]" % fmt_int(n))
    p("")
    p("ratio = (plugin_N - plugin_1) / (stock_N - stock_1); Ir/msg = (side_N - side_1) / %s." % fmt_int(n))
    p("")
    p("| mode | stock Ir/msg | plugin Ir/msg | **ratio** | target | | stock_N | plugin_N | stock_1 | plugin_1 |")
    p("|---|---:|---:|---:|---:|---|---:|---:|---:|---:|")
    targets = []
    for name, _s, _p, tree in MODES:
        sN, pN = cg_res[(name, "N", False)][0], cg_res[(name, "N", True)][0]
        s1, p1 = cg_res[(name, "1", False)][0], cg_res[(name, "1", True)][0]
        ratio = (pN - p1) / float(sN - s1)
        target = instruction_target(name, tree)
        targets.append(("instructions %s" % name, ratio, target))
        p("| %s | %s | %s | **%.3f** | ≤ %.2f | %s | %s | %s | %s | %s |" % (
            name, fmt_int((sN - s1) / n), fmt_int((pN - p1) / n), ratio, target, verdict(ratio <= target),
            fmt_int(sN), fmt_int(pN), fmt_int(s1), fmt_int(p1)))
    if ("primed", "N", False) in cg_res:
        sN, s1 = cg_res[("bare", "N", False)][0], cg_res[("bare", "1", False)][0]
        pN, p1 = cg_res[("bare", "N", True)][0], cg_res[("bare", "1", True)][0]
        fN = cg_res[("primed", "N", False)][0]
        forced = (fN - s1) / float(n) - (sN - s1) / float(n)
        extra = (pN - p1) / float(n) - (sN - s1) / float(n)
        p("")
        p("What the wanted fields alone cost: stock tshark with `-Y '%s'` (the %d field(s) sipdiag hands to "
          "set_postdissector_wanted_hfids, primed the same way, no plugin code): %s Ir/msg, **%.3f** x stock bare. "
          "Of the plugin's %s extra Ir/msg in bare mode, %s (%.0f%%) is that forced tree and %s (%.0f%%) the "
          "plugin's own work." % (
              commands["primed_filter"], commands["primed_count"], fmt_int((fN - s1) / n),
              (fN - s1) / float(sN - s1), fmt_int(extra), fmt_int(forced), 100 * forced / extra,
              fmt_int(extra - forced), 100 * (extra - forced) / extra))
    p("")
    p("Stock tshark builds a protocol tree in: %s; not in: %s.  The plugin asks for no field and forces "
      "no tree: it reads SIP messages from packet-sip.c's sip_follow tap, so each mode builds a tree "
      "exactly when stock does." % (", ".join(m[0] for m in MODES if m[3]), ", ".join(m[0] for m in MODES if not m[3])))
    p("")
    p("Start-up (1 frame): stock %s Ir, plugin %s Ir (bare)." % (
        fmt_int(cg_res[("bare", "1", False)][0]), fmt_int(cg_res[("bare", "1", True)][0])))
    p("")
    nw = gen_stats["wall"]["messages"]
    p("## B. Wall time, CPU time, peak RSS: %s messages, %d alternated runs per side, medians" % (fmt_int(nw), cfg["runs"]))
    p("")
    if not wall:
        p("Not measured (--only-instructions); nor are D (scaling) and E (GUI).")
        p("")
    p("| mode | stock wall s (min-max) | plugin wall s (min-max) | wall ratio | stock CPU s | plugin CPU s | CPU ratio | stock RSS MB | plugin RSS MB | **RSS ratio** | RSS ≤ %.2f |" % TARGET_RSS)
    p("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|")
    for name, _s, _p, _tree in (MODES if wall else []):
        s, q = wall[name][False], wall[name][True]
        rr = q["rss_kb"] / s["rss_kb"]
        targets.append(("peak RSS %s" % name, rr, TARGET_RSS))
        p("| %s | %.2f (%.2f-%.2f) | %.2f (%.2f-%.2f) | %.3f | %.2f | %.2f | %.3f | %s | %s | **%.3f** | %s |" % (
            name, s["wall"], s["wall_min"], s["wall_max"], q["wall"], q["wall_min"], q["wall_max"],
            q["wall"] / s["wall"], s["cpu"], q["cpu"], q["cpu"] / s["cpu"], mb(s["rss_kb"]), mb(q["rss_kb"]),
            rr, verdict(rr <= TARGET_RSS)))
    p("")
    for line in gui_section(nw, gui, gui_note, cfg["gui_runs"]):
        p(line)
    p("")
    p("## D. Scaling (bare and -z expert): medians of %d alternated runs (n=%d for the ~1 GB capture)"
      % (cfg["runs"], cfg["big_runs"]))
    p("")
    p("| messages | frames | mode | stock wall s | plugin wall s | wall ratio | stock CPU s | plugin CPU s | CPU ratio | stock net CPU µs/msg | plugin net CPU µs/msg | stock RSS MB | plugin RSS MB | RSS ratio | extra RSS KB/msg |")
    p("|---:|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    base = {m: scale[("1 frame", m)] for m in SCALING_MODES if ("1 frame", m) in scale}
    for (size, mode), (st, med) in sorted(scale.items(), key=lambda kv: (kv[1][0]["messages"], kv[0][1])):
        s, q = med[False], med[True]
        msgs = st["messages"]
        if msgs == 1:
            p("| start-up (1 frame) | 1 | %s | %.2f | %.2f | %.3f | %.2f | %.2f | %.3f | - | - | %s | %s | %.3f | - |" % (
                mode, s["wall"], q["wall"], q["wall"] / s["wall"], s["cpu"], q["cpu"], q["cpu"] / s["cpu"],
                mb(s["rss_kb"]), mb(q["rss_kb"]), q["rss_kb"] / s["rss_kb"]))
            continue
        if mode in base:
            b = base[mode][1]
            net_s = "%.2f" % ((s["cpu"] - b[False]["cpu"]) / msgs * 1e6)
            net_p = "%.2f" % ((q["cpu"] - b[True]["cpu"]) / msgs * 1e6)
        else:
            net_s = net_p = "-"
        extra = "%.3f" % ((q["rss_kb"] - s["rss_kb"]) / msgs)
        p("| %s | %s | %s | %.2f | %.2f | %.3f | %.2f | %.2f | %.3f | %s | %s | %s | %s | %.3f | %s |" % (
            fmt_int(msgs), fmt_int(st["frames"]), mode, s["wall"], q["wall"], q["wall"] / s["wall"],
            s["cpu"], q["cpu"], q["cpu"] / s["cpu"], net_s, net_p, mb(s["rss_kb"]), mb(q["rss_kb"]),
            q["rss_kb"] / s["rss_kb"], extra))
    p("")
    p("net CPU µs/msg = (CPU time - CPU time of the 1-frame run) / messages; CPU time = user + sys.")
    p("")
    for pr in profiles:
        p("## Profile of the plugin side, mode %s (callgrind, %s messages)" % (pr["mode"], fmt_int(n)))
        p("")
        p("- program total: %s Ir (stock: %s Ir); plugin minus stock, start-up removed: %s Ir" % (
            fmt_int(pr["total"]), fmt_int(pr["stock_total"]), fmt_int(pr["packet_delta"])))
        p("- dissect_sipdiag inclusive: %s Ir = %.1f%% of the plugin run's total, %.1f%% of the plugin's extra cost"
          % (fmt_int(pr["dissect_inclusive"]), 100.0 * pr["dissect_inclusive"] / pr["total"],
             100.0 * pr["dissect_inclusive"] / max(1, pr["packet_delta"])))
        p("- self cost of all code in sipdiag.so: %s Ir (%.2f%% of total)" % (
            fmt_int(pr["plugin_self"]), 100.0 * pr["plugin_self"] / pr["total"]))
        p("- the rest of the extra cost (%s Ir, %.1f%%) is outside dissect_sipdiag: %s" % (
              fmt_int(pr["packet_delta"] - pr["dissect_inclusive"]),
              100.0 * (pr["packet_delta"] - pr["dissect_inclusive"]) / max(1, pr["packet_delta"]),
              "mostly printing the plugin's subtree (-V prints every label)" if pr["mode"] == "verbose" else
              "libwireshark calling a postdissector for every frame and the sip_follow tap queue"))
        p("")
        p("Top 15 functions of the plugin (self cost, callgrind_annotate):")
        p("")
        p("| Ir (self) | function |")
        p("|---:|---|")
        for c, name in pr["top_plugin"]:
            p("| %s | `%s` |" % (fmt_int(c), name))
        p("")
        p("Top 15 functions by extra self cost, plugin run minus stock run:")
        p("")
        p("| extra Ir | function |")
        p("|---:|---|")
        for c, name in pr["top_delta"]:
            p("| %s | `%s` |" % (fmt_int(c), name))
        p("")
    p("## Targets")
    p("")
    p("| target | measured | limit | |")
    p("|---|---:|---:|---|")
    for what, val, lim in targets:
        p("| %s | %.3f | ≤ %.2f | %s |" % (what, val, lim, verdict(val <= lim)))
    p("")
    p("## Time taken by this run")
    p("")
    for k, v in phases:
        p("- %s: %.0f s" % (k, v))
    p("- total: %.0f s" % (time.monotonic() - started))
    return "\n".join(L)


# ---------------------------------------------------------------------------


def gui_section(messages, gui, gui_note, runs):
    """The report's section E, as lines."""
    lines = ["## E. Wireshark GUI: loading the %s-message capture" % fmt_int(messages), ""]
    if gui is None:
        return lines + [gui_note]
    s, q = gui[False], gui[True]
    return lines + [
        "`xvfb-run -a wireshark -r F` (same user, environment and plugin folders as tshark), nothing else "
        "loaded: no Lua tap or Listener, which would make both sides build a protocol tree for every frame.  "
        "The load is over when Wireshark's CPU time (/proc/PID/stat utime+stime) has not moved for %.0f s; "
        "its CPU time then and its peak RSS (VmHWM) are read from /proc, and Wireshark is closed.  "
        "Medians of %d alternated runs." % (GUI_IDLE_SECONDS, runs),
        "",
        "| | stock | plugin | ratio |",
        "|---|---:|---:|---:|",
        "| s from start to the last CPU tick of the load | %.2f | %.2f | %.3f |" % (
            s["wall"], q["wall"], q["wall"] / s["wall"]),
        "| CPU s (user+sys), start-up and first pass | %.2f | %.2f | %.3f |" % (
            s["cpu"], q["cpu"], q["cpu"] / s["cpu"]),
        "| peak RSS MB | %s | %s | %.3f |" % (mb(s["rss_kb"]), mb(q["rss_kb"]), q["rss_kb"] / s["rss_kb"]),
    ]


def main():
    ap = argparse.ArgumentParser(description="sipdiag benchmark (plugin/stock ratios)")
    ap.add_argument("--quick", action="store_true", help="small sizes and 3 runs: a smoke run")
    ap.add_argument("--no-big", action="store_true", help="leave out the ~1 GB scaling point")
    ap.add_argument("--runs", type=int, help="alternated runs per side for times and RSS")
    ap.add_argument("--cg-messages", type=int, help="messages of the callgrind capture")
    ap.add_argument("--wall-messages", type=int, help="messages of the timed capture")
    ap.add_argument("--jobs", type=int, default=min(2, os.cpu_count() or 1), help="callgrind runs at a time")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--time-limit", type=int, help="seconds before the run gives up (full 3600, quick 900)")
    ap.add_argument("--results", help="also write the report (markdown) to this file")
    ap.add_argument("--json", help="also write the raw numbers as JSON to this file")
    ap.add_argument("--keep", action="store_true", help="keep the temporary folder (debugging)")
    ap.add_argument("--no-gui", action="store_true", help="leave out the Wireshark GUI load time")
    ap.add_argument("--only-gui", action="store_true", help="measure only the Wireshark GUI load time (E)")
    ap.add_argument("--modes", help="comma-separated modes to measure (default: all of %s)"
                    % ",".join(m[0] for m in MODES))
    ap.add_argument("--only-instructions", action="store_true",
                    help="measure only the instructions (A) and their profiles: minutes, not half an hour")
    args = ap.parse_args()

    cfg = dict(CONFIGS["quick" if args.quick else "full"])
    cfg["seed"] = args.seed
    for k in ("runs", "cg_messages", "wall_messages", "time_limit"):
        if getattr(args, k) is not None:
            cfg[k] = getattr(args, k)
    if args.no_big:
        cfg["big_bytes"], cfg["big_runs"] = None, 0
    if cfg["runs"] < 1:
        ap.error("--runs must be at least 1")
    plugin_root = os.environ.get("SIPDIAG_PLUGIN_ROOT", os.path.join(REPO, "build-tests", "plugins"))
    if args.modes:
        wanted = args.modes.split(",")
        unknown = [m for m in wanted if m not in [n for n, *_ in MODES]]
        if unknown or "bare" not in wanted:
            ap.error("--modes: unknown %s, or bare missing (the start-up and profile use it)" % unknown)
        MODES[:] = [m for m in MODES if m[0] in wanted]

    started = time.monotonic()
    PROCS.deadline = started + cfg["time_limit"]

    def on_signal(signum, _frame):
        raise Abort("interrupted by signal %d" % signum)
    for s in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP):
        signal.signal(s, on_signal)

    stage = None
    phases = []
    try:
        stage = Stage(plugin_root)
        log("# sipdiag benchmark (%s)" % ("--quick" if args.quick else "full"))
        info = machine_info(stage)
        for k, v in info.items():
            log("%-10s %s" % (k + ":", v))
        tv = re.search(r"(\d+)\.(\d+)\.", info["tshark"])
        if tv and "%s.%s" % tv.groups() != stage.series:
            raise Abort("plugin built for Wireshark %s, tshark is %s" % (stage.series, info["tshark"]))
        version = verify_plugin(stage)
        log("plugin:    sipdiag %s loads on the plugin side (tshark -G plugins), not on the stock side" % version)
        commands = {"prefix": shlex.join(stage.prefix(True)).replace(stage.plugin_dir, "DIR")
                    .replace(stage.home, "HOME_DIR") + " tshark ...", "series": stage.series}
        log("commands:  %s" % commands["prefix"])

        t0 = time.monotonic()
        note("generating inputs")
        gen_stats = collections.OrderedDict()
        cg, gen_stats["callgrind"] = generate(stage, "cg", cfg["seed"], messages=cfg["cg_messages"])
        one = first_frame(stage, cg, "one")
        other_cg = generate_other(stage, "other-cg", cfg["seed"], gen_stats["callgrind"]["frames"])
        other_one = first_frame(stage, other_cg, "other-one")
        wallcap, gen_stats["wall"] = generate(stage, "wall", cfg["seed"], messages=cfg["wall_messages"])
        other_wall = None if args.only_instructions else generate_other(
            stage, "other-wall", cfg["seed"], gen_stats["wall"]["frames"])
        if args.only_gui:
            missing = gui_available()
            if missing:
                raise SystemExit("bench.py: %s not installed (apt-get install wireshark-qt xvfb xauth)"
                                 % ", ".join(missing))
            note("E. Wireshark GUI load time")
            gui = phase_gui(stage, wallcap, gen_stats["wall"]["frames"], cfg["gui_runs"])
            text = "\n".join(["- %s: %s" % kv for kv in info.items()] + [""] + gui_section(
                cfg["wall_messages"], gui, None, cfg["gui_runs"]))
            log(text)
            if args.results:
                with open(args.results, "w") as f:
                    f.write(text + "\n")
            return 0
        scale_caps = {}
        for n in cfg["scale"]:
            scale_caps[n], gen_stats["scale %d" % n] = generate(stage, "scale%d" % n, cfg["seed"], messages=n)
        sample_n = min(10000, cfg["wall_messages"])
        if sample_n in scale_caps:
            sample, sample_stats = scale_caps[sample_n], gen_stats["scale %d" % sample_n]
        else:
            sample, gen_stats["sample"] = generate(stage, "sample", cfg["seed"], messages=sample_n)
            sample_stats = gen_stats["sample"]
        phases.append(("generating inputs", time.monotonic() - t0))

        t0 = time.monotonic()
        note("checking inputs and the plugin's answers")
        findings = validate(stage, sample, sample_stats, cg, gen_stats["callgrind"])
        for f in findings:
            log("check:     " + f)
        phases.append(("checks", time.monotonic() - t0))

        t0 = time.monotonic()
        note("A. callgrind, %d at a time" % args.jobs)
        # Every mode on SIP is profiled: where a target is missed the report
        # says where the instructions go.
        profile_modes = tuple(n for n, *_ in MODES if not n.endswith(NOSIP_SUFFIX))
        wanted = wanted_fields(stage)
        commands["primed_filter"] = " || ".join(wanted)
        commands["primed_count"] = len(wanted)
        cg_res = phase_callgrind(stage, cg, one, other_cg, other_one, args.jobs, profile_modes,
                                 commands["primed_filter"])
        phases.append(("A. callgrind (%d runs, %d in parallel)" % (len(cg_res), args.jobs), time.monotonic() - t0))
        t0 = time.monotonic()
        profiles = [profile(stage, cg_res, m) for m in profile_modes]
        for (name, size, plugin), (_t, path) in cg_res.items():
            if os.path.exists(path):
                os.unlink(path)
        phases.append(("profiles (callgrind_annotate)", time.monotonic() - t0))

        wall, wall_samples, scale, gui = {}, {}, {}, None
        gui_note = "not measured (--only-instructions)"
        if not args.only_instructions:
            t0 = time.monotonic()
            load_before = _loadavg()
            note("B. timed runs on %d messages" % cfg["wall_messages"])
            warm(wallcap)
            wall = {}
            wall_samples = {}
            for name, stock_args, plugin_args, _tree in MODES:
                wall[name], wall_samples[name] = ab_runs(stage, capture_for(name, wallcap, other_wall),
                                                         stock_args, plugin_args, cfg["runs"],
                                                         "%s %d" % (name, cfg["wall_messages"]))
            phases.append(("B. timed runs (%d modes x %d x 2)" % (len(MODES), cfg["runs"]), time.monotonic() - t0))
            info["load average"] = "%s before the timed runs, %s after (1/5/15 min); 1-min load before each " \
                "timed run: %.2f-%.2f (tshark itself counts 1; more means other work shared the 2 cores)" % (
                    load_before, _loadavg(), min(LOADS), max(LOADS))

            gui = None
            t0 = time.monotonic()
            missing = gui_available()
            if args.no_gui:
                gui_note = "not measured (--no-gui)"
            elif missing:
                gui_note = "not measured: %s not installed (apt-get install wireshark-qt xvfb xauth)" % ", ".join(missing)
            else:
                note("E. Wireshark GUI load time")
                gui = phase_gui(stage, wallcap, gen_stats["wall"]["frames"], cfg["gui_runs"])
                gui_note = None
            phases.append(("E. GUI load time", time.monotonic() - t0))

            t0 = time.monotonic()
            note("D. scaling")
            scale = {}
            # Only the scaling modes among those asked for (--modes).
            scaling_modes = [m for m in SCALING_MODES if m in wall]
            one_stats = {"messages": 1, "frames": 1}
            sizes = [("1 frame", one, one_stats)] + [(str(n), scale_caps[n], gen_stats["scale %d" % n])
                                                     for n in cfg["scale"]]
            for size, cap, st in sizes:
                warm(cap)
                for mode in scaling_modes:
                    _n, s_args, p_args, _t = next(m for m in MODES if m[0] == mode)
                    med, _ = ab_runs(stage, cap, s_args, p_args, cfg["runs"], "%s %s" % (mode, size))
                    scale[(size, mode)] = (st, med)
            for mode in scaling_modes:
                scale[(str(cfg["wall_messages"]), mode)] = (gen_stats["wall"], wall[mode])
            if cfg["big_bytes"]:
                os.unlink(wallcap)  # room for the big one
                big, gen_stats["~1 GB"] = generate(stage, "big", cfg["seed"], nbytes=cfg["big_bytes"])
                warm(big)
                for mode in scaling_modes:
                    _n, s_args, p_args, _t = next(m for m in MODES if m[0] == mode)
                    med, _ = ab_runs(stage, big, s_args, p_args, cfg["big_runs"], "%s ~1GB" % mode)
                    scale[("big", mode)] = (gen_stats["~1 GB"], med)
                os.unlink(big)
            phases.append(("D. scaling", time.monotonic() - t0))

        text = report(info, cfg, commands, findings, gen_stats, cg_res, wall, scale, profiles, phases, started,
                      gui, gui_note)
        log(text)
        if args.results:
            with open(args.results, "w") as f:
                f.write(text + "\n")
        if args.json:
            with open(args.json, "w") as f:
                json.dump({
                    "info": info, "config": cfg, "inputs": gen_stats, "findings": findings,
                    "callgrind": {"%s/%s/%s" % (k[0], k[1], "plugin" if k[2] else "stock"): v[0]
                                  for k, v in cg_res.items()},
                    "wall": {m: {"stock": wall[m][False], "plugin": wall[m][True],
                                 "samples": {"stock": wall_samples[m][False], "plugin": wall_samples[m][True]}}
                             for m in wall},
                    "scaling": {"%s/%s" % k: {"messages": v[0]["messages"], "stock": v[1][False],
                                              "plugin": v[1][True]} for k, v in scale.items()},
                    "profiles": profiles, "phases": phases,
                }, f, indent=1, default=str)
        return 0
    except Abort as e:
        print("\nbench: ERROR: %s" % e, file=sys.stderr, flush=True)
        return 2
    finally:
        PROCS.kill_all()
        if stage is not None:
            if args.keep:
                print("bench: kept %s" % stage.root, file=sys.stderr)
            else:
                stage.remove()


if __name__ == "__main__":
    sys.exit(main())
