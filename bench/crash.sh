#!/usr/bin/env bash
# Crash test (issue 7, data safety): no acknowledged publish is lost when the site dies mid-write.
# Starts the site in Release on a fresh data directory, publishes a content page WRITES times through the back
# office's own edit form (each with a numbered title; acknowledged = the site's redirect after the save, as a
# browser sees it), kills the process with SIGKILL at a random point in the middle (a publish is usually in flight),
# restarts it, then checks that SQLite's integrity_check says ok, that every acknowledged publish is stored as a
# published version, and that the page the public sees is the last acknowledged one (or the one in flight, whole).
# With PROVIDER=PostgreSQL the content store is a PostgreSQL 15 server (Debian's, started in the work directory on
# PG_PORT, 5396, with fsync on as in production); the checks are the same, and amcheck verifies every index of the
# store in place of integrity_check.
# Usage: bash bench/crash.sh            (WRITES=200 PORT=5197 SEED=<number> PROVIDER=Sqlite|PostgreSQL to change)
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
# shellcheck source=bench/lib.sh
source "$repo/bench/lib.sh"
# shellcheck source=scripts/lib/cluster.sh
source "$repo/scripts/lib/cluster.sh"
use_port 5197
provider=${PROVIDER:-Sqlite}
case "$provider" in
  Sqlite | sqlite | SQLite) provider=Sqlite ;;
  PostgreSQL | postgresql | postgres) provider=PostgreSQL ;;
  *) fail "PROVIDER must be Sqlite or PostgreSQL, not $provider" ;;
esac
cluster_pg_port=${PG_PORT:-5396}
writes=${WRITES:-200}
seed=${SEED:-$(( $(date +%s) % 100000 ))}
RANDOM=$seed
# Kill after a random number of acknowledged writes, between a fifth and four fifths of the run.
kill_after=$(( writes / 5 + RANDOM % (writes * 3 / 5) ))

need_command curl
if [ "$provider" = PostgreSQL ]; then
  cluster_need_tools
  cluster_port_free "$cluster_pg_port" || fail "port $cluster_pg_port is already in use; choose another with PG_PORT=<port>"
else
  need_command sqlite3
fi

echo "== building Release"
build_release site bench

work=$(mktemp -d /tmp/ocop-crash-XXXX)
scratch=$work
data="$work/data"
jar="$work/cookies"
acked="$work/acknowledged"
: >"$acked"
store_args=()
if [ "$provider" = PostgreSQL ]; then
  cluster_dir="$work"
  trap 'stop_site; cluster_stop_pg; bench_exit' EXIT
  echo "== starting PostgreSQL on 127.0.0.1:$cluster_pg_port"
  cluster_start_pg
  store_args=(--Ocop:Database:Provider=PostgreSQL "--ConnectionStrings:Ocop=$(cluster_connection)")
fi

# store_query SQL: one value from the content store (SQLite's file or PostgreSQL's database); SQL is written for
# SQLite, and PostgreSQL gets its identifiers quoted.
store_query() {
  if [ "$provider" = PostgreSQL ]; then
    cluster_psql "$cluster_database" -tA -c "$(echo "$1" | sed -E 's/\b(Id|Pages|Slug|Title|ContentVersions|ItemType|PublishedAt|Snapshot|AuditEntries|Action)\b/"\1"/g')"
  else
    sqlite3 "$data/ocop.db" "$1"
  fi
}

echo "== starting the site (seed $seed: SIGKILL after $kill_after acknowledged writes)"
start_site "$work/site.log" ${store_args[@]+"${store_args[@]}"}
# The one-time set-up link of a new installation creates the first administrator and signs it in.
password="ruộng lúa chín vàng ươm 2024"
first_administrator "$work/site.log" "$jar" "Quản trị thử" admin@crash.test "$password"

