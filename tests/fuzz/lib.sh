# lib.sh - shared by fuzz-captures.sh and valgrind.sh: stages a plugin and
# captures in a world-readable folder and runs tshark there as nobody.
#
# tshark ignores WIRESHARK_PLUGIN_DIR when run as root, so as root every run
# drops to nobody (uid 65534) with setpriv, like tests/plugin/harness.py.
# WIRESHARK_EXTCAP_DIR points at an empty folder: with the ASan runtime
# preloaded, the extcap helpers that `tshark -G plugins` or `-D` spawn
# (androiddump...) deadlock at exit in libp11-kit's destructor
# (freelocale under the setlocale lock), and tshark waits for them forever.

# stage_new DIR: creates the layout under DIR (made world-readable).  DIR's
# parent is the script's work folder, which mktemp made private (0700):
# nobody must be able to pass through it.
stage_new() {
    local dir=$1
    mkdir -p "$dir"
    chmod 755 "$(dirname "$dir")"
    mkdir -p "$dir/plugins/$WS_SERIES/epan" "$dir/no-plugins/$WS_SERIES/epan" \
        "$dir/home" "$dir/no-extcap" "$dir/captures"
    chmod 755 "$dir" "$dir/plugins" "$dir/no-plugins" "$dir/no-extcap" "$dir/captures"
    chmod -R a+rX "$dir"
    chmod 1777 "$dir/home"
}

# stage_plugin DIR SO: copies the plugin into DIR/plugins.
stage_plugin() {
    install -m 0644 "$2" "$1/plugins/$WS_SERIES/epan/sipdiag.so"
}

# plugin_listed STAGE PRELOAD ERRFILE: whether `tshark -G plugins` lists
# the sipdiag.so staged in STAGE/plugins (PRELOAD as for run_tshark), so
# that no run passes with the plugin silently missing; tshark's stderr goes
# to ERRFILE.
plugin_listed() {
    local stage=$1 preload=$2 errfile=$3
    (cd / && run_tshark "$stage" yes "$preload" -G plugins 2>"$errfile") \
        | grep -q "^sipdiag.so.*$stage/plugins/"
}

# as_nobody CMD...: runs CMD as nobody when we are root.
as_nobody() {
    if [ "$(id -u)" = 0 ]; then
        setpriv --reuid=65534 --regid=65534 --clear-groups "$@"
    else
        "$@"
    fi
}

# run_tshark STAGE PLUGINS PRELOAD ARGS...: tshark with a clean environment;
# PLUGINS is yes (STAGE/plugins), no (an empty plugin folder) or a plugin
# folder; PRELOAD the ASan runtime or "".  stdout and stderr as tshark
# leaves them; TSHARK_WRAPPER (e.g. valgrind ...) goes before tshark.
run_tshark() {
    local stage=$1 plugin=$2 preload=$3
    shift 3
    local plugdir="$stage/no-plugins"
    [ "$plugin" = yes ] && plugdir="$stage/plugins"
    [ "$plugin" != yes ] && [ "$plugin" != no ] && plugdir=$plugin
    local envs=(HOME="$stage/home" WIRESHARK_PLUGIN_DIR="$plugdir"
        WIRESHARK_CONFIG_DIR="$stage/home/config" WIRESHARK_EXTCAP_DIR="$stage/no-extcap"
        LC_ALL=C.UTF-8 PATH=/usr/bin:/bin
        WIRESHARK_ABORT_ON_DISSECTOR_BUG=1 WIRESHARK_ABORT_ON_TOO_MANY_ITEMS=1)
    # shellcheck disable=SC2206
    [ -n "${TSHARK_ENV:-}" ] && envs+=(${TSHARK_ENV})
    if [ -n "$preload" ]; then
        envs+=(LD_PRELOAD="$preload"
            ASAN_OPTIONS="detect_leaks=0:abort_on_error=1:symbolize=1:print_summary=1"
            UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1:abort_on_error=1")
    fi
    as_nobody env -i "${envs[@]}" ${TSHARK_WRAPPER:-} tshark "$@"
}
