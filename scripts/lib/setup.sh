# shellcheck shell=bash
# shellcheck disable=SC2154 # $repo is set by the script that sources this file.
# Set-up steps shared by scripts/run.sh and scripts/test.sh. Sourced, not run: the caller sets -euo pipefail
# and $repo. Every step checks first and installs only what is missing, so a second run is quick.

step() {
    printf '\n==> %s (%s)\n' "$*" "$(date +%H:%M:%S)"
}

fail() {
    printf 'error: %s\n' "$*" >&2
    exit 1
}

# Root runs apt-get itself; anyone else needs sudo (a developer's own machine).
as_root() {
    if [ "$(id -u)" -eq 0 ]; then
        "$@"
    elif command -v sudo >/dev/null 2>&1; then
        sudo "$@"
    else
        fail "'$*' needs root; run this script as root or install sudo"
    fi
}

apt_installed() {
    [ "$(dpkg-query -W -f='${db:Status-Status}' "$1" 2>/dev/null || true)" = "installed" ]
}

# apt_install PACKAGE...: installs the packages not yet installed; 'apt-get update' only when one is missing.
apt_install() {
    local missing=() package
    for package in "$@"; do
        apt_installed "$package" || missing+=("$package")
    done
    [ "${#missing[@]}" -eq 0 ] && return 0
    command -v apt-get >/dev/null 2>&1 || fail "missing ${missing[*]} and no apt-get to install them with"
    step "Installing ${missing[*]} from Debian"
    as_root env DEBIAN_FRONTEND=noninteractive apt-get update -q
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
}

require_dotnet() {
    command -v dotnet >/dev/null 2>&1 \
        || fail "the .NET SDK is not installed (see global.json for the version); Debian does not package it"
}

require_node() {
    if ! command -v npm >/dev/null 2>&1; then
        apt_install nodejs npm
    fi
}

# npm_install prod|all: 'npm ci' when package-lock.json changed since the last install or node_modules is gone.
# A stamp records the lock file's hash and whether devDependencies came too, so run.sh (prod) does not undo
# what test.sh (all) installed.
npm_install() {
    local mode="$1" stamp="$repo/node_modules/.ocop-installed" want
    want="$(sha256sum "$repo/package-lock.json" | cut -d' ' -f1)"
    if [ -f "$stamp" ]; then
        local have_hash have_mode
        read -r have_hash have_mode <"$stamp" || true
        if [ "$have_hash" = "$want" ] && { [ "$have_mode" = all ] || [ "$mode" = prod ]; }; then
            return 0
        fi
    fi
    require_node
    step "Installing npm packages (npm ci, $mode)"
    # --ignore-scripts: vnu-jar's postinstall would try to download a Java runtime; Debian's is used instead.
    local args=(ci --ignore-scripts --no-audit --no-fund --loglevel=error)
    [ "$mode" = prod ] && args+=(--omit=dev)
    (cd "$repo" && npm "${args[@]}")
    printf '%s %s\n' "$want" "$mode" >"$stamp"
}

# Does package.json list front-end libraries the site serves (its "dependencies", not devDependencies)?
has_web_libraries() {
    [ -f "$repo/package.json" ] || return 1
    grep -qz '"dependencies"[[:space:]]*:[[:space:]]*{[[:space:]]*"' "$repo/package.json"
}

# Copies the files the pages use from node_modules into the git-ignored wwwroot/lib/. package.json's
# "webLibraries" maps a path under wwwroot/lib to a path under node_modules, e.g.
#   "webLibraries": { "leaflet/leaflet.js": "leaflet/dist/leaflet.js" }
copy_web_libraries() {
    # shellcheck disable=SC2016 # the ${...} belong to the JavaScript, not to bash.
    (cd "$repo" && node --input-type=module -e '
        import { readFileSync, mkdirSync, copyFileSync } from "node:fs";
        import { dirname, join } from "node:path";
        const libraries = JSON.parse(readFileSync("package.json", "utf8")).webLibraries ?? {};
        for (const [target, source] of Object.entries(libraries)) {
            const to = join("wwwroot/lib", target);
            mkdirSync(dirname(to), { recursive: true });
            copyFileSync(join("node_modules", source), to);
            console.log(`  wwwroot/lib/${target} <- node_modules/${source}`);
        }
    ')
}

# The site's own npm libraries (none yet): install and copy them into wwwroot/lib when package.json has any.
install_web_libraries() {
    local mode="$1"
    if has_web_libraries; then
        npm_install "$mode"
        step "Copying web libraries into wwwroot/lib"
        copy_web_libraries
    fi
}
