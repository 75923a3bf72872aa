#!/usr/bin/env bash
# Issue 7's load benchmark. Seeds 20,000 generated products (with a batch for every 20th) into a temporary data
# directory, starts the site in Release from its build output, and measures with wrk at 32 connections, for each of
# home, a filtered catalogue page, a product page, a search, a batch's scan page and its QR PNG:
#   cold  - the site started with Ocop:Caching:Enabled=false, so every request renders;
#   warm  - the page cache on (the default);
#   static - the same bytes, saved from the warm site, served as a plain file by the same server
#            (Ocop:Bench:StaticDirectory, a bench-only option), for the ratio dynamic/static.
# Then prints a table against the goals: warm >= 50% of static and p99 < 10 ms; uncached product page >= 2,000 req/s.
# Usage: bash bench/load.sh          DURATION=20s WARMUP=5s PRODUCTS=20000 CONNECTIONS=32 PORT=5197 bash bench/load.sh
#        DATA=/tmp/ocop-load bash bench/load.sh   keeps (and on later runs reuses) the seeded data directory
# Takes about 3 minutes with the defaults. wrk runs on the same machine: its threads share the cores with the site.
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
# shellcheck source=bench/lib.sh
source "$repo/bench/lib.sh"
use_port 5197
products=${PRODUCTS:-20000}
duration=${DURATION:-10s}
warmup=${WARMUP:-5s}
connections=${CONNECTIONS:-32}

need_command wrk

echo "== building Release (site and benchmark tool)"
build_release site bench

# DATA=dir keeps the seeded directory between runs (seeded on the first); by default a temporary one is removed.
seeded_data ocop-load "$products" 3
static="$data/static"
mkdir -p "$static"
: >"$data/site.log"

names=(home catalogue product search scan qr)
# Serialised stamps (issue 16): an issued serial's scan page and a made-up serial's; data seeded before them lacks both.
if [ -n "${STAMP_PAGE:-}" ]; then
  names+=(stamp unissued)
fi
declare -A path=(
  [stamp]="${STAMP_PAGE:-}"
  [unissued]="${UNISSUED_STAMP_PAGE:-}"
  [home]="/"
  [catalogue]="/san-pham?nhom=1&sao=4&trang=2"
  [product]="$PRODUCT_PAGE"
  [search]="$SEARCH_PAGE"
  [scan]="$SCAN_PAGE"
  [qr]="$QR_PNG"
)
declare -A file=([home]=home.html [catalogue]=catalogue.html [product]=product.html [search]=search.html [scan]=scan.html [qr]=qr.png
  [stamp]=stamp.html [unissued]=unissued.html)

# start_site_with_cache true|false: the site, then every page once before any measurement, so the catalogue list
# is read and the code compiled outside the runs.
start_site_with_cache() {
  start_site "$data/site.log" --Ocop:Caching:Enabled="$1" --Ocop:Bench:StaticDirectory="$static"
  for name in "${names[@]}"; do
    curl -fs -o /dev/null "$url${path[$name]}"
  done
}

# measure KEY PATH: a warm-up, then the measured run; keeps "rps p50 p95 p99 requests errors" in result[KEY].
declare -A result
measure() {
  local status
  status=$(curl -s -o /dev/null -w '%{http_code}' "$url$2")
  [ "$status" = 200 ] || { echo "$2 answered $status"; exit 1; }
  wrk -t2 -c"$connections" -d"$warmup" "$url$2" >/dev/null
  result[$1]=$(wrk -t2 -c"$connections" -d"$duration" -s "$repo/bench/lua/report.lua" "$url$2" | sed -n 's/^RESULT //p')
  printf '  %-10s %-48s %s\n' "$1" "$2" "${result[$1]}"
}

echo "== $(nproc) cores; load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "== cold: page cache off; $duration per page at $connections connections (after $warmup of warm-up)"
echo "  page       address                                          req/s p50 p95 p99 (ms) requests errors"
start_site_with_cache false
for name in "${names[@]}"; do
  measure "cold-$name" "${path[$name]}"
done
stop_site

echo "== warm: page cache on; then the same bytes as static files"
start_site_with_cache true
for name in "${names[@]}"; do
  curl -fs -o "$static/${file[$name]}" "$url${path[$name]}"
done
for name in "${names[@]}"; do
  measure "warm-$name" "${path[$name]}"
  measure "static-$name" "/_bench/${file[$name]}"
done
stop_site
echo "== load average after: $(cut -d' ' -f1-3 /proc/loadavg)"

field() { echo "${result[$1]}" | cut -d' ' -f"$2"; }
echo
echo "Requests/s and latency (ms) at $connections connections, $products generated products, $(nproc) cores shared with wrk"
printf '%-10s %9s %8s | %9s %7s %7s %7s | %9s %7s | %-s\n' page "cold r/s" "cold p99" "warm r/s" p50 p95 p99 "static" "w/s %" "goals: warm >= 50% static, p99 < 10 ms"
all_met=1
for name in "${names[@]}"; do
  warm=$(field "warm-$name" 1); stat=$(field "static-$name" 1); p99=$(field "warm-$name" 4)
  ratio=$(awk -v w="$warm" -v s="$stat" 'BEGIN { printf "%.0f", 100 * w / s }')
  verdict=$(awk -v r="$ratio" -v p="$p99" 'BEGIN { print (r >= 50 ? "ratio ok" : "ratio MISSED") ", " (p < 10 ? "p99 ok" : "p99 MISSED") }')
  [[ "$verdict" == *MISSED* ]] && all_met=0
  printf '%-10s %9s %8s | %9s %7s %7s %7s | %9s %6s%% | %s\n' "$name" "$(field "cold-$name" 1)" "$(field "cold-$name" 4)" \
    "$warm" "$(field "warm-$name" 2)" "$(field "warm-$name" 3)" "$p99" "$stat" "$ratio" "$verdict"
done
cold_product=$(field cold-product 1)
product_verdict=$(awk -v c="$cold_product" 'BEGIN { print (c >= 2000 ? "ok" : "MISSED") }')
[ "$product_verdict" = ok ] || all_met=0
echo "uncached product page: $cold_product req/s (goal >= 2,000): $product_verdict"
errors=0
for key in "${!result[@]}"; do
  errors=$((errors + $(field "$key" 6)))
done
echo "errors (non-2xx/3xx, socket errors, timeouts) over all runs: $errors"
# Every scan view is counted at once and its record written a moment later; a full queue drops records (logged).
unrecorded=$({ grep -o '[0-9]* scans were not recorded' "$data/site.log" || true; } | awk '{ n += $1 } END { print n + 0 }')
site_errors=$(grep -c '^fail:' "$data/site.log" || true)
echo "scan views not recorded (queue full): $unrecorded; errors logged by the site: $site_errors"
[ "$all_met" = 1 ] && echo "all goals met" || echo "some goals missed (see above)"
