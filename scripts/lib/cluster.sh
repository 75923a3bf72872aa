# shellcheck shell=bash
# shellcheck disable=SC2154 # $repo is set by the script that sources this file.
# A local cluster on loopback, shared by scripts/cluster.sh and bench/cluster.sh: PostgreSQL 15 from Debian in a
# directory of its own, the site's Release build run as several node processes on one database, and HAProxy from
# Debian in front of them. Sourced, not run: the caller sets -euo pipefail and $repo, sources scripts/lib/setup.sh
# first, sets the cluster_* variables below it wants to change, and calls cluster_stop when it ends (a trap).
#
#   cluster_dir        working directory: PostgreSQL's files, the nodes' data directories and logs, haproxy.cfg
#   cluster_pg_port    PostgreSQL's port                       cluster_lb_port     HAProxy's (the public address)
#   cluster_node_port  the first node's port (node N: +N-1)    cluster_stats_port  HAProxy's statistics (CSV at /;csv)
#   cluster_nodes      how many nodes                          cluster_node_args   more options for every node

cluster_dir=${cluster_dir:-}
cluster_pg_port=${cluster_pg_port:-5399}
cluster_lb_port=${cluster_lb_port:-5300}
cluster_node_port=${cluster_node_port:-5301}
cluster_stats_port=${cluster_stats_port:-5398}
cluster_nodes=${cluster_nodes:-3}
cluster_node_args=()
cluster_database=ocop
cluster_site_dir="$repo/src/OcopCatalogue.Web"
cluster_dll="bin/Release/net10.0/OcopCatalogue.Web.dll"
# Node N's process id is cluster_pids[N]; HAProxy's and PostgreSQL's state below.
cluster_pids=()
cluster_haproxy_pid=""
cluster_pg_started=false

cluster_url() { echo "http://127.0.0.1:$cluster_lb_port"; }
cluster_node_url() { echo "http://127.0.0.1:$((cluster_node_port + $1 - 1))"; }
cluster_node_log() { echo "$cluster_dir/node$1.log"; }
cluster_connection() {
  echo "Host=127.0.0.1;Port=$cluster_pg_port;Database=$cluster_database;Username=postgres;Maximum Pool Size=40"
}

# cluster_need_tools: Debian's PostgreSQL server programs and HAProxy, installed when missing.
cluster_need_tools() {
  if ! compgen -G '/usr/lib/postgresql/*/bin/initdb' >/dev/null; then
    apt_install postgresql
  fi
  command -v haproxy >/dev/null 2>&1 || apt_install haproxy
  command -v curl >/dev/null 2>&1 || apt_install curl
}

# The newest server programs Debian installed (they live off the PATH).
cluster_pg_bin() {
  local bin
  bin=$(find /usr/lib/postgresql -maxdepth 3 -name initdb -path '*/bin/*' 2>/dev/null | sort -V | tail -1)
  [ -n "$bin" ] || fail "PostgreSQL's server programs are missing (Debian's postgresql)"
  dirname "$bin"
}

