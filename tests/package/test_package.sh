#!/usr/bin/env bash
# test_package.sh BUILD_DIR - builds the Debian package with CPack, checks
# its file list and dependencies, unpacks it and checks that tshark (as an
# unprivileged user, since tshark as root ignores WIRESHARK_PLUGIN_DIR)
# loads the packaged plugin and that the packaged command runs.
set -euo pipefail

build_dir=$1
series=$(tshark --version | sed -n '1s/.* \([0-9]*\)\.\([0-9]*\)\.[0-9]*.*/\1.\2/p')
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
chmod 755 "$work"

fail() { echo "FAIL: $*" >&2; exit 1; }

(cd "$build_dir" && cpack -G DEB -B "$work/out" > "$work/cpack.log") || { cat "$work/cpack.log"; fail "cpack"; }
deb=$(ls "$work"/out/sipdiag_*.deb)

plugin="./usr/lib/x86_64-linux-gnu/wireshark/plugins/$series/epan/sipdiag.so"
files=$(dpkg-deb -c "$deb" | awk '$1 ~ /^-/ {print $6}' | sort)
expected=$(printf '%s\n' "./usr/bin/sipdiag" "$plugin" | sort)
[ "$files" = "$expected" ] || fail "package files: got [$files], want [$expected]"

depends=$(dpkg-deb -f "$deb" Depends)
case "$depends" in
    *"libwireshark"*"(>= $series)"*"(<< $series.999)"*) ;;
    *) fail "package does not pin the Wireshark ABI it was built for: $depends" ;;
esac

dpkg-deb -x "$deb" "$work/root"
chmod -R a+rX "$work/root"
mkdir -m 777 "$work/home"
plugins=$("$work/root/usr/bin/sipdiag" list | wc -l)
[ "$plugins" -eq 75 ] || fail "packaged sipdiag list printed $plugins lines"

run_tshark=(env -i HOME="$work/home" PATH=/usr/bin:/bin
            WIRESHARK_PLUGIN_DIR="$work/root/usr/lib/x86_64-linux-gnu/wireshark/plugins" tshark)
if [ "$(id -u)" -eq 0 ]; then
    run_tshark=(setpriv --reuid=65534 --regid=65534 --clear-groups "${run_tshark[@]}")
fi
"${run_tshark[@]}" -G plugins | grep -q "^sipdiag\.so" || fail "tshark did not load the packaged plugin"
echo "package: $(basename "$deb"), depends: $depends"
echo "1 passed, 0 failed"
