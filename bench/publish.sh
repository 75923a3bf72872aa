#!/usr/bin/env bash
# What a publish costs on a site with 20,000 generated products: seeds (or reuses DATA), starts the site in Release
# with the bench-only publish endpoint, then publishes COUNT products one after another (the soak's products in turn)
# and after each asks once for the home page, a catalogue page, the full catalogue, a search and the published
# product's page, as the first visitors after a publish do. Prints p50/p99/max of each handler of the publish, of the
# handler chain, of the publish round trip and of each page's first answer, and counts product pages that did not
# show the published text yet (must be 0). No other traffic: this measures the work a publish leaves, not queueing.
# Usage: bash bench/publish.sh          COUNT=50 DATA=/tmp/ocop-load PORT=5193 bash bench/publish.sh
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
# shellcheck source=bench/lib.sh
source "$repo/bench/lib.sh"
use_port 5193
count=${COUNT:-50}
products=${PRODUCTS:-20000}

echo "== building Release (site and benchmark tool)"
build_release site bench

seeded_data ocop-publish "$products" 1
log="$data/publish-site.log"
: >"$log"
start_site "$log" --Ocop:Bench:PublishEndpoint=true

pages="/ /san-pham?nhom=1&sao=4&trang=2 /san-pham $SEARCH_PAGE $PRODUCT_PAGE"
# Every page once, so code is compiled and the lists are read before the first publish.
for p in $pages; do curl -fs -o /dev/null "$url$p"; done
slugs=${SOME_PRODUCT_PAGES//\/san-pham\//}
echo "== $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg); $count publishes"
dotnet "$bench_dll" publish-latency --url "$url" --count "$count" --slugs "$slugs" --pages "$pages"
errors=$(grep -c '^fail:' "$log" || true)
echo "errors logged by the site: $errors (must be 0); load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
