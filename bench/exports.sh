#!/usr/bin/env bash
# What issue 17 asks to quote for open data and statistics at 20,000 generated products: the time of each open-data
# export (CSV, JSON, XLSX of the products, and the certificates' CSV), of the officers' XLSX in the back office, and of
# the statistics page rendered (page cache off), each warm: one untimed request first, then RUNS timed ones, printing
# the fastest and the median, with the machine's load average. Seeds a temporary database (or reuses DATA; the
# officers' list then needs a site that has no account yet, for the one-time set-up link).
# Usage: bash bench/exports.sh          RUNS=5 DATA=/tmp/ocop-load PORT=5197 bash bench/exports.sh
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
# shellcheck source=bench/lib.sh
source "$repo/bench/lib.sh"
use_port 5197
runs=${RUNS:-5}
products=${PRODUCTS:-20000}

echo "== building Release (site and benchmark tool)"
build_release site bench

seeded_data ocop-exports "$products" 1
log="$data/exports-site.log"
: >"$log"
# The statistics page is measured as rendered, not as served from the page cache.
start_site "$log" --Ocop:Caching:Enabled=false

jar="$data/exports-cookies"
: >"$jar"
officers=""
# The console logger writes asynchronously: the set-up link may follow the first answered request by a moment.
sleep 1
if grep -q '/backoffice/thiet-lap?token=' "$log"; then
  first_administrator "$log" "$jar" "Quản trị thử" admin@exports.test "ruộng lúa chín vàng ươm 2024"
  officers=yes
fi

# timed NAME PATH [curl option...]: one warm-up, then $runs timed requests; prints fastest, median and the size.
timed() {
  local name=$1 path=$2
  shift 2
  local status times size
  status=$(curl -s -o /dev/null -w '%{http_code}' "$@" "$url$path")
  [ "$status" = 200 ] || { echo "$name: $path answered $status"; return 1; }
  times=$(for _ in $(seq 1 "$runs"); do curl -s -o /dev/null -w '%{time_total}\n' "$@" "$url$path"; done | sort -n)
  size=$(curl -s -o /dev/null -w '%{size_download}' "$@" "$url$path")
  printf '%-28s fastest %6.0f ms   median %6.0f ms   %8d bytes\n' "$name" \
    "$(echo "$times" | head -1 | awk '{print $1 * 1000}')" \
    "$(echo "$times" | awk -v n="$runs" 'NR == int((n + 1) / 2) {print $1 * 1000}')" "$size"
}

echo "== $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg); $products products; $runs timed runs each after one warm-up"
timed "products CSV" /du-lieu-mo/san-pham.csv
timed "products JSON" /du-lieu-mo/san-pham.json
timed "products XLSX" /du-lieu-mo/san-pham.xlsx
timed "certificates CSV" /du-lieu-mo/chung-nhan.csv
timed "statistics page" /thong-ke
if [ -n "$officers" ]; then
  timed "officers' XLSX (back office)" "/backoffice/danh-sach-ocop?handler=xlsx" -b "$jar"
else
  echo "officers' XLSX: skipped (the data directory has an account already, so no set-up link to sign in with)"
fi
errors=$(grep -c '^fail:' "$log" || true)
echo "errors logged by the site: $errors (must be 0); load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
