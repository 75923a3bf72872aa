#!/usr/bin/env bash
# Sets up and runs the site: `bash scripts/run.sh` serves it on http://127.0.0.1:5080.
# Installs what the site needs when it is missing, builds in Release and starts it; on start the site creates
# its database in the data directory and imports uSync/. Extra arguments go to the site, e.g.
#   bash scripts/run.sh --urls http://0.0.0.0:8080
# Environment: URLS (default http://127.0.0.1:5080), OCOP_DATA (default <repo>/data), OCOP_EXPORT_ON_PUBLISH
# (default true: what staff publish in the back office is written to uSync/, ready to commit; false to keep it off),
# OCOP_PUBLIC_BASE_URL (default: the first address served). The site runs as in production, which needs
# Ocop:PublicBaseUrl (links and QR stamps name it, other Host headers are refused); an address on all interfaces
# (0.0.0.0, [::], *, +) names no host, so then set OCOP_PUBLIC_BASE_URL or pass --Ocop:PublicBaseUrl=....
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo"
# shellcheck source=scripts/lib/setup.sh
source "$repo/scripts/lib/setup.sh"
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

urls="${URLS:-http://127.0.0.1:5080}"
data="${OCOP_DATA:-$repo/data}"
export_on_publish="${OCOP_EXPORT_ON_PUBLISH:-true}"
# An --urls among the arguments replaces the default; the last one wins, as in the site's configuration.
site_args=(--urls "$urls")
served="$urls"
previous=""
for argument in "$@"; do
    case "$argument" in
        --urls=*) served="${argument#--urls=}" site_args=() ;;
    esac
    if [ "$previous" = "--urls" ]; then
        served="$argument" site_args=()
    fi
    previous="$argument"
done

# The official address: given, or the (first) address served when it names a host.
public_url="${OCOP_PUBLIC_BASE_URL:-}"
given_public_url=false
[ -z "${Ocop__PublicBaseUrl:-}" ] || given_public_url=true
for argument in "$@"; do
    case "$argument" in
        --Ocop:PublicBaseUrl*|--Ocop__PublicBaseUrl*) given_public_url=true ;;
    esac
done
if [ -z "$public_url" ] && [ "$given_public_url" = false ]; then
    public_url="${served%%;*}"
    public_url="${public_url%/}"
    case "$public_url" in
        *://0.0.0.0*|*://\[::\]*|*://\**|*://+*)
            echo "The site listens on all interfaces ($served), which names no host: set OCOP_PUBLIC_BASE_URL to the address" >&2
            echo "people open, e.g. OCOP_PUBLIC_BASE_URL=http://192.0.2.10:8080 bash scripts/run.sh $*" >&2
            exit 2 ;;
    esac
fi
public_args=()
[ -z "$public_url" ] || public_args=("--Ocop:PublicBaseUrl=$public_url")

step "Checking what the site needs"
require_dotnet
# The media library re-encodes and resizes uploads with libvips' command-line tools (vipsthumbnail, vips).
command -v vipsthumbnail >/dev/null 2>&1 || apt_install libvips-tools
install_web_libraries prod

step "Building the site (Release)"
dotnet build src/OcopCatalogue.Web -c Release --nologo -clp:NoSummary -v:minimal

step "Starting the OCOP catalogue on $served (data in $data; Ctrl+C stops it)"
exec dotnet run --project src/OcopCatalogue.Web -c Release --no-build --no-launch-profile -- \
    ${site_args[@]+"${site_args[@]}"} ${public_args[@]+"${public_args[@]}"} "--Ocop:DataDirectory=$data" "--Ocop:ContentSync:ExportOnPublish=$export_on_publish" "$@"
