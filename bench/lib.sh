# shellcheck shell=bash
# shellcheck disable=SC2154 # $repo is set by the script that sources this file.
# What the bench/ scripts share: Debian tools, the Release build, a seeded data directory, the site started from
# its build output on a port of its own, and the clean-up when the script ends (however it ends). Sourced, not
# run: the caller sets -euo pipefail and $repo first. Each script keeps its own figures and messages.

# shellcheck source=scripts/lib/setup.sh
source "$repo/scripts/lib/setup.sh"
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1

site_dir="$repo/src/OcopCatalogue.Web"
bench_dll="$repo/bench/OcopCatalogue.Bench/bin/Release/net10.0/OcopCatalogue.Bench.dll"
# How often start_site asks whether the site answers yet; bench/catalogue.sh times the cold start, so asks more often.
site_poll=0.1

# need_command COMMAND [DEBIAN-PACKAGE]: installs the package (default: the command's name) when the command is missing.
need_command() {
  command -v "$1" >/dev/null && return 0
  echo "== installing ${2:-$1} (Debian package)"
  apt_install "${2:-$1}" >/dev/null
}

# build_release site|bench...: the site and/or the benchmark program, in Release, quietly.
build_release() {
  local project
  for project in "$@"; do
    case $project in
      site) dotnet build "$site_dir" -c Release -v quiet -nologo >/dev/null ;;
      bench) dotnet build "$repo/bench/OcopCatalogue.Bench" -c Release -v quiet -nologo >/dev/null ;;
      *) fail "build_release: no project '$project'" ;;
    esac
  done
}

# use_port DEFAULT: $port (PORT or DEFAULT) and $url, refused at once when busy, before minutes of building and seeding.
use_port() {
  port=${PORT:-$1}
  url="http://127.0.0.1:$port"
  refuse_busy_port
}

# Another server on the port would answer in the site's place: the figures (or the crash test's checks) would be
# about the wrong process. Anything accepting a connection there counts, whether or not it speaks HTTP.
refuse_busy_port() {
  if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
    fail "port $port is already in use (something accepts connections on $url); stop it or choose another port with PORT=<port>"
  fi
}

# Ended when the script exits: the site ($pid), other background processes (helpers+=($!)), the scratch directory.
pid=""
helpers=()
scratch=""
bench_exit() {
  local helper
  for helper in ${helpers[@]+"${helpers[@]}"}; do kill "$helper" 2>/dev/null || true; done
  stop_site
  wait 2>/dev/null || true
  # After the site has stopped: it writes into the data directory until then.
  [ -z "$scratch" ] || rm -rf "$scratch"
}
trap bench_exit EXIT

# stop_helpers: ends the background processes started with helpers+=($!) before the script goes on.
stop_helpers() {
  local helper
  for helper in ${helpers[@]+"${helpers[@]}"}; do kill "$helper" 2>/dev/null || true; done
  helpers=()
}

# start_site LOG [OPTION...]: runs the Release build on $url with the data directory $data (and the options, e.g.
# --Ocop:Caching:Enabled=false), appending its output to LOG (to the terminal when LOG is ""), and returns once it
# answers; sets $pid. Quits the script when the port is taken or the site exits during start.
start_site() {
  local log=$1
  shift
  refuse_busy_port
  if [ -n "$log" ]; then
    run_site "$@" >>"$log" 2>&1 &
  else
    run_site "$@" &
  fi
  pid=$!
  until curl -fs -o /dev/null "$url/"; do
    if ! kill -0 "$pid" 2>/dev/null; then
      if [ -n "$log" ]; then
        echo "the site exited during start:"
        tail -20 "$log"
      else
        echo "the site exited during start"
      fi
      exit 1
    fi
    sleep "$site_poll"
  done
}

# From the project folder, as scripts/run.sh runs it, so the site finds its static files.
run_site() {
  cd "$site_dir" && exec dotnet bin/Release/net10.0/OcopCatalogue.Web.dll --urls "$url" --Ocop:PublicBaseUrl="$url" --Ocop:DataDirectory="$data" \
    --Logging:LogLevel:Default=Warning "$@"
}

stop_site() {
  if [ -n "$pid" ]; then
    kill "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
    pid=""
  fi
}

# seeded_data PREFIX PRODUCTS LINES: $data is DATA (kept, and seeded only on its first use) or a new temporary
# /tmp/PREFIX-XXXX (removed on exit), holding PRODUCTS generated products; shows the seed command's last LINES lines
# and reads the pages to measure from its bench-targets.env. Needs build_release bench.
seeded_data() {
  if [ -n "${DATA:-}" ]; then
    data=$DATA
  else
    data=$(mktemp -d "/tmp/$1-XXXX")
    scratch=$data
  fi
  mkdir -p "$data"
  if [ ! -f "$data/bench-targets.env" ]; then
    echo "== seeding $2 generated products into $data"
    dotnet "$bench_dll" seed --data "$data" --products "$2" | tail -"$3"
  fi
  # shellcheck disable=SC1091 # written by the seed command
  source "$data/bench-targets.env"
}

# form_token < HTML: the antiforgery token of the page's first form.
form_token() {
  grep -o 'name="__RequestVerificationToken" type="hidden" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//'
}

# first_administrator LOG JAR NAME EMAIL PASSWORD: creates a new installation's first administrator through the
# one-time set-up link the site writes to its log, and keeps its signed-in session in the cookie jar JAR.
first_administrator() {
  local log=$1 jar=$2 name=$3 email=$4 password=$5 setup="" token status
  # The console logger writes asynchronously: the line may follow the first answered request by a moment.
  for _ in $(seq 1 50); do
    setup=$(grep -o '/backoffice/thiet-lap?token=[A-Za-z0-9_-]*' "$log" | head -1 || true)
    [ -n "$setup" ] && break
    sleep 0.2
  done
  [ -n "$setup" ] || { echo "--- site log:"; tail -20 "$log"; echo "no set-up link in the site's log"; exit 1; }
  token=$(curl -fs -b "$jar" -c "$jar" "$url$setup" | form_token)
  status=$(curl -s -o "$log.setup.html" -w '%{http_code}' -b "$jar" -c "$jar" "$url$setup" \
    --data-urlencode "DisplayName=$name" --data-urlencode "Email=$email" \
    --data-urlencode "Password=$password" --data-urlencode "ConfirmPassword=$password" \
    --data-urlencode "Token=${setup#*token=}" --data-urlencode "__RequestVerificationToken=$token")
  [ "$status" = 302 ] || { echo "set-up answered $status"; grep -A3 'bo-errors' "$log.setup.html" || true; exit 1; }
}
