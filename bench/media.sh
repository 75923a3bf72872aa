#!/usr/bin/env bash
# Issue 5's figure: upload-to-ready time and peak memory for a 24-megapixel JPEG, through the real upload form.
# Makes a 6000x4000 photo-like JPEG with vips, starts the Release site on a fresh data directory, creates the first
# administrator through the one-time setup link, then uploads the photo RUNS times (the first on a cold site) and
# prints, per upload: the time from sending the form to the answer (processing is done before the answer, so this is
# upload-to-ready), the site's own processing time and the largest resident memory of one libvips run (both from
# the site's log), the CPU seconds of the libvips runs and of the site (from /proc, unaffected by other load), and the
# site process's resident memory before and after (VmRSS) and its peak (VmHWM), in MB.
# Usage: bash bench/media.sh            RUNS=5 bash bench/media.sh
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
# shellcheck source=bench/lib.sh
source "$repo/bench/lib.sh"
use_port 5291
runs=${RUNS:-4}

need_command vips libvips-tools

echo "== building Release"
build_release site

work=$(mktemp -d /tmp/ocop-bench-media-XXXX)
scratch=$work
data="$work/data"
log="$work/site.log"
jar="$work/cookies"

echo "== making a 24-megapixel JPEG (6000x4000, smooth colour fields with sensor-like noise)"
(
  cd "$work"
  vips perlin r.v 6000 4000 --cell-size 300 --seed 1
  vips perlin g.v 6000 4000 --cell-size 200 --seed 2
  vips perlin b.v 6000 4000 --cell-size 120 --seed 3
  vips bandjoin "r.v g.v b.v" rgb.v
  vips linear rgb.v lin.v 127 128
  vips gaussnoise n.v 6000 4000 --sigma 12 --mean 0
  vips add lin.v n.v sum.v
  vips cast sum.v c.v uchar
  vips copy c.v "photo.jpg[Q=92]"
  rm -f ./*.v
)
photo="$work/photo.jpg"
echo "   $(vipsheader "$photo"), $(( $(stat -c %s "$photo") / 1024 )) KB"

start_site "$log" --Logging:LogLevel:OcopCatalogue.Web.Media=Information

# CPU seconds from /proc/PID/stat: the site's own (utime+stime) and its waited-for children's, i.e. the libvips runs
# (cutime+cstime). Unlike wall time, these do not grow when other work shares the machine.
ticks=$(getconf CLK_TCK)
cpu() { awk -v self="$1" '{ sub(/^.*\) /, ""); print (self ? $12 + $13 : $14 + $15) }' "/proc/$pid/stat"; }
status() { grep "^$1:" "/proc/$pid/status" | awk '{print $2}'; }

echo "== creating the first administrator through the setup link"
first_administrator "$log" "$jar" "Media bench" media-bench@ocop.test "$(head -c 24 /dev/urandom | base64)"

echo "   load average now: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) CPU(s)"
printf '\n%-4s %12s %11s %9s %9s %10s %10s %10s %10s\n' run "upload→ready" processing "vips CPU" "site CPU" "vips peak" "site RSS" "site RSS" "site peak"
printf '%-4s %12s %11s %9s %9s %10s %10s %10s %10s\n' "" "(ms, wall)" "(ms, wall)" "(s)" "(s)" "RSS (MB)" "before" "after" "VmHWM"
last_id=""
for run in $(seq "$runs"); do
  form=$(curl -fs -c "$jar" -b "$jar" "$url/backoffice/thu-vien-anh/tai-len" | form_token)
  [ -n "$form" ] || { echo "no upload form (not signed in?)"; exit 1; }
  before=$(status VmRSS)
  site_cpu=$(cpu 1)
  vips_cpu=$(cpu 0)
  result=$(curl -s -o /dev/null -c "$jar" -b "$jar" -w '%{http_code} %{time_total} %{redirect_url}' \
    -F "__RequestVerificationToken=$form" -F "Photo=@$photo;type=image/jpeg" \
    -F "Alt=Ảnh thử 24 megapixel, lần $run" -F "AltEn=Bench photo" "$url/backoffice/thu-vien-anh/tai-len")
  after=$(status VmRSS)
  peak=$(status VmHWM)
  site_cpu=$(echo "scale=2; ($(cpu 1) - $site_cpu) / $ticks" | bc)
  vips_cpu=$(echo "scale=2; ($(cpu 0) - $vips_cpu) / $ticks" | bc)
  read -r code seconds location <<<"$result"
  [ "$code" = 302 ] || { echo "upload $run answered $code"; tail -20 "$log"; exit 1; }
  last_id=${location##*/}
  line=""
  for _ in $(seq 20); do
    line=$(grep "Media $last_id " "$log" || true)
    [ -n "$line" ] && break
    sleep 0.1
  done
  processing=$(sed -n 's/.* after \([0-9]*\) ms of processing.*/\1/p' <<<"$line")
  vips_kb=$(sed -n 's/.*(peak \([0-9]*\) KB.*/\1/p' <<<"$line")
  printf '%-4s %12.0f %11s %9s %9s %10s %10s %10s %10s\n' "$run" "$(echo "$seconds * 1000" | bc)" "${processing:-?}" "$vips_cpu" "$site_cpu" \
    "$(( ${vips_kb:-0} / 1024 ))" "$(( before / 1024 ))" "$(( after / 1024 ))" "$(( peak / 1024 ))"
done

echo
echo "== served: /media/$last_id/{320..1920}.{webp,jpg}"
for width in 320 640 960 1280 1920; do
  for ext in webp jpg; do
    printf '   %-10s %s bytes\n' "$width.$ext" "$(curl -fs "$url/media/$last_id/$width.$ext" | wc -c)"
  done
done

echo
echo "== cross-check: the master decode alone under GNU time (the largest libvips step)"
/usr/bin/time -f '   vips thumbnail 6000x4000 -> 1920 master: %e s, max RSS %M KB' \
  env -i PATH=/usr/bin:/bin VIPS_BLOCK_UNTRUSTED=1 MALLOC_ARENA_MAX=2 \
  vips thumbnail "$photo" "$work/master.tif[compression=none,strip]" 1920 --height 10000000 --size down --fail-on warning
echo "   $(vips --version); load average now: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) CPU(s)"
