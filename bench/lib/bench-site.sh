# shellcheck shell=bash
# shellcheck disable=SC2154 # repo, data, products and url are the sourcing script's
# Sourced by bench/soak.sh and bench/publish.sh: a seeded data directory, and the site in Release on it with the
# bench-only publish endpoint. Expects repo, data, products and url to be set.

# Seeds $data with $products generated products unless a previous run did, then reads the addresses to measure.
seed_bench_data() {
  if [ ! -f "$data/bench-targets.env" ]; then
    echo "== seeding $products generated products into $data"
    dotnet "$repo/bench/OcopCatalogue.Bench/bin/Release/net10.0/OcopCatalogue.Bench.dll" seed --data "$data" --products "$products" | tail -1
  fi
  # shellcheck disable=SC1091 # written by the seed command
  source "$data/bench-targets.env"
}

# Starts the site (its pid in $pid), writing its output to the log file given, and waits until it answers.
start_bench_site() {
  local log=$1
  : >"$log"
  (cd "$repo/src/OcopCatalogue.Web" && exec dotnet "bin/Release/net10.0/OcopCatalogue.Web.dll" \
    --urls "$url" --Ocop:DataDirectory="$data" --Ocop:Bench:PublishEndpoint=true \
    --Logging:LogLevel:Default=Warning) >>"$log" 2>&1 &
  pid=$!
  until curl -fs -o /dev/null "$url/"; do
    kill -0 "$pid" 2>/dev/null || { echo "the site exited during start:"; tail -20 "$log"; exit 1; }
    sleep 0.2
  done
}
