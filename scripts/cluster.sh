#!/usr/bin/env bash
# A local cluster anyone can start: `bash scripts/cluster.sh` starts PostgreSQL 15 (Debian's) in a temporary
# directory, brings the schema up to date with the site's migrate command, starts three nodes of the site's Release
# build on loopback (one database, one shared storage directory, a data directory each; one node imports uSync/
# while the others wait for it), puts HAProxy (Debian's) in front with health checks on /readyz, and prints the
# address and the first-administrator link. Ctrl+C stops everything and removes the temporary directory.
# Usage: bash scripts/cluster.sh [--nodes N] [-- OPTION...]   (options after -- go to every node, e.g. --Ocop:Cluster:PollSeconds=2)
# Environment: CLUSTER_PORT (HAProxy, the public address; 5300), NODE_PORT (the first node's; the others follow, 5301),
# PG_PORT (5399), STATS_PORT (HAProxy's statistics, 5398), CLUSTER_DIR (a directory to keep instead of a temporary one).
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo"
# shellcheck source=scripts/lib/setup.sh
source "$repo/scripts/lib/setup.sh"
# shellcheck source=scripts/lib/cluster.sh
source "$repo/scripts/lib/cluster.sh"
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

cluster_lb_port=${CLUSTER_PORT:-5300}
cluster_node_port=${NODE_PORT:-5301}
cluster_pg_port=${PG_PORT:-5399}
cluster_stats_port=${STATS_PORT:-5398}
while [ $# -gt 0 ]; do
  case "$1" in
    --nodes) [ $# -ge 2 ] || fail "--nodes needs a number"; cluster_nodes=$2; shift 2 ;;
    --nodes=*) cluster_nodes=${1#--nodes=}; shift ;;
    --) shift; cluster_node_args=("$@"); break ;;
    -h|--help) sed -n '2,10p' "$0"; exit 0 ;;
    *) fail "unknown option $1 (see --help)" ;;
  esac
done
case "$cluster_nodes" in
  '' | *[!0-9]* | 0) fail "--nodes needs a number from 1" ;;
esac

keep=false
if [ -n "${CLUSTER_DIR:-}" ]; then
  cluster_dir=$CLUSTER_DIR keep=true
  [ ! -e "$cluster_dir/pg" ] || fail "$cluster_dir already holds a cluster; choose an empty directory"
fi

stopping=false
finish() {
  [ "$stopping" = false ] || return 0
  stopping=true
  step "Stopping the nodes, HAProxy and PostgreSQL"
  cluster_stop
  if [ "$keep" = false ] && [ -n "$cluster_dir" ]; then
    rm -rf "$cluster_dir"
  fi
}
trap finish EXIT
trap 'exit 130' INT TERM

step "Checking what the cluster needs"
require_dotnet
cluster_need_tools
command -v vipsthumbnail >/dev/null 2>&1 || apt_install libvips-tools
install_web_libraries prod
cluster_check_ports

step "Building the site (Release)"
dotnet build src/OcopCatalogue.Web -c Release --nologo -clp:NoSummary -v:minimal

[ -n "$cluster_dir" ] || cluster_dir=$(mktemp -d /tmp/ocop-cluster-XXXX)
step "Starting PostgreSQL on 127.0.0.1:$cluster_pg_port, $cluster_nodes nodes and HAProxy (files in $cluster_dir)"
cluster_start

link=$(cluster_setup_link)
echo
echo "The OCOP catalogue runs on $(cluster_url) (HAProxy, round robin over $cluster_nodes nodes)"
for n in $(seq 1 "$cluster_nodes"); do
  echo "  node$n: $(cluster_node_url "$n")  log: $(cluster_node_log "$n")"
done
echo "  PostgreSQL: $(cluster_connection)"
echo "  HAProxy's statistics: http://127.0.0.1:$cluster_stats_port/"
if [ -n "$link" ]; then
  echo "Create the first administrator with this one-time link: $link"
else
  echo "No node printed a set-up link (an administrator exists already)."
fi
echo "Ctrl+C stops everything."
# Until Ctrl+C; a node stopped or killed by hand meanwhile does not end the cluster (HAProxy marks it down).
while kill -0 "$cluster_haproxy_pid" 2>/dev/null; do
  sleep 1
done
fail "HAProxy stopped; see $cluster_dir/haproxy.log"
