#!/usr/bin/env bash
# Install what the browser tests (tests/browser, marker "browser") need:
#   - Debian's chromium (apt-get, as root), only when no chromium is on PATH;
#   - playwright-core from the npm registry into tests/browser/node_modules (git-ignored), at
#     the version pinned in tests/browser/package-lock.json.
# No browser build is ever downloaded: playwright-core drives the Debian binary.
# Idempotent and quick when everything is there. Usage: scripts/install_browser.sh
set -euo pipefail
cd "$(dirname "$0")/.."

# apt_install WHAT PACKAGE...: Debian packages, as root only
apt_install() {
    local what=$1; shift
    if [ "$(id -u)" -ne 0 ]; then
        echo "install_browser: $what missing; run as root or: sudo apt-get install $*" >&2
        exit 1
    fi
    echo "install_browser: installing Debian $* (apt-get)"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -q >/dev/null
    apt-get install -y -q --no-install-recommends "$@" >/dev/null
}

command -v chromium >/dev/null 2>&1 || apt_install chromium chromium
if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
    apt_install "node and npm" nodejs npm
fi

dir=tests/browser
stamp="$dir/node_modules/.aigc-install-stamp"
want="$(sha256sum "$dir/package-lock.json" | cut -c1-16)"
if [ ! -d "$dir/node_modules/playwright-core" ] || [ ! -f "$stamp" ] \
        || [ "$(cat "$stamp")" != "$want" ]; then
    echo "install_browser: installing playwright-core (npm ci)"
    # PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: belt and braces, playwright-core downloads nothing itself.
    (cd "$dir" && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error)
    echo "$want" > "$stamp"
fi
echo "install_browser: $(chromium --version 2>/dev/null | head -n1); playwright-core" \
     "$(node -p "require('./$dir/node_modules/playwright-core/package.json').version")"
