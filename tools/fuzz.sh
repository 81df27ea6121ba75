#!/usr/bin/env bash
# Fuzzes a PerfMetrics parser with SharpFuzz + AFL++ (issue 8) and summarises the run.
#
#   tools/fuzz.sh money [SECONDS]   Money / Currency / PaymentModel text parsers (default 600 s)
#   tools/fuzz.sh csv   [SECONDS]   PathTable.ReadCsv and its WriteCsv round trip
#   tools/fuzz.sh money --replay DIR-OR-FILE...   re-run saved inputs without AFL (triage)
#
# Steps: install afl++ when missing (apt-get, as root), restore the local sharpfuzz tool, publish tests/PerfMetrics.Fuzz to
# artifacts/fuzz/<target>/bin, instrument the published PerfMetrics.dll with `dotnet sharpfuzz`, run afl-fuzz for SECONDS
# on the seed corpus tests/PerfMetrics.Fuzz/corpus/<money|paths> with the dictionary in tests/PerfMetrics.Fuzz/dict, then
# print the executions, speed, corpus size, crashes and hangs from fuzzer_stats and replay every crash and hang through the
# harness to name the exception. Everything written goes under artifacts/ (git-ignored); findings are never committed:
# each one becomes a regression test in tests/PerfMetrics.Tests instead.
# Exit status: 0 when the run found no crash and no hang, 1 when it did, 2 on a usage or setup error.
set -euo pipefail
cd "$(dirname "$0")/.."

target=${1:-}
case "$target" in
  money) corpus=tests/PerfMetrics.Fuzz/corpus/money ;;
  csv) corpus=tests/PerfMetrics.Fuzz/corpus/paths ;;
  *) echo "usage: tools/fuzz.sh (money|csv) [seconds | --replay PATH...]" >&2; exit 2 ;;
esac
dict=tests/PerfMetrics.Fuzz/dict/$target.dict
out=artifacts/fuzz/$target
bin=$out/bin               # instrumented: only runs under afl-fuzz (SharpFuzz writes to AFL's shared memory)
plain=$out/bin-replay      # the same build, not instrumented: for replaying inputs
harness=$bin/PerfMetrics.Fuzz.dll
replay=$plain/PerfMetrics.Fuzz.dll

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

publish() {
  echo "== publishing the harness to $plain"
  rm -rf "$plain"
  dotnet publish tests/PerfMetrics.Fuzz/PerfMetrics.Fuzz.csproj -c Release -o "$plain" --nologo -v quiet
}

if [ "${2:-}" = "--replay" ]; then
  shift 2
  [ -f "$replay" ] || publish
  exec dotnet "$replay" "$target" "$@"
fi

seconds=${2:-600}
if ! command -v afl-fuzz >/dev/null 2>&1; then
  if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "== installing afl++"
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq afl++) >/dev/null
  else
    echo "afl-fuzz not found: install AFL++ (Debian: apt-get install afl++)" >&2
    exit 2
  fi
fi

dotnet tool restore >/dev/null
publish
rm -rf "$bin"
cp -r "$plain" "$bin"
echo "== instrumenting $bin/PerfMetrics.dll"
dotnet sharpfuzz "$bin/PerfMetrics.dll"

findings=$out/findings
rm -rf "$findings"
mkdir -p "$out"

# dotnet is not an AFL-compiled binary (SharpFuzz does the instrumentation inside the process), AFL's UI needs a
# terminal, the core-dump and CPU-governor checks do not apply in a container, and the cores are shared.
export AFL_SKIP_BIN_CHECK=1 AFL_NO_UI=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_SKIP_CPUFREQ=1 AFL_NO_AFFINITY=1

echo "== afl-fuzz $(afl-fuzz -h 2>&1 | grep -o 'afl-fuzz++[0-9.a-z]*' | head -n 1) on '$target' for $seconds s (started $(date -u +%H:%M:%S) UTC)"
afl-fuzz -V "$seconds" -i "$corpus" -o "$findings" -x "$dict" -t 5000 -m none -- dotnet "$harness" "$target" \
  >"$out/afl.log" 2>&1 || { tail -n 40 "$out/afl.log" >&2; echo "afl-fuzz failed, see $out/afl.log" >&2; exit 2; }

stats=$findings/default/fuzzer_stats
stat() { sed -n "s/^$1 *: *//p" "$stats" | head -n 1; }
crashes=$(stat saved_crashes)
hangs=$(stat saved_hangs)
echo "== summary ($stats)"
echo "run time:        $(stat run_time) s"
echo "executions:      $(stat execs_done)"
echo "executions/s:    $(stat execs_per_sec)"
echo "corpus (paths):  $(stat corpus_count)"
echo "edges found:     $(stat edges_found) of $(stat total_edges) (stability $(stat stability), $(stat cycles_done) queue cycles)"
echo "crashes (saved): $crashes"
echo "hangs (saved):   $hangs"

if [ "${crashes:-0}" -ne 0 ] || [ "${hangs:-0}" -ne 0 ]; then
  echo "== replaying crashes and hangs"
  dotnet "$replay" "$target" "$findings/default/crashes" "$findings/default/hangs" || true
  exit 1
fi
exit 0
