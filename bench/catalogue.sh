#!/usr/bin/env bash
# Measures what issue 2 asks to quote: a cold start with database creation and uSync import,
# and the latency of the product page (p50, with p90/p99 for context).
# Usage: bash bench/catalogue.sh [product-slug]   (default: tra-xa-den)
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
slug=${1:-tra-xa-den}
port=${PORT:-5199}
url="http://127.0.0.1:$port"

if ! command -v wrk >/dev/null; then
  echo "== installing wrk (Debian package)"
  (apt-get update -qq && apt-get install -y -qq wrk) >/dev/null
fi

echo "== building Release"
dotnet build "$repo/src/OcopCatalogue.Web" -c Release -v quiet -nologo >/dev/null

data=$(mktemp -d /tmp/ocop-bench-XXXX)
trap 'kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; rm -rf "$data"' EXIT

echo "== cold start: empty data directory, migrate + import uSync/"
start=$(date +%s%N)
(cd "$repo/src/OcopCatalogue.Web" && exec dotnet "bin/Release/net10.0/OcopCatalogue.Web.dll" \
  --urls "$url" --Ocop:DataDirectory="$data" --Logging:LogLevel:Default=Warning) &
pid=$!
until curl -fs -o /dev/null "$url/"; do
  kill -0 "$pid" 2>/dev/null || { echo "the site exited during start"; exit 1; }
  sleep 0.05
done
ready=$(date +%s%N)
echo "cold start to first page: $(( (ready - start) / 1000000 )) ms"

status=$(curl -s -o /dev/null -w '%{http_code}' "$url/san-pham/$slug")
[ "$status" = 200 ] || { echo "product page /san-pham/$slug answered $status"; exit 1; }

echo "== product page /san-pham/$slug: warm-up, then 10 s with 1 connection"
wrk -t1 -c1 -d3s "$url/san-pham/$slug" >/dev/null
wrk -t1 -c1 -d10s --latency "$url/san-pham/$slug" | sed -n '/Latency Distribution/,/99%/p;/Requests\/sec/p'
