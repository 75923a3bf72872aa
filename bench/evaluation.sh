#!/usr/bin/env bash
# What issue 18 asks to quote: a round of 300 products, 7 council members, 40 criteria each (a TEST sheet, made-up
# criteria), every sheet in; the secretary's progress page, the minutes PDF and the result XLSX of the round, each
# warm (one untimed request, then 5 timed), through the real host on SQLite (tests/.../Evaluation/EvaluationBench.cs).
# Usage: bash bench/evaluation.sh
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
cd "$repo"
echo "== building Release (tests)"
dotnet build tests/OcopCatalogue.Tests -c Release -v quiet -nologo >/dev/null
echo "== $(nproc) cores; $(uptime)"
dotnet test tests/OcopCatalogue.Tests -c Release --no-build --filter "FullyQualifiedName~EvaluationBench" \
  --logger "console;verbosity=detailed" 2>&1 | grep -E "BENCH|seeded|Passed|Failed" | sed "s/^ *//" | awk '!seen[$0]++' || true
echo "== after: $(uptime)"
