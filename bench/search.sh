#!/usr/bin/env bash
# Issue 3's figure: p50/p95 latency of ranked search with facets over 1,000 mixed queries, with 50,000 generated
# products seeded into a temporary database (generated names only; nothing is written to uSync/).
# Runs in-process: no site is started and no port is used.
# Usage: bash bench/search.sh [--products N] [--queries N]     SHOW_SLOWEST=10 lists the slowest queries.
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
# shellcheck source=bench/lib.sh
source "$repo/bench/lib.sh"
echo "== building the benchmark (Release)"
build_release bench
exec dotnet "$bench_dll" search "$@"
