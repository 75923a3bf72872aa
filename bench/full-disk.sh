#!/usr/bin/env bash
# Full-disk test (issue 7, data safety): on a real full file system, a write fails with a clear message to the editor,
# nothing is half-written, and the site keeps serving the public.
# Mounts a small tmpfs (needs root, or the right to mount), makes it the data directory of the site in Release,
# creates the first administrator, publishes a content page through the back office's own edit form (acknowledged =
# the redirect after the save), uploads a photo, then fills the file system to the last byte and tries more
# publishes and an upload: each must either be acknowledged as before or answer the "nothing was saved" page (503,
# never a 500 or a stack trace), and public pages must go on answering. Then it frees the space and checks SQLite's
# integrity_check, that every acknowledged publish is stored and none of the refused ones left a version, an audit
# entry or a file behind, and that publishing and uploading work again.
# Usage: bash bench/full-disk.sh        (BEFORE=5 REFUSALS=5 MAX_ATTEMPTS=300 SIZE_MB=64 PORT=5194 to change)
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
# shellcheck source=bench/lib.sh
source "$repo/bench/lib.sh"
use_port 5194
before=${BEFORE:-5}
refusals=${REFUSALS:-5}
max_attempts=${MAX_ATTEMPTS:-300}
size_mb=${SIZE_MB:-64}
marker=full-disk-publish

work=$(mktemp -d /tmp/ocop-full-disk-XXXX)
scratch=$work
disk="$work/disk"
mkdir "$disk"
# The site must be stopped before the file system goes, and the file system gone before lib.sh removes $work.
leave() {
  stop_helpers
  stop_site
  if mountpoint -q "$disk"; then umount "$disk" || umount -l "$disk" || true; fi
  bench_exit
}
trap leave EXIT
if ! mount -t tmpfs -o "size=${size_mb}m,mode=0755" ocop-full-disk "$disk" 2>"$work/mount.err"; then
  echo "cannot mount a ${size_mb} MB tmpfs on $disk: $(head -1 "$work/mount.err")"
  echo "the full-disk test needs a file system of its own to fill: run it as root (or with CAP_SYS_ADMIN), e.g. sudo bash bench/full-disk.sh"
  exit 2
fi

need_command curl
need_command sqlite3
need_command fallocate util-linux
need_command vips libvips-tools

echo "== building Release"
build_release site bench

data="$disk/data"
log="$work/site.log"
jar="$work/cookies"
acked="$work/acknowledged"
answers="$work/answers"
: >"$acked"
mkdir "$answers"
: >"$answers/statuses"
resx="$repo/src/OcopCatalogue.Web/Resources/BackOffice/BackOfficeText.resx"
# What the editor must be told, as the back office's resources say it.
text_of() { grep -o "name=\"$1\" xml:space=\"preserve\"><value>[^<]*" "$resx" | sed 's/.*<value>//'; }
full_title=$(text_of Hardening.Error.StorageFull.Title)
full_text=$(text_of Hardening.Error.StorageFull.Text)
full_text=${full_text%%.*}.
free_bytes() { df --output=avail -B1 "$disk" | tail -1 | tr -d ' '; }

