#!/usr/bin/env bash
# Mutation testing of src/PerfMetrics with Stryker.NET (the version pinned in .config/dotnet-tools.json), driven by the
# xunit v3 suite through the Microsoft Testing Platform runner (-t mtp; settings in tools/stryker-config.json).
#
#   tools/mutation.sh                    # the whole library in one run
#   tools/mutation.sh Metrics Costs      # one Stryker run per area (a folder of src/PerfMetrics), then one summed score
#   tools/mutation.sh Lifetime,Json      # one Stryker run over several areas (each run costs ~8 min of set-up first)
#   CONCURRENCY=1 tools/mutation.sh ...  # test sessions in parallel (default 2; use 1 for two runs side by side)
#
# Reports go to StrykerOutput/<name>/reports (HTML, JSON; git-ignored). At the end the script prints one line per run
# and the summed score: (killed + timeout) / (killed + timeout + survived + no coverage), Stryker's own definition;
# compile errors and ignored mutants are outside it. Stryker writes a report only when a run ends, so on a small machine
# split the library into runs that each finish (docs/quality.md lists the split used and how long each took).
#   ADDITIONAL_TIMEOUT=8000 tools/mutation.sh ...   # per-mutant timeout margin in ms (config: 20000)
# Stryker builds Release (tools/stryker-config.json). PERFMETRICS_MUTATION=1 (exported below) makes that build run the
# tests one at a time and stop at the first failure (the first failure decides "killed" anyway), with a fifth of each
# property's cases and three multi-second repetitions skipped (the test project file and
# tests/PerfMetrics.Tests/Helpers/TestProfile.cs); the lighter sizes can only let a mutant survive, never kill one.
# Not part of .ci/run: about 5,900 mutants to test, 1.5-2 hours with two runs side by side on 2 cores.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

export DOTNET_CLI_TELEMETRY_OPTOUT=1
export DOTNET_NOLOGO=1
# Lighter test sizes for mutation runs (tests/PerfMetrics.Tests/Helpers/TestProfile.cs): a few multi-second repetitions
# are skipped, which can only lower the score, never raise it.
export PERFMETRICS_MUTATION=1

dotnet tool restore >/dev/null

concurrency=${CONCURRENCY:-2}
if [ "$#" -eq 0 ]; then
  runs=(all)
else
  runs=("$@")
fi

for run in "${runs[@]}"; do
  if [ "$run" = all ]; then
    patterns=(--mutate '**/src/PerfMetrics/**/*.cs')
  else
    patterns=()
    for area in ${run//,/ }; do
      [ -d "src/PerfMetrics/$area" ] || { echo "no such area: src/PerfMetrics/$area" >&2; exit 2; }
      patterns+=(--mutate "**/src/PerfMetrics/$area/**/*.cs")
    done
  fi
  out="$root/StrykerOutput/$run"
  rm -rf "$out"
  mkdir -p "$out"
  # ADDITIONAL_TIMEOUT (ms) overrides the config's additional-timeout for this run; see docs/quality.md before lowering it.
  python3 - "$root/tools/stryker-config.json" "$out/stryker-config.json" "${ADDITIONAL_TIMEOUT:-}" <<'PY'
import json, sys
config = json.load(open(sys.argv[1]))
if sys.argv[3]:
    config["stryker-config"]["additional-timeout"] = int(sys.argv[3])
json.dump(config, open(sys.argv[2], "w"), indent=2)
PY
  echo "== stryker: $run (additional-timeout $(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["stryker-config"]["additional-timeout"])' "$out/stryker-config.json") ms)"
  # Stryker runs from the test project's folder: from the root it would see PerfMetrics.sln and switch to solution mode.
  (cd tests/PerfMetrics.Tests &&
    dotnet stryker -f "$out/stryker-config.json" "${patterns[@]}" -c "$concurrency" -O "$out" --skip-version-check)
done

# One summed score over every run's JSON report.
python3 - "$root/StrykerOutput" "${runs[@]}" <<'EOF'
import json, sys, glob, collections
base, runs = sys.argv[1], sys.argv[2:]
total = collections.Counter()
for run in runs:
    files = glob.glob(f"{base}/{run}/reports/mutation-report.json")
    if not files:
        print(f"{run}: no report")
        continue
    c = collections.Counter(m["status"] for f in json.load(open(files[0]))["files"].values() for m in f["mutants"])
    c.pop("Ignored", None)
    total += c
    det = c["Killed"] + c["Timeout"]
    valid = det + c["Survived"] + c["NoCoverage"]
    score = 100.0 * det / valid if valid else 0.0
    print(f"{run}: score {score:.2f}% killed {c['Killed']} timeout {c['Timeout']} survived {c['Survived']} "
          f"no-coverage {c['NoCoverage']} compile-error {c['CompileError']} runtime-error {c['RuntimeError']}")
det = total["Killed"] + total["Timeout"]
valid = det + total["Survived"] + total["NoCoverage"]
if len(runs) > 1 and valid:
    print(f"total: score {100.0 * det / valid:.2f}% killed {total['Killed']} timeout {total['Timeout']} "
          f"survived {total['Survived']} no-coverage {total['NoCoverage']} compile-error {total['CompileError']}")
EOF
