#!/usr/bin/env bash
# Issue 13's figure: the story sanitiser on 1 MB of nested <b>, 1 MB of nested <div> (both stopped by the depth
# limit inside the parse) and a realistic 50 KB story, after a warm-up; the goal is under 100 ms for the nested ones.
# Runs in-process: no site is started and no port is used.
# Usage: bash bench/sanitize.sh [--runs N]
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
# shellcheck source=bench/lib.sh
source "$repo/bench/lib.sh"
echo "== building the benchmark (Release)"
build_release bench
echo "== load: $(uptime | sed 's/.*load average/load average/')"
exec dotnet "$bench_dll" sanitize "$@"
