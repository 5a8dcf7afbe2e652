#!/usr/bin/env bash
# Test job: install everything (with the test tools) into .venv, then run every test.
set -euo pipefail
cd "$(dirname "$0")"
scripts/setup_env.sh dev,scale
exec scripts/run_tests.sh "$@"
