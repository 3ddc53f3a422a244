"""Runs tshark with and without the build-tree sipdiag plugin.

tshark ignores WIRESHARK_PLUGIN_DIR and personal plugins when it runs as
root, so as root every run drops to nobody (uid 65534) with setpriv.  That
user must read the plugin and the captures, so both are staged in a
world-readable temporary folder: the checkout may sit under a private home.
"""
import json
import os
import re
import shlex
import shutil
import subprocess
import sys
import tempfile

SOURCE_DIR = os.environ["SIPDIAG_SOURCE_DIR"]
PLUGIN_ROOT = os.environ["SIPDIAG_PLUGIN_ROOT"]
WS_SERIES = os.environ["SIPDIAG_WS_SERIES"]
CLI = os.environ["SIPDIAG_CLI"]
VERSION = os.environ["SIPDIAG_VERSION"]
TSHARK = os.environ.get("TSHARK", "tshark")

PUBLIC_CAPTURES = os.path.normpath(os.path.join(SOURCE_DIR, "..", "shared", "captures", "public"))
OWN_CAPTURES = os.path.join(SOURCE_DIR, "tests", "captures")
CAPTURE_SUFFIXES = (".pcap", ".pcapng", ".cap")

# Separates repeated occurrences of a field in -T fields output; no text of
# ours contains it.
AGGREGATOR = "\x1f"


class Stage:
    """A world-readable folder holding the plugin, the captures and a home."""

    def __init__(self):
        self.root = tempfile.mkdtemp(prefix="sipdiag-test-")
        os.chmod(self.root, 0o755)
        self.with_plugin = os.path.join(self.root, "plugins")
        self.without_plugin = os.path.join(self.root, "no-plugins")
        self.home = os.path.join(self.root, "home")
        self.captures = os.path.join(self.root, "captures")
        shutil.copytree(PLUGIN_ROOT, self.with_plugin)
        os.makedirs(os.path.join(self.without_plugin, WS_SERIES, "epan"))
        os.makedirs(self.home)
        os.makedirs(self.captures)
        self.capture_names = []
        for folder in (PUBLIC_CAPTURES, OWN_CAPTURES):
            if not os.path.isdir(folder):
                continue
            for name in sorted(os.listdir(folder)):
                if name.endswith(CAPTURE_SUFFIXES):
                    shutil.copy(os.path.join(folder, name), self.captures)
                    self.capture_names.append(name)
        for folder, dirs, files in os.walk(self.root):
            for name in dirs:
                os.chmod(os.path.join(folder, name), 0o755)
            for name in files:
                os.chmod(os.path.join(folder, name), 0o644)
        os.chmod(self.home, 0o777)
        self._boolean_fields = None

    def assert_plugin_loaded(self):
        """Fails loudly unless tshark lists this build's sipdiag from the stage."""
        plugins = self.tshark(["-G", "plugins"])
        loaded = r"^sipdiag\.so\s*\t%s\tdissector\t%s/" % (re.escape(VERSION),
                                                           re.escape(self.with_plugin))
        if not re.search(loaded, plugins, re.M):
            raise RuntimeError("the sipdiag plugin did not load from %s:\n%s"
                               % (self.with_plugin, plugins))

    def capture(self, name):
        return os.path.join(self.captures, name)

    def remove(self):
        shutil.rmtree(self.root, ignore_errors=True)

    def tshark_command(self, plugin=True):
        """The command that runs tshark from the stage (as nobody when root)."""
        env = [
            "HOME=" + self.home,
            "WIRESHARK_PLUGIN_DIR=" + (self.with_plugin if plugin else self.without_plugin),
            "WIRESHARK_CONFIG_DIR=" + os.path.join(self.home, "config"),
            "LC_ALL=C.UTF-8",
            "PATH=" + os.environ.get("PATH", "/usr/bin:/bin"),
        ]
        command = ["env", "-i"] + env + [TSHARK]
        if os.geteuid() == 0:
            command = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"] + command
        return command

    def tshark(self, args, plugin=True, check=True):
        """Runs tshark; returns its stdout.  Raises with stderr on failure."""
        command = self.tshark_command(plugin) + list(args)
        result = subprocess.run(command, capture_output=True, text=True, timeout=600)
        if check and result.returncode != 0:
            raise AssertionError("tshark %s failed (%d): %s"
                                 % (" ".join(args), result.returncode, result.stderr))
        return result.stdout

    def boolean_fields(self):
        """The names of every FT_BOOLEAN field tshark knows (-G fields)."""
        if self._boolean_fields is None:
            self._boolean_fields = {
                cols[2] for cols in (line.split("\t") for line in self.tshark(["-G", "fields"]).splitlines())
                if len(cols) > 3 and cols[0] == "F" and cols[3] == "FT_BOOLEAN"}
        return self._boolean_fields

    def fields(self, capture, fields, display_filter=None, extra=(), plugin=True):
        """One dict per frame: field -> list of its occurrences, written as
        4.0 writes them whatever the series (see tshark_value)."""
        args = ["-n", "-r", self.capture(capture), "-T", "fields",
                "-E", "occurrence=a", "-E", "aggregator=" + AGGREGATOR]
        if display_filter:
            args += ["-Y", display_filter]
        for field in fields:
            args += ["-e", field]
        args += list(extra)
        booleans = self.boolean_fields() & set(fields)
        rows = []
        for line in self.tshark(args, plugin=plugin).splitlines():
            values = line.split("\t")
            rows.append({field: ([tshark_value(v, field in booleans) for v in value.split(AGGREGATOR)]
                                 if value else [])
                         for field, value in zip(fields, values)})
        return rows


def series_at_least(major, minor):
    have = tuple(int(part) for part in WS_SERIES.split("."))
    return have >= (major, minor)


def tshark_value(value, boolean):
    """A -T fields value as tshark 4.0 prints it.  From 4.2 on, tshark
    prints a boolean as True/False where 4.0 printed 1/0, and with -E
    escape=y (the default) it doubles every backslash in a value, which 4.0
    left alone (seen on 4.4 and 4.6, tests/compat/README.md)."""
    if not series_at_least(4, 2):
        return value
    if boolean and value in ("True", "False"):
        return "1" if value == "True" else "0"
    return value.replace("\\\\", "\\")


_knowledge = {}


def knowledge(code):
    """What the knowledge base says of a code, through `sipdiag explain --json`."""
    if code not in _knowledge:
        result = subprocess.run([CLI, "explain", "%03d" % code, "--json"],
                                capture_output=True, text=True, check=True)
        _knowledge[code] = json.loads(result.stdout)
    return _knowledge[code]


_rules = {}


def rule(rule_id):
    """A context rule as `sipdiag rules --json` gives it (English texts)."""
    if not _rules:
        result = subprocess.run([CLI, "rules", "--json"], capture_output=True, text=True,
                                check=True)
        _rules.update((r["id"], r) for r in json.loads(result.stdout))
    return _rules[rule_id]


def report(stage, capture, *options):
    """What the main job prints for a capture: scripts/report.py as
    annotate.sh runs it, with the stage's tshark; options such as "--all"."""
    env = dict(os.environ, SIPDIAG_TSHARK=shlex.join(stage.tshark_command()))
    result = subprocess.run([sys.executable, os.path.join(SOURCE_DIR, "scripts", "report.py")]
                            + list(options) + [stage.capture(capture)], env=env,
                            capture_output=True, text=True, timeout=600)
    if result.returncode != 0:
        raise AssertionError("report.py %s failed (%d): %s"
                             % (capture, result.returncode, result.stderr))
    return result.stdout
