#!/usr/bin/env bash
# Issue 4's figures: requests/s and p50/p95 latency of the scan page and of a QR PNG at 32 concurrent connections,
# then the time to draw a QR PNG (p50/p99 over 10,000 different URLs).
# Usage: bash bench/scan.sh [product-slug]   (default: tra-xa-den, which has sample batches in uSync/)
#        DURATION=20s bash bench/scan.sh
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
slug=${1:-tra-xa-den}
port=${PORT:-5198}
duration=${DURATION:-10s}
url="http://127.0.0.1:$port"

if ! command -v wrk >/dev/null; then
  echo "== installing wrk (Debian package)"
  (apt-get update -qq && apt-get install -y -qq wrk) >/dev/null
fi

echo "== building Release"
dotnet build "$repo/src/OcopCatalogue.Web" -c Release -v quiet -nologo >/dev/null
dotnet build "$repo/bench/OcopCatalogue.Bench" -c Release -v quiet -nologo >/dev/null

data=$(mktemp -d /tmp/ocop-bench-XXXX)
trap 'kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; rm -rf "$data"' EXIT
(cd "$repo/src/OcopCatalogue.Web" && exec dotnet "bin/Release/net10.0/OcopCatalogue.Web.dll" \
  --urls "$url" --Ocop:DataDirectory="$data" --Logging:LogLevel:Default=Warning) &
pid=$!
until curl -fs -o /dev/null "$url/"; do
  kill -0 "$pid" 2>/dev/null || { echo "the site exited during start"; exit 1; }
  sleep 0.1
done

# The site itself says which stamps the product has: its QR link gives the GTIN path, its label sheet the lots.
product_qr=$(curl -fs "$url/san-pham/$slug" | grep -o 'href="/qr/01/[0-9]*\.png"' | head -1 | sed 's/href="\/qr//; s/\.png"//')
lot=$(curl -fs "$url/nhan-in/$slug" | grep -o '<option value="[^"]\+"' | head -1 | sed 's/<option value="//; s/"$//')
[ -n "$product_qr" ] && [ -n "$lot" ] || { echo "/san-pham/$slug has no GTIN stamp or no batch"; exit 1; }
scan="$product_qr/10/$lot"
for path in "$scan" "/qr$scan.png"; do
  status=$(curl -s -o /dev/null -w '%{http_code}' "$url$path")
  [ "$status" = 200 ] || { echo "$path answered $status"; exit 1; }
done

measure() {
  echo "== $1: warm-up, then $duration at 32 connections (wrk -t2 -c32)"
  wrk -t2 -c32 -d3s "$url$2" >/dev/null
  wrk -t2 -c32 -d"$duration" -s "$repo/bench/lua/percentiles.lua" "$url$2" | grep -E 'Requests/sec|p50'
}
measure "scan page $scan" "$scan"
measure "QR PNG /qr$scan.png" "/qr$scan.png"

echo "== drawing QR PNGs"
dotnet "$repo/bench/OcopCatalogue.Bench/bin/Release/net10.0/OcopCatalogue.Bench.dll" qr
