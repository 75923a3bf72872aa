#!/usr/bin/env bash
# Measures what issue 2 asks to quote: a cold start with database creation and uSync import,
# and the latency of the product page (p50, with p90/p99 for context).
# Usage: bash bench/catalogue.sh [product-slug]   (default: tra-xa-den)       PORT=5199 to change the port
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
# shellcheck source=bench/lib.sh
source "$repo/bench/lib.sh"
slug=${1:-tra-xa-den}
use_port 5199
site_poll=0.05

need_command wrk

echo "== building Release"
build_release site

data=$(mktemp -d /tmp/ocop-bench-XXXX)
scratch=$data

echo "== cold start: empty data directory, migrate + import uSync/"
start=$(date +%s%N)
start_site ""
ready=$(date +%s%N)
echo "cold start to first page: $(( (ready - start) / 1000000 )) ms"

status=$(curl -s -o /dev/null -w '%{http_code}' "$url/san-pham/$slug")
[ "$status" = 200 ] || { echo "product page /san-pham/$slug answered $status"; exit 1; }

echo "== product page /san-pham/$slug: warm-up, then 10 s with 1 connection"
wrk -t1 -c1 -d3s "$url/san-pham/$slug" >/dev/null
wrk -t1 -c1 -d10s --latency "$url/san-pham/$slug" | sed -n '/Latency Distribution/,/99%/p;/Requests\/sec/p'
