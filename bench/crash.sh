#!/usr/bin/env bash
# Crash test (issue 7, data safety): no acknowledged publish is lost when the site dies mid-write.
# Starts the site in Release on a fresh data directory, publishes a content page WRITES times through the back
# office's own edit form (each with a numbered title; acknowledged = the site's redirect after the save, as a
# browser sees it), kills the process with SIGKILL at a random point in the middle (a publish is usually in flight),
# restarts it, then checks that SQLite's integrity_check says ok, that every acknowledged publish is stored as a
# published version, and that the page the public sees is the last acknowledged one (or the one in flight, whole).
# Usage: bash bench/crash.sh            (WRITES=200 PORT=5197 SEED=<number> to change)
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
port=${PORT:-5197}
writes=${WRITES:-200}
seed=${SEED:-$(( $(date +%s) % 100000 ))}
url="http://127.0.0.1:$port"
RANDOM=$seed
# Kill after a random number of acknowledged writes, between a fifth and four fifths of the run.
kill_after=$(( writes / 5 + RANDOM % (writes * 3 / 5) ))

for tool in curl sqlite3; do
  if ! command -v "$tool" >/dev/null; then
    echo "== installing $tool (Debian package)"
    (apt-get update -qq && apt-get install -y -qq "$tool") >/dev/null
  fi
done

echo "== building Release"
dotnet build "$repo/src/OcopCatalogue.Web" -c Release -v quiet -nologo >/dev/null
dotnet build "$repo/bench/OcopCatalogue.Bench" -c Release -v quiet -nologo >/dev/null

