#!/usr/bin/env bash
# Create or update the project virtualenv (.venv) and install the package with the given extras.
# Usage: scripts/setup_env.sh [EXTRAS]   e.g. "dev" or "dev,scale"
# Re-running is cheap: the install is skipped while pyproject.toml and the extras are unchanged.
set -euo pipefail
cd "$(dirname "$0")/.."
extras="${1:-}"
python="${PYTHON:-python3}"

if [ ! -x .venv/bin/python ]; then
    echo "setup: creating .venv with $($python --version 2>&1)"
    "$python" -m venv .venv
fi
if [ ! -x .venv/bin/uv ]; then
    echo "setup: installing uv into .venv"
    .venv/bin/python -m pip install --quiet --disable-pip-version-check uv
fi

spec="."
[ -n "$extras" ] && spec=".[$extras]"
stamp=".venv/.aigc-install-stamp"
want="$(sha256sum pyproject.toml | cut -c1-16) $extras"
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
    echo "setup: installing aigc-analysis $spec (uv, compiled bytecode)"
    .venv/bin/uv pip install --quiet --python .venv/bin/python --compile-bytecode -e "$spec"
    echo "$want" > "$stamp"
fi
