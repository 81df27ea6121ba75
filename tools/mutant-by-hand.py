#!/usr/bin/env python3
"""Re-check Stryker verdicts by hand: apply mutants from a Stryker JSON report one at a time to a clean checkout, build
the tests (Release, normal test build) and run the tests that Stryker says killed (or covered) each mutant.

    python3 tools/mutant-by-hand.py REPORT CHECKOUT COUNT STATUS[,STATUS] [SEED] [PATH-FILTER]

REPORT is StrykerOutput/<run>/reports/mutation-report.json; CHECKOUT is a git worktree with no local changes (every
file is restored after each mutant). COUNT mutants of the given statuses (Killed, Timeout, Survived, ...) are drawn at
random with SEED. Environment: FULL=1 runs the whole suite instead of the killing/covering tests (needed for
survivors); SPOT_TIMEOUT=seconds limits each test run (default 600; a run that exceeds it counts as a hang).
Prints, per mutant, the change and whether the tests failed. See docs/quality.md section 3.
"""
import json
import os
import random
import re
import subprocess
import sys


def main() -> None:
    report, checkout, count, statuses = sys.argv[1], sys.argv[2], int(sys.argv[3]), set(sys.argv[4].split(","))
    seed = int(sys.argv[5]) if len(sys.argv) > 5 else 1
    path_filter = sys.argv[6] if len(sys.argv) > 6 else ""
    data = json.load(open(report))
    names = {t["id"]: t["name"] for tf in data.get("testFiles", {}).values() for t in tf["tests"]}
    pool = [(p, m) for p, f in data["files"].items() if path_filter in p for m in f["mutants"] if m["status"] in statuses]
    random.Random(seed).shuffle(pool)
    dll = f"{checkout}/tests/PerfMetrics.Tests/bin/Release/net10.0/PerfMetrics.Tests.dll"
    full = os.environ.get("FULL") == "1"
    limit = int(os.environ.get("SPOT_TIMEOUT", "600"))
    for path, mutant in pool[:count]:
        relative = path.split("src/PerfMetrics/")[-1]
        target = f"{checkout}/src/PerfMetrics/{relative}"
        original = open(target).read()
        lines = original.split("\n")

        def offset(pos: dict) -> int:
            return sum(len(line) + 1 for line in lines[: pos["line"] - 1]) + pos["column"] - 1

        start, end = offset(mutant["location"]["start"]), offset(mutant["location"]["end"])
        print(f"== {relative}:{mutant['location']['start']['line']} [{mutant['status']}] {mutant['mutatorName']}: "
              f"{original[start:end][:60]!r} -> {mutant['replacement'][:60]!r}", flush=True)
        open(target, "w").write(original[:start] + mutant["replacement"] + original[end:])
        try:
            build = subprocess.run(["dotnet", "build", f"{checkout}/tests/PerfMetrics.Tests", "-c", "Release", "-v", "q",
                                    "-nologo"], capture_output=True, text=True)
            if build.returncode != 0:
                print("   does not compile by hand:", [l for l in build.stdout.split("\n") if "error" in l][:1])
                continue
            args = ["dotnet", dll, "-noLogo", "-noColor"]
            if not full:
                ids = mutant.get("killedBy") or mutant.get("coveredBy") or []
                tests = sorted({re.sub(r"\(.*", "", names.get(i, "")) for i in ids} - {""})[:25]
                if not tests:
                    print("   the report names no tests for it")
                    continue
                for test in tests:
                    args += ["-method", test]
            result = subprocess.run(args, capture_output=True, text=True, timeout=limit)
            summary = [l.strip() for l in result.stdout.split("\n") if "Total:" in l]
            what = "whole suite" if full else f"{(len(args) - 4) // 2} test methods"
            print(f"   {what}: {summary[-1] if summary else result.stdout[-300:]}")
        except subprocess.TimeoutExpired:
            print(f"   tests still running after {limit} s: a hang")
        finally:
            open(target, "w").write(original)


if __name__ == "__main__":
    main()
