#!/usr/bin/env bash
# Sets up and runs all the tests: `bash scripts/test.sh` (extra arguments go to `dotnet test`, e.g. --filter).
# Installs what the tests need when it is missing (Debian's chromium and a font with Vietnamese, a Java runtime
# for the W3C Nu HTML checker, ZBar to decode QR images, libvips for the media library, PostgreSQL's server for the
# store tests on PostgreSQL, HAProxy for the cluster tests, the npm dev tools vnu-jar and axe-core), builds in Release, checks the code style (dotnet format, .editorconfig), runs the test
# projects one after the other (2 cores: no parallel runs), and ends with the line `N passed, N failed`.
# Exits non-zero when a test failed or no test ran.
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo"
# shellcheck source=scripts/lib/setup.sh
source "$repo/scripts/lib/setup.sh"
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
started=$SECONDS

step "Checking what the tests need"
require_dotnet
# Playwright cannot download its own browser here, so the browser tests drive Debian's /usr/bin/chromium.
apt_install chromium fonts-noto-core
# ZBar reads the QR images back in the tests, a decoder independent of QRCoder, which draws them.
apt_install zbar-tools
command -v pdftoppm >/dev/null 2>&1 || apt_install poppler-utils
# The media library re-encodes and resizes uploads with libvips' command-line tools (vipsthumbnail, vips).
command -v vipsthumbnail >/dev/null 2>&1 || apt_install libvips-tools
command -v java >/dev/null 2>&1 || apt_install default-jre-headless
# The store-level tests also run on PostgreSQL: they start a server of their own (initdb and pg_ctl, as the postgres
# user when run as root) from Debian's server programs, which live off the PATH in /usr/lib/postgresql/*/bin.
if ! command -v initdb >/dev/null 2>&1 && ! compgen -G '/usr/lib/postgresql/*/bin/initdb' >/dev/null; then
    apt_install postgresql
fi
# The cluster tests (category Cluster) put Debian's HAProxy in front of three node processes of the site.
command -v haproxy >/dev/null 2>&1 || [ -x /usr/sbin/haproxy ] || apt_install haproxy
npm_install all
install_web_libraries all

step "Restoring and building (Release)"
dotnet restore OcopCatalogue.sln --verbosity quiet
dotnet build OcopCatalogue.sln -c Release --no-restore --nologo -clp:NoSummary -v:minimal

results="$repo/TestResults"
rm -rf "$results"
mkdir -p "$results"
# Unit and integration tests first (quick, and they say most), the browser tests last.
projects=()
for project in tests/*/*.csproj; do
    case "$project" in *Browser*) ;; *) projects+=("$project") ;; esac
done
for project in tests/*Browser*/*.csproj; do
    [ -e "$project" ] && projects+=("$project")
done
[ "${#projects[@]}" -gt 0 ] || fail "no test projects under tests/"

passed=0 failed=0 skipped=0 broken=()

# The code style of .editorconfig, checked as CI sees it: layout, usings and the style rules (the build itself
# enforces the rules at warning level; this also catches whitespace the compiler never looks at). A deviation
# fails the run, but the tests still run so their count is known; `dotnet format OcopCatalogue.sln` fixes it.
step "Checking the code style (dotnet format --verify-no-changes)"
if ! dotnet format OcopCatalogue.sln --verify-no-changes --no-restore -v:q; then
    broken+=("code style: run 'dotnet format OcopCatalogue.sln' and commit the result")
fi
# attribute NAME FILE: a number from the <Counters .../> element of a TRX file (0 when absent).
attribute() {
    local value
    value="$(grep -o "<Counters [^>]*>" "$2" | grep -o " $1=\"[0-9]*\"" | grep -o '[0-9]\+' || true)"
    echo "${value:-0}"
}

for project in "${projects[@]}"; do
    name="$(basename "$project" .csproj)"
    step "Testing $name"
    code=0
    # The hang timeout ends a stuck test (a browser that never answers) long before CI's own limit.
    dotnet test "$project" -c Release --no-build --nologo \
        --results-directory "$results" \
        --logger "trx;LogFileName=$name.trx" \
        --logger "console;verbosity=normal" \
        --blame-hang-timeout 10m --blame-hang-dump-type none \
        "$@" || code=$?
    trx="$results/$name.trx"
    if [ ! -f "$trx" ]; then
        broken+=("$name: no results (dotnet test exited with $code)")
        continue
    fi
    p=$(attribute passed "$trx")
    f=$(( $(attribute failed "$trx") + $(attribute error "$trx") + $(attribute timeout "$trx") + $(attribute aborted "$trx") ))
    s=$(( $(attribute notExecuted "$trx") + $(attribute inconclusive "$trx") ))
    passed=$((passed + p)) failed=$((failed + f)) skipped=$((skipped + s))
    if [ "$code" -ne 0 ] && [ "$f" -eq 0 ]; then
        broken+=("$name: dotnet test exited with $code without a failed test (see the output above)")
    fi
done

if [ $((passed + failed)) -eq 0 ]; then
    broken+=("no test ran")
fi

echo
for problem in ${broken[@]+"${broken[@]}"}; do
    echo "error: $problem" >&2
done
echo "Tests took $((SECONDS - started)) s in all; results in TestResults/"
if [ "$skipped" -gt 0 ]; then
    echo "$passed passed, $failed failed, $skipped skipped"
else
    echo "$passed passed, $failed failed"
fi
[ "$failed" -eq 0 ] && [ "$passed" -gt 0 ] && [ "${#broken[@]}" -eq 0 ]
