#!/usr/bin/env bash
# Create or update the project virtualenv (.venv) and install the package with the given extras.
# Usage: scripts/setup_env.sh [EXTRAS]   e.g. "dev" or "dev,scale"
# Re-running is cheap: the install is skipped while pyproject.toml is unchanged and the extras
# asked for are already installed.
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

# The stamp records the pyproject.toml hash and the extras installed. A request for extras
# already installed (./run.sh after ./test.sh) installs nothing; a request for more installs
# the union, so alternating ./test.sh and ./run.sh never flips between two installs.
stamp=".venv/.aigc-install-stamp"
hash="$(sha256sum pyproject.toml | cut -c1-16)"
stamp_hash="" have=""
if [ -f "$stamp" ]; then
    read -r stamp_hash have < "$stamp" || true
fi
union="$(printf '%s\n' ${have//,/ } ${extras//,/ } | sort -u | paste -sd, -)"
if [ "$stamp_hash" != "$hash" ] || [ "$union" != "$have" ]; then
    spec="."
    [ -n "$union" ] && spec=".[$union]"
    echo "setup: installing aigc-analysis $spec (uv, compiled bytecode)"
    .venv/bin/uv pip install --quiet --python .venv/bin/python --compile-bytecode -e "$spec"
    echo "$hash $union" > "$stamp"
fi
# An editable install leaves the package's own modules uncompiled, and with
# PYTHONDONTWRITEBYTECODE set (as on the development machine) every process would compile them
# again (about a second of CPU for the extractor's modules): compile them here, once. compileall
# skips modules whose bytecode is current, so a re-run costs next to nothing.
.venv/bin/python -m compileall -q aigc_analysis
