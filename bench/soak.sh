#!/usr/bin/env bash
# Issue 7's bounded soak: mixed traffic from bench/load.sh's pages at 32 connections for SOAK_MINUTES (default 10)
# on a site with 20,000 generated products and the page cache on, while a product is published every
# PUBLISH_EVERY seconds (default 5). A publish changes a product and raises ContentPublished in the running site
# through a bench-only endpoint (Ocop:Bench:PublishEndpoint), as an editor's publish would: the catalogue list,
# search index and page cache all follow. Prints the errors (wrk's, failed publishes, errors in the site's log;
# all must be 0) and the site's resident memory every 10 s, which must level off. Not run by CI.
# Usage: bash bench/soak.sh        SOAK_MINUTES=2 PUBLISH_EVERY=3 CONNECTIONS=32 DATA=/tmp/ocop-load bash bench/soak.sh
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
minutes=${SOAK_MINUTES:-10}
publish_every=${PUBLISH_EVERY:-5}
connections=${CONNECTIONS:-32}
products=${PRODUCTS:-20000}
port=${PORT:-5195}
url="http://127.0.0.1:$port"
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1

if ! command -v wrk >/dev/null; then
  echo "== installing wrk (Debian package)"
  (apt-get update -qq && apt-get install -y -qq wrk) >/dev/null
fi

echo "== building Release (site and benchmark tool)"
dotnet build "$repo/src/OcopCatalogue.Web" -c Release -v quiet -nologo >/dev/null
dotnet build "$repo/bench/OcopCatalogue.Bench" -c Release -v quiet -nologo >/dev/null

# DATA=dir reuses (or first seeds) a data directory, as bench/load.sh does; by default a temporary one.
data=${DATA:-$(mktemp -d /tmp/ocop-soak-XXXX)}
keep=${DATA:+1}
mkdir -p "$data"
pid="" publisher="" sampler=""
cleanup() {
  for p in $publisher $sampler; do kill "$p" 2>/dev/null || true; done
  if [ -n "$pid" ]; then kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; fi
  [ -n "$keep" ] || rm -rf "$data"
}
trap cleanup EXIT
# shellcheck source=bench/lib/bench-site.sh
source "$repo/bench/lib/bench-site.sh"
seed_bench_data
log="$data/soak-site.log"
start_bench_site "$log"

# Every kind of page of the benchmark, with twenty products and twenty batches so the cache holds many pages.
paths="/ /san-pham?nhom=1&sao=4&trang=2 /san-pham /en $SEARCH_PAGE /tim-kiem?q=tra $PRODUCT_PAGE $SOME_PRODUCT_PAGES $SCAN_PAGE $SOME_SCAN_PAGES $QR_PNG"
for p in $paths; do
  status=$(curl -s -o /dev/null -w '%{http_code}' "$url$p")
  [ "$status" = 200 ] || { echo "$p answered $status"; exit 1; }
done
echo "== $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg); $(echo "$paths" | wc -w) addresses in turn at $connections connections for $minutes min; a publish every $publish_every s"

# Publishes: the soak's products in turn, each time a new short description.
read -r -a publish_slugs <<<"$(echo "$SOME_PRODUCT_PAGES" | sed 's#/san-pham/##g')"
(
  i=0 ok=0 failed=0
  while true; do
    slug=${publish_slugs[$((i % ${#publish_slugs[@]}))]}
    if [ "$(curl -s -o /dev/null -w '%{http_code}' -X POST "$url/_bench/publish?slug=$slug")" = 200 ]; then ok=$((ok + 1)); else failed=$((failed + 1)); fi
    i=$((i + 1))
    echo "$ok $failed" >"$data/soak-publishes"
    sleep "$publish_every"
  done
) &
publisher=$!

rss() { awk '/^VmRSS/ { printf "%.0f", $2 / 1024 }' "/proc/$pid/status"; }
(
  start=$SECONDS
  while true; do
    echo "$((SECONDS - start)) $(rss)" >>"$data/soak-rss"
    sleep 10
  done
) &
sampler=$!
: >"$data/soak-rss"

PATHS="$paths" wrk -t2 -c"$connections" -d"${minutes}m" --timeout 10s -s "$repo/bench/lua/report.lua" "$url/" >"$data/soak-wrk" || true
kill "$publisher" "$sampler" 2>/dev/null || true
publisher="" sampler=""

echo
echo "RSS of the site (MB), every 10 s:"
awk '{ printf "%s%5d s %5d MB", (NR % 6 == 1 ? "" : "  |"), $1, $2; if (NR % 6 == 0) print "" } END { if (NR % 6) print "" }' "$data/soak-rss"
read -r rps p50 p95 p99 requests wrk_errors < <(sed -n 's/^RESULT //p' "$data/soak-wrk")
read -r published publish_failures <"$data/soak-publishes"
site_errors=$(grep -c '^fail:' "$log" || true)
unrecorded=$({ grep -o '[0-9]* scans were not recorded' "$log" || true; } | awk '{ n += $1 } END { print n + 0 }')
echo "requests: $requests at $rps req/s; latency p50 $p50 ms, p95 $p95 ms, p99 $p99 ms"
grep '^ERRORS' "$data/soak-wrk" || true
echo "publishes: $published done, $publish_failures failed"
echo "errors: wrk $wrk_errors, failed publishes $publish_failures, errors logged by the site $site_errors (all must be 0)"
echo "scan views not recorded (queue full): $unrecorded"
# Levelling off: the last third of the run may not grow more than 10% over the middle third's peak.
awk -v errors=$((wrk_errors + publish_failures + site_errors)) '
  { t[NR] = $1; m[NR] = $2 }
  END {
    third = int(NR / 3); if (third < 1) { print "too few samples to judge memory"; exit 1 }
    for (i = third + 1; i <= 2 * third; i++) if (m[i] > middle) middle = m[i]
    for (i = 2 * third + 1; i <= NR; i++) if (m[i] > last) last = m[i]
    growth = 100 * (last - middle) / middle
    printf "memory: peak %d MB in the middle third, %d MB in the last third (%+.1f%%): %s\n", middle, last, growth, growth <= 10 ? "levels off" : "STILL GROWING"
    print (errors == 0 && growth <= 10) ? "soak passed" : "soak FAILED"
    exit (errors == 0 && growth <= 10) ? 0 : 1
  }' "$data/soak-rss"
