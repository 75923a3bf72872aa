#!/usr/bin/env bash
# Issue 4's figures: requests/s and p50/p95 latency of the scan page and of a QR PNG at 32 concurrent connections,
# then the time to draw a QR PNG (p50/p99 over 10,000 different URLs).
# Usage: bash bench/scan.sh [product-slug]   (default: tra-xa-den, which has sample batches in uSync/)
#        DURATION=20s PORT=5198 bash bench/scan.sh
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
# shellcheck source=bench/lib.sh
source "$repo/bench/lib.sh"
slug=${1:-tra-xa-den}
use_port 5198
duration=${DURATION:-10s}

need_command wrk

echo "== building Release"
build_release site bench

data=$(mktemp -d /tmp/ocop-bench-XXXX)
scratch=$data
start_site ""

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
dotnet "$bench_dll" qr