page_id=$(store_query "SELECT Id FROM Pages WHERE Slug = 'gioi-thieu-ocop';")
[ -n "$page_id" ] || { echo "no page gioi-thieu-ocop in the imported content"; exit 1; }
# The writer (a .NET client reading the real form) stops at the first publish that is not acknowledged.
dotnet "$bench_dll" publish --url "$url" --email admin@crash.test --password "$password" \
  --edit "/backoffice/trang/$page_id" --count "$writes" --acked "$acked" 2>"$work/unacknowledged" &
helpers+=($!)
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
helpers=()
acknowledged=$(wc -l <"$acked")
last=$(tail -1 "$acked")
in_flight=$((last + 1))
echo "   killed after $((SECONDS - started)) s: $acknowledged publishes acknowledged, number $in_flight in flight"

echo "== restarting on the same data directory"
start_site "$work/site.log" ${store_args[@]+"${store_args[@]}"}
# The restarted site answers and still knows the administrator (a fresh sign-in, cookies from before dropped).
rm -f "$jar"
token=$(curl -fs -b "$jar" -c "$jar" "$url/backoffice/dang-nhap" | form_token)
status=$(curl -s -o /dev/null -w '%{http_code}' -b "$jar" -c "$jar" "$url/backoffice/dang-nhap" \
  --data-urlencode "Email=admin@crash.test" --data-urlencode "Password=$password" --data-urlencode "__RequestVerificationToken=$token")
[ "$status" = 302 ] || { echo "sign-in after the restart answered $status"; exit 1; }
public_title=$(curl -fs "$url/trang/gioi-thieu-ocop" | grep -o 'crash-publish-[0-9]*' | head -1)
stop_site

echo "== checking the database"
if [ "$provider" = PostgreSQL ]; then
  # amcheck (in Debian's postgresql) reads every B-tree index of the store and its table rows.
  integrity=$(cluster_psql "$cluster_database" -tA -c "CREATE EXTENSION IF NOT EXISTS amcheck;" \
    -c "SELECT count(bt_index_check(c.oid, true)) FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_am a ON a.oid = c.relam JOIN pg_namespace n ON n.oid = c.relnamespace WHERE a.amname = 'btree' AND n.nspname = 'public';" 2>&1 >/dev/null && echo ok || echo "amcheck failed")
else
  integrity=$(sqlite3 "$data/ocop.db" 'PRAGMA integrity_check;' | head -1)
fi
present=0
while read -r n; do
  count=$(store_query "SELECT COUNT(*) FROM ContentVersions WHERE ItemType = 'Page' AND PublishedAt IS NOT NULL AND Snapshot LIKE '%crash-publish-$n\"%';")
  [ "$count" = 1 ] && present=$((present + 1))
done <"$acked"
stored_title=$(store_query "SELECT Title FROM Pages WHERE Slug = 'gioi-thieu-ocop';" | grep -o 'crash-publish-[0-9]*')
audited=$(store_query "SELECT COUNT(*) FROM AuditEntries WHERE Action = 'content.published';")
in_flight_state=$([ "$stored_title" = "crash-publish-$in_flight" ] && echo "saved whole" || echo "absent")
# What the public sees must be the last acknowledged publish, or the one in flight if it was committed whole.
expected_ok=0
{ [ "$stored_title" = "crash-publish-$last" ] || [ "$stored_title" = "crash-publish-$in_flight" ]; } && [ "$public_title" = "$stored_title" ] && expected_ok=1

verdict=PASS
[ "$integrity" = ok ] && [ "$present" -eq "$acknowledged" ] && [ "$expected_ok" = 1 ] && [ "$audited" -ge "$acknowledged" ] \
  && [ "$acknowledged" -gt 0 ] || verdict=FAIL
echo "crash test ($provider) $verdict: SIGKILL after $acknowledged of $writes acknowledged publishes (seed $seed); after restart $present/$acknowledged stored as published versions, $audited publish audit entries; page in the store: $stored_title, on the public site: $public_title; integrity_check $integrity; publish in flight: $in_flight_state"
[ "$verdict" = PASS ]