echo "== making a small photo to upload"
(cd "$work" && vips perlin p.v 1200 800 --cell-size 160 --seed 4 && vips linear p.v l.v 100 128 \
  && vips cast l.v c.v uchar && vips bandjoin "c.v c.v c.v" "photo.jpg[Q=85]" && rm -f ./*.v)
photo="$work/photo.jpg"

echo "== starting the site on a ${size_mb} MB tmpfs ($disk)"
start_site "$log"
password="ruộng lúa chín vàng ươm 2024"
first_administrator "$log" "$jar" "Quản trị thử" admin@full-disk.test "$password"
page_id=$(sqlite3 "$data/ocop.db" "SELECT Id FROM Pages WHERE Slug = 'gioi-thieu-ocop';")
[ -n "$page_id" ] || { echo "no page gioi-thieu-ocop in the imported content"; exit 1; }
product_page=/san-pham/$(sqlite3 "$data/ocop.db" "SELECT Slug FROM Products WHERE State = 'Published' ORDER BY Slug LIMIT 1;")
public_paths="/ /san-pham $product_page /tim-kiem?q=tra /trang/gioi-thieu-ocop /en"

# publish FIRST COUNT: numbered publishes through the edit form, in the administrator's session (signed in before the
# disk filled: a new sign-in has to store its session); refused answers are kept in $answers.
publish() {
  dotnet "$bench_dll" publish --url "$url" --cookies "$jar" \
    --edit "/backoffice/trang/$page_id" --from "$1" --count "$2" --marker "$marker" --acked "$acked" --answers "$answers" \
    2>>"$work/publisher.err" || { echo "the publisher failed:"; cat "$work/publisher.err"; tail -20 "$log"; exit 1; }
}

# upload NAME: "STATUS PATH" of a photo sent through the media library's upload form; the answer page in $work/NAME.html.
upload() {
  local token
  token=$(curl -fs -b "$jar" -c "$jar" "$url/backoffice/thu-vien-anh/tai-len" | form_token)
  curl -s -o "$work/$1.html" -b "$jar" -c "$jar" -w '%{http_code} %{redirect_url}' \
    -F "__RequestVerificationToken=$token" -F "Photo=@$photo;type=image/jpeg" \
    -F "Alt=Ảnh thử ổ đầy ($1)" "$url/backoffice/thu-vien-anh/tai-len"
}

# site_command ARGS...: the site's backup or restore command from the Release build, as scripts/backup.sh runs it;
# prints its exit code and message on one line.
site_command() {
  local out code=0
  out=$(cd "$site_dir" && dotnet bin/Release/net10.0/OcopCatalogue.Web.dll "$@" --Ocop:DataDirectory="$data" \
    --Logging:LogLevel:Default=Warning 2>&1) || code=$?
  echo "$code ${out//$'\n'/ }"
}

# data_sums: SHA-256 of every file in the data directory (the lock file's empty content included), for before/after.
data_sums() { (cd "$data" && find . -type f -print0 | sort -z | xargs -0 sha256sum); }

# public_answers: the status of each public page, e.g. "/=200 /san-pham=200 ...".
public_answers() {
  local path out=""
  for path in $public_paths; do out+="$path=$(curl -s -o /dev/null -w '%{http_code}' "$url$path") "; done
  echo "${out% }"
}

# What the editor saw in the answer page FILE (given its STATUS): "nothing-saved" when it is the 503 page with the
# storage-full title and text and no exception detail; otherwise what it was.
judge_refusal() {
  local status=$1 file=$2
  if grep -qE 'Exception|SQLite Error|   at [A-Z]' "$file"; then echo "$status with exception details"; return; fi
  if [ "$status" = 503 ] && grep -qF ">$full_title</h1>" "$file" && grep -qF "$full_text" "$file"; then
    echo nothing-saved
  else
    echo "$status: $(grep -o '<h1[^>]*>[^<]*' "$file" | head -1 | sed 's/<h1[^>]*>//')"
  fi
}

echo "== $before publishes and one upload with room on the disk"
publish 1 "$before"
[ "$(wc -l <"$acked")" -eq "$before" ] || { echo "only $(wc -l <"$acked") of $before publishes acknowledged with room on the disk:"; cat "$answers/statuses"; tail -20 "$log"; exit 1; }
read -r upload_before _ <<<"$(upload upload-before)"
[ "$upload_before" = 302 ] || { echo "the upload with room on the disk answered $upload_before"; tail -20 "$log"; exit 1; }
# A backup with room, outside the tmpfs, for the restore tried on the full disk.
read -r backup_room_code _ <<<"$(site_command backup --to "$work/backups")"
[ "$backup_room_code" = 0 ] || { echo "the backup with room on the disk failed"; exit 1; }
backup_folder=$(find "$work/backups" -mindepth 1 -maxdepth 1 -name 'ocop-backup-*' | head -1)

# SQLite's own checkpoint, as its auto-checkpoint runs it: the WAL file keeps its size and the next write starts over
# at its beginning, so the first writes on the full disk go into space the file already has (they must then be
# acknowledged and kept), and the refusals come once a write needs more (the WAL or the database must grow).
checkpoint=$(sqlite3 -cmd '.timeout 5000' "$data/ocop.db" 'PRAGMA wal_checkpoint(RESTART);')
sqlite3 -cmd '.timeout 5000' "$data/search.db" 'PRAGMA wal_checkpoint(RESTART);' >/dev/null
wal_kb=$(( $(stat -c %s "$data/ocop.db-wal" 2>/dev/null || echo 0) / 1024 ))

echo "== filling the file system ($(( $(free_bytes) / 1024 )) KB free)"
fallocate -l "$(free_bytes)" "$disk/filler" 2>/dev/null || true
# Whatever fallocate left (it may reserve less than asked), written until the file system refuses.
dd if=/dev/zero of="$disk/filler-rest" bs=4k status=none 2>/dev/null || true
filled_free=$(free_bytes)
filler_kb=$(( ($(stat -c %s "$disk/filler" 2>/dev/null || echo 0) + $(stat -c %s "$disk/filler-rest")) / 1024 ))
echo "   filler ${filler_kb} KB, ${filled_free} bytes free; the database's WAL file: ${wal_kb} KB, checkpointed (busy|frames|done: $checkpoint)"

echo "== publishing on the full disk until $refusals are refused (at most $max_attempts attempts), then an upload and a sign-in"
public_full_before=$(public_answers)
first_full=$((before + 1))
next=$first_full
while [ "$(wc -l <"$answers/statuses")" -lt "$refusals" ] && [ $((next - first_full)) -lt "$max_attempts" ]; do
  publish "$next" 10
  next=$((next + 10))
done
attempts_full=$((next - first_full))
read -r upload_full _ <<<"$(upload upload-full)"
upload_full_seen=$(judge_refusal "$upload_full" "$work/upload-full.html")
[ "$upload_full" = 302 ] && upload_full_seen=acknowledged
signin_form_full=$(curl -s -o /dev/null -w '%{http_code}' "$url/backoffice/dang-nhap")
# A new sign-in stores its session in the database, so on a full disk it is refused like any other write.
token=$(curl -fs -b "$work/signin-jar" -c "$work/signin-jar" "$url/backoffice/dang-nhap" | form_token)
signin_full=$(curl -s -o "$work/signin-full.html" -w '%{http_code}' -b "$work/signin-jar" -c "$work/signin-jar" \
  "$url/backoffice/dang-nhap" --data-urlencode "Email=admin@full-disk.test" --data-urlencode "Password=$password" \
  --data-urlencode "__RequestVerificationToken=$token")
signin_full_seen=$(judge_refusal "$signin_full" "$work/signin-full.html")
[ "$signin_full" = 302 ] && signin_full_seen=acknowledged
# An online backup onto the full disk itself (where backups/ usually is): an error, and nothing that passes for one.
read -r backup_full_code backup_full_message <<<"$(site_command backup --to "$disk/backups")"
backup_full_left=$(find "$disk/backups" -mindepth 1 2>/dev/null | wc -l)
public_full_after=$(public_answers)
site_up_full=yes
kill -0 "$pid" 2>/dev/null || site_up_full=no
still_free=$(free_bytes)

# Each attempt on the full disk: acknowledged, or what the editor saw instead.
acked_full=0
refused_full=0
first_refused=""
acked_after_refusal=0
refused_numbers=()
: >"$work/seen"
for n in $(seq "$first_full" $((next - 1))); do
  if grep -qx "$n" "$acked"; then
    acked_full=$((acked_full + 1))
    [ -z "$first_refused" ] || acked_after_refusal=$((acked_after_refusal + 1))
    echo acknowledged >>"$work/seen"
  else
    status=$(awk -v n="$n" '$1 == n { print $2 }' "$answers/statuses")
    if [ -f "$answers/$n.html" ]; then
      seen=$(judge_refusal "$status" "$answers/$n.html")
    else
      seen="${status:-no answer}"
    fi
    [ "$seen" = nothing-saved ] && refused_full=$((refused_full + 1))
    [ -n "$first_refused" ] || first_refused=$n
    refused_numbers+=("$n")
    echo "$seen" >>"$work/seen"
  fi
done
seen_full=$(sort "$work/seen" | uniq -c | awk '{ n = $1; $1 = ""; printf "%s%s x%d", sep, substr($0, 2), n; sep = ", " }')

# As after a crash or a service restart while the disk is still full: the site must start and serve again (the
# WAL it could not fold back into the full database on stopping is read as it is).
echo "== restoring on the full disk (refused), then restarting the site on it"
stop_site
sums_before_restore=$(data_sums)
read -r restore_full_code restore_full_message <<<"$(site_command restore --from "$backup_folder")"
restore_unchanged=no
[ "$(data_sums)" = "$sums_before_restore" ] && restore_unchanged=yes
restore_left=$(find "$disk" "$data" -maxdepth 1 -name '*.restore-*' | wc -l)
start_site "$log"
public_restarted=$(public_answers)
signin_form_restarted=$(curl -s -o /dev/null -w '%{http_code}' "$url/backoffice/dang-nhap")

echo "== freeing the space"
rm -f "$disk/filler" "$disk/filler-rest"
integrity_freed=$(sqlite3 "$data/ocop.db" 'PRAGMA integrity_check;' | head -1)
first_after=$next
publish "$first_after" 2
acked_after=$(awk -v n="$first_after" '$1 >= n' "$acked" | wc -l)
read -r upload_after _ <<<"$(upload upload-after)"
public_title=$(curl -fs "$url/trang/gioi-thieu-ocop" | grep -o "$marker-[0-9]*" | head -1)
stop_site
storage_errors=$(grep -c 'Nothing saved: the content store could not write' "$log" || true)
unhandled=$(grep -c 'An unhandled exception\|fail: Microsoft.AspNetCore' "$log" || true)

echo "== checking the database"
db="$data/ocop.db"
integrity=$(sqlite3 "$db" 'PRAGMA integrity_check;' | head -1)
acknowledged=$(wc -l <"$acked")
present=0
while read -r n; do
  count=$(sqlite3 "$db" "SELECT COUNT(*) FROM ContentVersions WHERE ItemType = 'Page' AND PublishedAt IS NOT NULL AND Snapshot LIKE '%$marker-$n\"%';")
  [ "$count" = 1 ] && present=$((present + 1))
done <"$acked"
# What a refused publish left in the store: its version ("v38 Draft", "v38 Published"), with its audit entries.
left_behind=""
for n in ${refused_numbers[@]+"${refused_numbers[@]}"}; do
  left_behind+=$(sqlite3 "$db" "SELECT ' v' || v.Number || ' ' || v.State || ' (' || (SELECT COUNT(*) FROM AuditEntries a
    WHERE a.ItemType = 'Page' AND a.Detail = 'v' || v.Number) || ' audit entries, from refused publish $n)'
    FROM ContentVersions v WHERE v.Snapshot LIKE '%$marker-$n\"%';")
done
left_behind=${left_behind# }
# Every version this run saved has the audit entry of its saving.
unaudited=$(sqlite3 "$db" "SELECT COUNT(*) FROM ContentVersions v WHERE v.Snapshot LIKE '%$marker-%' AND NOT EXISTS
  (SELECT 1 FROM AuditEntries a WHERE a.ItemType = 'Page' AND a.Detail = 'v' || v.Number AND a.Action = 'content.draft');")
audited=$(sqlite3 "$db" "SELECT COUNT(*) FROM AuditEntries WHERE Action = 'content.published';")
stored_title=$(sqlite3 "$db" "SELECT Title FROM Pages WHERE Slug = 'gioi-thieu-ocop';" | grep -o "$marker-[0-9]*")
last_acked=$(tail -1 "$acked")
media_rows=$(sqlite3 "$db" "SELECT COUNT(*) FROM MediaItems;")
media_files=$(find "$data/media/originals" -type f | wc -l)
uploads_acked=$(for s in "$upload_before" "$upload_full" "$upload_after"; do [ "$s" = 302 ] && echo; done | wc -l)

checks=()
[ "$integrity" = ok ] && [ "$integrity_freed" = ok ] || checks+=("integrity_check: $integrity_freed after freeing, $integrity at the end")
[ "$present" -eq "$acknowledged" ] || checks+=("only $present of $acknowledged acknowledged publishes stored")
[ "$audited" -eq "$acknowledged" ] || checks+=("$audited publish audit entries for $acknowledged acknowledged publishes")
[ -z "$left_behind" ] || checks+=("refused publishes (the editor was told nothing was saved) left versions behind: $left_behind")
[ "$unaudited" -eq 0 ] || checks+=("$unaudited saved versions without the audit entry of their saving")
[ "$stored_title" = "$marker-$last_acked" ] && [ "$public_title" = "$stored_title" ] \
  || checks+=("page stored as $stored_title, shown as $public_title, last acknowledged $marker-$last_acked")
[ "$filled_free" -eq 0 ] || checks+=("the filler left $filled_free bytes free")
[ "${#refused_numbers[@]}" -ge 1 ] || checks+=("no publish was refused in $attempts_full attempts on the full disk (raise MAX_ATTEMPTS)")
[ "$refused_full" -eq "${#refused_numbers[@]}" ] || checks+=("a refused publish did not get the nothing-saved page: $seen_full")
[ "$upload_full" = 302 ] || [ "$upload_full_seen" = nothing-saved ] || checks+=("the upload on the full disk: $upload_full_seen")
[ "$media_rows" -eq "$uploads_acked" ] && [ "$media_files" -eq "$media_rows" ] \
  || checks+=("$media_rows media rows and $media_files original files for $uploads_acked acknowledged uploads")
[ "$site_up_full" = yes ] && [ "$signin_form_full" = 200 ] || checks+=("site up while full: $site_up_full, sign-in page $signin_form_full")
[ "$signin_full" = 302 ] || [ "$signin_full_seen" = nothing-saved ] || checks+=("a sign-in on the full disk: $signin_full_seen")
for answer in $public_full_before $public_full_after $public_restarted; do
  [ "${answer##*=}" = 200 ] || checks+=("public page $answer while full")
done
[ "$backup_full_code" != 0 ] && [ "$backup_full_left" -eq 0 ] \
  || checks+=("the backup onto the full disk: exit $backup_full_code, $backup_full_left entries left in $disk/backups")
[ "$restore_full_code" != 0 ] && [ "$restore_unchanged" = yes ] && [ "$restore_left" -eq 0 ] \
  || checks+=("the restore on the full disk: exit $restore_full_code, data directory unchanged: $restore_unchanged, $restore_left staging copies left")
[ "$signin_form_restarted" = 200 ] || checks+=("sign-in page $signin_form_restarted after the restart on the full disk")
[ "$acked_after" -eq 2 ] && [ "$upload_after" = 302 ] || checks+=("after freeing: $acked_after of 2 publishes acknowledged, upload $upload_after")
[ "$unhandled" -eq 0 ] || checks+=("$unhandled unhandled errors in the site's log")

verdict=PASS
[ ${#checks[@]} -eq 0 ] || verdict=FAIL
echo "full-disk test $verdict on a ${size_mb} MB tmpfs filled to $filled_free bytes free:"
echo "  with room:       $before/$before publishes acknowledged, upload $upload_before"
echo "  disk full:       $attempts_full publishes tried: $acked_full acknowledged (into the WAL's space; $acked_after_refusal of them after the first refusal),"
echo "                   ${#refused_numbers[@]} refused from number $first_refused on; the editor saw: $seen_full"
echo "                   upload: $upload_full_seen; $storage_errors storage failures logged (503, nothing saved)"
echo "                   a new sign-in: $signin_full_seen; site up, public pages: $public_full_after; $still_free bytes free after"
echo "                   backup onto the full disk: exit $backup_full_code, $backup_full_left files left: $backup_full_message"
echo "  site stopped:    restore on the full disk: exit $restore_full_code, data directory unchanged: $restore_unchanged, $restore_left staging copies left:"
echo "                   $restore_full_message"
echo "  restarted full:  public pages: $public_restarted; sign-in page $signin_form_restarted"
echo "  space freed:     integrity_check $integrity_freed; $acked_after/2 publishes acknowledged, upload $upload_after"
echo "  at the end:      integrity_check $integrity; $present/$acknowledged acknowledged publishes stored, $audited publish audit entries,"
echo "                   left by refused publishes: ${left_behind:-nothing}; $unaudited versions without their audit entry;"
echo "                   page stored and shown as $stored_title/$public_title;"
echo "                   $media_rows media items, $media_files original files; $unhandled unhandled errors logged"
for check in ${checks[@]+"${checks[@]}"}; do echo "  FAILED: $check"; done
[ "$verdict" = PASS ]