# initdb refuses to run as root: then the server runs as Debian's postgres user.
cluster_as_server() {
  if [ "$(id -u)" -eq 0 ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

# cluster_port_free PORT: nothing accepts connections there.
cluster_port_free() {
  ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

# cluster_check_ports: refuses before anything starts when one of the cluster's ports is taken.
cluster_check_ports() {
  local port n
  for port in "$cluster_pg_port" "$cluster_lb_port" "$cluster_stats_port"; do
    cluster_port_free "$port" || fail "port $port is already in use; choose other ports (see the script's environment variables)"
  done
  for n in $(seq 1 "$cluster_nodes"); do
    port=$((cluster_node_port + n - 1))
    cluster_port_free "$port" || fail "port $port (node $n) is already in use; choose another first node port"
  done
}

# cluster_start_pg: a new PostgreSQL server in $cluster_dir/pg on $cluster_pg_port (loopback only, its socket in
# that directory, durable as in production: fsync stays on) and an empty database $cluster_database.
cluster_start_pg() {
  local bin pg="$cluster_dir/pg"
  bin=$(cluster_pg_bin)
  mkdir -p "$pg"
  if [ "$(id -u)" -eq 0 ]; then
    # The server runs as postgres, which must reach its directory inside ours (mktemp makes it 700).
    chmod o+x "$cluster_dir"
    chown postgres:postgres "$pg"
  fi
  cluster_as_server "$bin/initdb" -D "$pg/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 --no-instructions >"$cluster_dir/initdb.log" 2>&1 \
    || { cat "$cluster_dir/initdb.log"; fail "initdb failed"; }
  cluster_as_server "$bin/pg_ctl" -D "$pg/data" -l "$pg/server.log" -w -t 60 \
    -o "-p $cluster_pg_port -k $pg -c listen_addresses=127.0.0.1 -c max_connections=200" start >/dev/null \
    || { tail -20 "$pg/server.log"; fail "PostgreSQL did not start"; }
  cluster_pg_started=true
  cluster_psql postgres -c "CREATE DATABASE $cluster_database" >/dev/null
}

# cluster_psql DATABASE ARGS...: psql on the cluster's server as postgres.
cluster_psql() {
  local database=$1
  shift
  psql -X -q -h 127.0.0.1 -p "$cluster_pg_port" -U postgres -d "$database" -v ON_ERROR_STOP=1 "$@"
}

cluster_stop_pg() {
  if [ "$cluster_pg_started" = true ]; then
    cluster_as_server "$(cluster_pg_bin)/pg_ctl" -D "$cluster_dir/pg/data" -m fast -w stop >/dev/null 2>&1 || true
    cluster_pg_started=false
  fi
}

# cluster_site OPTION...: becomes the site's Release build with the cluster's database (exec: call it in a subshell
# or in the background, so $! is the site's own process id), from the project folder as scripts/run.sh runs it, so
# the site finds its static files.
cluster_site() {
  cd "$cluster_site_dir" && exec dotnet "$cluster_dll" "--Ocop:Database:Provider=PostgreSQL" "--ConnectionStrings:Ocop=$(cluster_connection)" "$@"
}

# cluster_migrate: the schema brought up to date once, before any node starts.
cluster_migrate() {
  (cluster_site migrate) >"$cluster_dir/migrate.log" 2>&1 || { cat "$cluster_dir/migrate.log"; fail "the migrate command failed"; }
}

# cluster_start_node N [OPTION...]: node N in the background on its own port and data directory, with the shared
# storage directory and the public address of HAProxy; its output appended to its log. Sets cluster_pids[N].
cluster_start_node() {
  local n=$1 port
  shift
  port=$((cluster_node_port + n - 1))
  cluster_port_free "$port" || fail "port $port (node $n) is already in use"
  mkdir -p "$cluster_dir/node$n" "$cluster_dir/storage"
  cluster_site --urls "http://127.0.0.1:$port" "--Ocop:PublicBaseUrl=$(cluster_url)" \
    "--Ocop:DataDirectory=$cluster_dir/node$n" "--Ocop:Storage:Directory=$cluster_dir/storage" \
    "--Ocop:Cluster:NodeName=node$n" "--Ocop:Operations:DrainSeconds=3" \
    ${cluster_node_args[@]+"${cluster_node_args[@]}"} "$@" >>"$(cluster_node_log "$n")" 2>&1 &
  cluster_pids[n]=$!
}

# cluster_node_ready N: node N's /readyz answers 200 now.
cluster_node_ready() {
  [ "$(curl -s -o /dev/null -m 2 -w '%{http_code}' "$(cluster_node_url "$1")/readyz")" = 200 ]
}

# cluster_wait_ready N [SECONDS]: waits (default 180 s) until node N is ready; quits when it exits or never is.
cluster_wait_ready() {
  local n=$1 limit=${2:-180} started=$SECONDS
  until cluster_node_ready "$n"; do
    if ! kill -0 "${cluster_pids[n]}" 2>/dev/null; then
      echo "node $n exited during start; the end of $(cluster_node_log "$n"):" >&2
      tail -20 "$(cluster_node_log "$n")" >&2
      fail "node $n did not start"
    fi
    [ $((SECONDS - started)) -lt "$limit" ] || { tail -20 "$(cluster_node_log "$n")" >&2; fail "node $n not ready after $limit s"; }
    sleep 0.1
  done
}

# cluster_kill_node N [SIGNAL]: ends node N (SIGTERM by default: it drains, then stops) and waits for it.
cluster_kill_node() {
  local n=$1 signal=${2:-TERM} pid=${cluster_pids[$1]:-}
  [ -n "$pid" ] || return 0
  kill "-$signal" "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  cluster_pids[n]=""
}

# cluster_write_haproxy: $cluster_dir/haproxy.cfg. Round robin over the nodes, each asked GET /readyz every second:
# down after 2 failed checks, up again after 1 good one. X-Forwarded-For is overwritten with the client's address
# (the site reads the right-most value only and believes it from loopback); a request whose node refused the
# connection, or closed it without an answer (killed, or a kept-alive connection closed as it was reused: a 502
# otherwise), is sent again, to another node (redispatch).
cluster_write_haproxy() {
  local n
  {
    cat <<EOF
global
    maxconn 4096
    log stdout format raw local0 info

defaults
    mode http
    log global
    option httplog
    # Only what went wrong (an error status, a connection closed early, a retry), not every request.
    option dontlog-normal
    timeout connect 2s
    timeout client 30s
    timeout server 30s
    timeout http-request 10s
    retries 2
    retry-on conn-failure empty-response response-timeout
    option redispatch
    option http-keep-alive

frontend ocop
    bind 127.0.0.1:$cluster_lb_port
    http-request set-header X-Forwarded-For %[src]
    http-request set-header X-Forwarded-Proto http
    default_backend nodes

backend nodes
    balance roundrobin
    option httpchk GET /readyz
    http-check expect status 200
    default-server inter 1s fall 2 rise 1
EOF
    for n in $(seq 1 "$cluster_nodes"); do
      echo "    server node$n 127.0.0.1:$((cluster_node_port + n - 1)) check"
    done
    cat <<EOF

listen stats
    bind 127.0.0.1:$cluster_stats_port
    stats enable
    stats uri /
EOF
  } >"$cluster_dir/haproxy.cfg"
}

cluster_start_haproxy() {
  cluster_write_haproxy
  haproxy -c -q -f "$cluster_dir/haproxy.cfg" || fail "HAProxy refused $cluster_dir/haproxy.cfg"
  haproxy -db -f "$cluster_dir/haproxy.cfg" >>"$cluster_dir/haproxy.log" 2>&1 &
  cluster_haproxy_pid=$!
}

# cluster_server_status N: what HAProxy thinks of node N now (UP, DOWN, "UP 1/2"...), from its statistics.
cluster_server_status() {
  curl -s -m 2 "http://127.0.0.1:$cluster_stats_port/;csv" | awk -F, -v name="node$1" '$1 == "nodes" && $2 == name { print $18 }'
}

# cluster_setup_link: the first-administrator link a node wrote to its log (empty when none did).
cluster_setup_link() {
  local n
  for n in $(seq 1 "$cluster_nodes"); do
    if [ -f "$(cluster_node_log "$n")" ]; then
      grep -o 'http[^ ]*/backoffice/thiet-lap?token=[A-Za-z0-9_-]*' "$(cluster_node_log "$n")" | tail -1 && return 0
    fi
  done
  return 0
}

# cluster_start: PostgreSQL, the schema, every node (in parallel; one imports uSync/ under the store's lock while
# the others wait), then HAProxy once every node is ready. Needs the Release build of the site.
cluster_start() {
  [ -n "$cluster_dir" ] || cluster_dir=$(mktemp -d /tmp/ocop-cluster-XXXX)
  mkdir -p "$cluster_dir"
  cluster_check_ports
  cluster_start_pg
  cluster_migrate
  cluster_start_nodes
}

# cluster_start_nodes [OPTION...]: every node (with the options), then HAProxy once all are ready.
cluster_start_nodes() {
  local n
  for n in $(seq 1 "$cluster_nodes"); do
    cluster_start_node "$n" "$@"
  done
  for n in $(seq 1 "$cluster_nodes"); do
    cluster_wait_ready "$n"
  done
  cluster_start_haproxy
  # HAProxy checks every server before it sends it requests (rise 1): wait for the first answer through it.
  for _ in $(seq 1 100); do
    [ "$(curl -s -o /dev/null -m 2 -w '%{http_code}' "$(cluster_url)/")" = 200 ] && return 0
    sleep 0.1
  done
  fail "HAProxy does not answer on $(cluster_url); see $cluster_dir/haproxy.log"
}

# cluster_stop: every node (SIGTERM, then they drain and stop), HAProxy, PostgreSQL. Safe to call twice.
cluster_stop() {
  local n
  for n in "${!cluster_pids[@]}"; do
    [ -z "${cluster_pids[n]}" ] || kill -TERM "${cluster_pids[n]}" 2>/dev/null || true
  done
  for n in "${!cluster_pids[@]}"; do
    [ -z "${cluster_pids[n]}" ] || wait "${cluster_pids[n]}" 2>/dev/null || true
    cluster_pids[n]=""
  done
  if [ -n "$cluster_haproxy_pid" ]; then
    kill "$cluster_haproxy_pid" 2>/dev/null || true
    wait "$cluster_haproxy_pid" 2>/dev/null || true
    cluster_haproxy_pid=""
  fi
  cluster_stop_pg
}
