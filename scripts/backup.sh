#!/usr/bin/env bash
# Backs up the site's data, also while the site runs: `bash scripts/backup.sh [TARGET]` writes
# TARGET/ocop-backup-<UTC time>/ (default TARGET: <repo>/backups) with a consistent copy of the database
# (SQLite VACUUM INTO), the media, reports and keys, and manifest.json (size and SHA-256 of every file).
# Environment: OCOP_DATA (default <repo>/data), the data directory scripts/run.sh uses.
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=scripts/lib/setup.sh
source "$repo/scripts/lib/setup.sh"
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
require_dotnet
target="$(realpath -m "${1:-$repo/backups}")"
data="$(realpath -m "${OCOP_DATA:-$repo/data}")"
site="$repo/src/OcopCatalogue.Web"
dll="$site/bin/Release/net10.0/OcopCatalogue.Web.dll"
# Built only when missing: rebuilding would overwrite the files of a site that is running from them.
[ -f "$dll" ] || dotnet build "$site" -c Release --nologo -clp:NoSummary -v:minimal
cd "$site"
exec dotnet "$dll" backup --to "$target" "--Ocop:DataDirectory=$data" --Logging:LogLevel:Default=Warning