work=$(mktemp -d /tmp/ocop-crash-XXXX)
data="$work/data"
jar="$work/cookies"
acked="$work/acknowledged"
pid=""
writer=""
cleanup() {
  [ -n "$writer" ] && kill "$writer" 2>/dev/null || true
  [ -n "$pid" ] && kill "$pid" 2>/dev/null || true
  wait 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
: >"$acked"

start_site() {
  # Another site still on the port would answer in this one's place and the test would check the wrong process.
  if curl -s -o /dev/null "$url/"; then echo "something already answers on $url; stop it or set PORT"; exit 1; fi
  (cd "$repo/src/OcopCatalogue.Web" && exec dotnet "bin/Release/net10.0/OcopCatalogue.Web.dll" \
    --urls "$url" --Ocop:DataDirectory="$data" --Logging:LogLevel:Default=Warning) >>"$work/site.log" 2>&1 &
  pid=$!
  until curl -fs -o /dev/null "$url/"; do
    kill -0 "$pid" 2>/dev/null || { echo "the site exited during start:"; tail -20 "$work/site.log"; exit 1; }
    sleep 0.2
  done
}

# form_token PAGE: the antiforgery token of the first form on a back-office page (with the session's cookies).
form_token() {
  curl -fs -b "$jar" -c "$jar" "$url$1" | grep -o 'name="__RequestVerificationToken" type="hidden" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//'
}

echo "== starting the site (seed $seed: SIGKILL after $kill_after acknowledged writes)"
start_site
# The one-time set-up link of a new installation creates the first administrator and signs it in.
# The console logger writes asynchronously: the line may follow the first answered request by a moment.
setup=""
for _ in $(seq 1 50); do
  setup=$(grep -o '/backoffice/thiet-lap?token=[A-Za-z0-9_-]*' "$work/site.log" | head -1 || true)
  [ -n "$setup" ] && break
  sleep 0.2
done
[ -n "$setup" ] || { echo "--- site log:"; tail -20 "$work/site.log"; echo "no set-up link in the site's log"; exit 1; }
password="ruộng lúa chín vàng ươm 2024"
token=$(form_token "$setup")
status=$(curl -s -o /dev/null -w '%{http_code}' -b "$jar" -c "$jar" "$url$setup" \
  --data-urlencode "DisplayName=Quản trị thử" --data-urlencode "Email=admin@crash.test" \
  --data-urlencode "Password=$password" --data-urlencode "ConfirmPassword=$password" \
  --data-urlencode "Token=${setup#*token=}" --data-urlencode "__RequestVerificationToken=$token")
[ "$status" = 302 ] || { echo "set-up answered $status"; exit 1; }

page_id=$(sqlite3 "$data/ocop.db" "SELECT Id FROM Pages WHERE Slug = 'gioi-thieu-ocop';")
[ -n "$page_id" ] || { echo "no page gioi-thieu-ocop in the imported content"; exit 1; }
bench_dll="$repo/bench/OcopCatalogue.Bench/bin/Release/net10.0/OcopCatalogue.Bench.dll"
# The writer (a .NET client reading the real form) stops at the first publish that is not acknowledged.
dotnet "$bench_dll" publish --url "$url" --email admin@crash.test --password "$password" \
  --edit "/backoffice/trang/$page_id" --count "$writes" --acked "$acked" 2>"$work/unacknowledged" &
writer=$!

echo "== writing; SIGKILL after $kill_after acknowledged writes"
started=$SECONDS
while [ "$(wc -l <"$acked")" -lt "$kill_after" ]; do
  kill -0 "$writer" 2>/dev/null || { echo "the writer stopped early:"; cat "$work/unacknowledged"; tail -20 "$work/site.log"; exit 1; }
  sleep 0.0$(( RANDOM % 9 + 1 ))
done
kill -KILL "$pid"
wait "$pid" 2>/dev/null || true
wait "$writer" 2>/dev/null || true
writer=""
acknowledged=$(wc -l <"$acked")
last=$(tail -1 "$acked")
in_flight=$((last + 1))
echo "   killed after $((SECONDS - started)) s: $acknowledged publishes acknowledged, number $in_flight in flight"

echo "== restarting on the same data directory"
start_site
# The restarted site answers and still knows the administrator (a fresh sign-in, cookies from before dropped).
rm -f "$jar"
token=$(form_token /backoffice/dang-nhap)
status=$(curl -s -o /dev/null -w '%{http_code}' -b "$jar" -c "$jar" "$url/backoffice/dang-nhap" \
  --data-urlencode "Email=admin@crash.test" --data-urlencode "Password=$password" --data-urlencode "__RequestVerificationToken=$token")
[ "$status" = 302 ] || { echo "sign-in after the restart answered $status"; exit 1; }
public_title=$(curl -fs "$url/trang/gioi-thieu-ocop" | grep -o 'crash-publish-[0-9]*' | head -1)
kill "$pid"
wait "$pid" 2>/dev/null || true
pid=""

echo "== checking the database"
db="$data/ocop.db"
integrity=$(sqlite3 "$db" 'PRAGMA integrity_check;' | head -1)
present=0
while read -r n; do
  count=$(sqlite3 "$db" "SELECT COUNT(*) FROM ContentVersions WHERE ItemType = 'Page' AND PublishedAt IS NOT NULL AND Snapshot LIKE '%crash-publish-$n\"%';")
  [ "$count" = 1 ] && present=$((present + 1))
done <"$acked"
stored_title=$(sqlite3 "$db" "SELECT Title FROM Pages WHERE Slug = 'gioi-thieu-ocop';" | grep -o 'crash-publish-[0-9]*')
audited=$(sqlite3 "$db" "SELECT COUNT(*) FROM AuditEntries WHERE Action = 'content.published';")
in_flight_state=$([ "$stored_title" = "crash-publish-$in_flight" ] && echo "saved whole" || echo "absent")
# What the public sees must be the last acknowledged publish, or the one in flight if it was committed whole.
expected_ok=0
{ [ "$stored_title" = "crash-publish-$last" ] || [ "$stored_title" = "crash-publish-$in_flight" ]; } && [ "$public_title" = "$stored_title" ] && expected_ok=1

verdict=PASS
[ "$integrity" = ok ] && [ "$present" -eq "$acknowledged" ] && [ "$expected_ok" = 1 ] && [ "$audited" -ge "$acknowledged" ] \
  && [ "$acknowledged" -gt 0 ] || verdict=FAIL
echo "crash test $verdict: SIGKILL after $acknowledged of $writes acknowledged publishes (seed $seed); after restart $present/$acknowledged stored as published versions, $audited publish audit entries; page in the store: $stored_title, on the public site: $public_title; integrity_check $integrity; publish in flight: $in_flight_state"
[ "$verdict" = PASS ]
