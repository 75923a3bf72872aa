#!/usr/bin/env bash
# Restores a backup made by scripts/backup.sh: `bash scripts/restore.sh BACKUP_FOLDER` (an ocop-backup-... folder).
# Stop the site first: the restore refuses while the site (or another command) uses the data directory. It checks
# every file against the manifest, copies the backup next to the data, then swaps it in; the files it replaced are
# kept in <data>/.before-restore-<time>/. The search index is rebuilt when the site next starts.
# Environment: OCOP_DATA (default <repo>/data).
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=scripts/lib/setup.sh
source "$repo/scripts/lib/setup.sh"
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
[ $# -eq 1 ] || fail "usage: bash scripts/restore.sh BACKUP_FOLDER"
require_dotnet
from="$(realpath -m "$1")"
data="$(realpath -m "${OCOP_DATA:-$repo/data}")"
site="$repo/src/OcopCatalogue.Web"
dll="$site/bin/Release/net10.0/OcopCatalogue.Web.dll"
[ -f "$dll" ] || dotnet build "$site" -c Release --nologo -clp:NoSummary -v:minimal
cd "$site"
exec dotnet "$dll" restore --from "$from" "--Ocop:DataDirectory=$data" --Logging:LogLevel:Default=Warning
