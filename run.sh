#!/usr/bin/env bash
# Main job: install everything into .venv, then build every figure and the HTML report from seeds/.
set -euo pipefail
cd "$(dirname "$0")"
scripts/setup_env.sh
exec .venv/bin/aigc-analysis build --corpus seeds --out build "$@"
