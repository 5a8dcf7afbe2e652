#!/usr/bin/env bash
# Test job: install everything (with the test tools) into .venv, then run every test.
set -euo pipefail
cd "$(dirname "$0")"
scripts/setup_env.sh dev,scale
# the browser tests need Debian's chromium and playwright-core: installed as root (CI is root);
# elsewhere they are skipped with a message saying how to install them
if [ "$(id -u)" -eq 0 ]; then
    scripts/install_browser.sh
fi
exec scripts/run_tests.sh "$@"
