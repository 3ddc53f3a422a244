#!/bin/sh
# build.sh OUTDIR - builds the libFuzzer harnesses of tests/fuzz/ into OUTDIR
# with clang -fsanitize=fuzzer,address,undefined, compiling the library
# sources of src/ (every src/*.c; the command's cli/ is not a parser) with
# the harness.  Needs clang and libclang-rt-14-dev (libFuzzer, ASan, UBSan
# runtimes) and GLib's development files.
#
#   tests/fuzz/build.sh /tmp/sipdiag-fuzzers
#
# CC (default clang) and EXTRA_CFLAGS can be overridden.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
src=$(cd "$here/../../src" && pwd)
out=${1:?usage: build.sh OUTDIR}
cc=${CC:-clang}
mkdir -p "$out/obj"
out=$(cd "$out" && pwd)

glib_cflags=$(pkg-config --cflags glib-2.0)
glib_libs=$(pkg-config --libs glib-2.0)
# Coverage for libFuzzer everywhere; every UB check fatal, so that a
# finding is a crash libFuzzer saves.
san="-fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer"
cflags="-std=c11 -g -O1 -Wall -Wextra $san ${EXTRA_CFLAGS:-}"

# The library objects, once, with coverage but without libFuzzer's main.
objs=""
for f in "$src"/*.c; do
    o="$out/obj/$(basename "$f" .c).o"
    # shellcheck disable=SC2086
    "$cc" $cflags -fsanitize=fuzzer-no-link $glib_cflags -I"$src" -c "$f" -o "$o"
    objs="$objs $o"
done

harnesses="fuzz_reason fuzz_warning fuzz_status_line fuzz_lang fuzz_context fuzz_overrides fuzz_sipmsg fuzz_flows fuzz_sdp"
for h in $harnesses; do
    # shellcheck disable=SC2086
    "$cc" $cflags -fsanitize=fuzzer $glib_cflags -I"$src" -I"$here" \
        "$here/$h.c" $objs $glib_libs -o "$out/$h"
    echo "built $out/$h"
done
