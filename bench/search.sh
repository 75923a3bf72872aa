#!/usr/bin/env bash
# Issue 3's figure: p50/p95 latency of ranked search with facets over 1,000 mixed queries, with 50,000 generated
# products seeded into a temporary database (generated names only; nothing is written to uSync/).
# Usage: bash bench/search.sh [--products N] [--queries N]     SHOW_SLOWEST=10 lists the slowest queries.
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
echo "== building the benchmark (Release)"
dotnet build "$repo/bench/OcopCatalogue.Bench" -c Release -v quiet -nologo >/dev/null
exec dotnet "$repo/bench/OcopCatalogue.Bench/bin/Release/net10.0/OcopCatalogue.Bench.dll" search "$@"
