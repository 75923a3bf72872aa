#!/usr/bin/env bash
# Issue 17's figures for sharing and search engines, on a catalogue of PRODUCTS (20,000) generated products:
#   - the time to draw a product's share image (a cold card: the first request for it on this server, libvips drawing
#     the SVG with its text and writing the PNG), median of RUNS different products after a warm-up, and the time to
#     serve one already drawn (from the disk cache);
#   - the time to build the sitemap index, its first part and the product feed with the page cache off (each request
#     builds them from the store), median of RUNS after a warm-up.
# Prints the load average beside the figures: the machine may be shared.
# Usage: bash bench/share-image.sh      PRODUCTS=20000 RUNS=9 PORT=5293 DATA=/tmp/kept-data bash bench/share-image.sh
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
# shellcheck source=bench/lib.sh
source "$repo/bench/lib.sh"
use_port 5293
products=${PRODUCTS:-20000}
runs=${RUNS:-9}

need_command vips libvips-tools

echo "== building Release"
build_release site bench
seeded_data ocop-share "$products" 3
log="$(mktemp /tmp/ocop-share-log-XXXX)"
start_site "$log" --Ocop:Caching:Enabled=false

# median < numbers (seconds) -> milliseconds
median() { sort -n | awk '{ v[NR] = $1 } END { m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2; printf "%.0f", m * 1000 }'; }
timed() { curl -s -o /dev/null -w '%{http_code} %{time_total}\n' "$url$1"; }

# Product slugs from the sitemap's first part (each product is listed in both languages; the Vietnamese ones).
# awk rather than head: head would stop reading early, and pipefail would end the script on curl's broken pipe.
slugs=$(curl -fs "$url/sitemap-1.xml" | grep -o "<loc>$url/san-pham/[^<]*</loc>" | sed "s|<loc>$url/san-pham/||; s|</loc>||" | awk -v n=$((runs + 2)) 'NR <= n')
[ "$(echo "$slugs" | wc -l)" -ge $((runs + 2)) ] || { echo "fewer than $((runs + 2)) products in the sitemap"; exit 1; }

echo "== share images: warm-up (2 products), then $runs products drawn cold, then the same served again"
cold=()
warm=()
i=0
for slug in $slugs; do
  read -r code seconds <<<"$(timed "/chia-se/san-pham/$slug.png")"
  [ "$code" = 200 ] || { echo "/chia-se/san-pham/$slug.png answered $code"; tail -20 "$log"; exit 1; }
  i=$((i + 1))
  [ "$i" -le 2 ] && continue
  cold+=("$seconds")
  read -r _ again <<<"$(timed "/chia-se/san-pham/$slug.png")"
  warm+=("$again")
done
draw=$(printf '%s\n' "${cold[@]}" | median)
serve=$(printf '%s\n' "${warm[@]}" | median)

measure() {
  local path=$1 times=() seconds code
  timed "$path" >/dev/null
  timed "$path" >/dev/null
  for _ in $(seq "$runs"); do
    read -r code seconds <<<"$(timed "$path")"
    [ "$code" = 200 ] || { echo "$path answered $code" >&2; exit 1; }
    times+=("$seconds")
  done
  printf '%s\n' "${times[@]}" | median
}

echo "== sitemap and feed, page cache off: warm-up (2), then $runs requests each"
index=$(measure /sitemap.xml)
part=$(measure /sitemap-1.xml)
feed=$(measure /san-pham/feed.atom)
parts=$(curl -fs "$url/sitemap.xml" | grep -o '<sitemap>' | wc -l)
addresses=$(curl -fs "$url/sitemap-1.xml" | grep -o '<url>' | wc -l)
rm -f "$log"

echo
echo "products: $products   sitemap parts: $parts   addresses in part 1: $addresses"
echo "share image, drawn (median of $runs):      $draw ms"
echo "share image, served from disk (median):   $serve ms"
echo "sitemap index built (median of $runs):     $index ms"
echo "sitemap part 1 built (median of $runs):    $part ms"
echo "product feed built (median of $runs):      $feed ms"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) CPU(s)"
echo "RESULT share_draw_ms=$draw share_serve_ms=$serve sitemap_index_ms=$index sitemap_part_ms=$part feed_ms=$feed"
