#!/usr/bin/env bash
# Run the whole test suite: unit/integration tests, then the notebooks under nbval.
# pytest's exit code 5 (no tests collected) is a failure here, never a silent pass.
set -uo pipefail
cd "$(dirname "$0")/.."
export MPLBACKEND=Agg

run() {
    .venv/bin/python -m pytest "$@"
    rc=$?
    if [ "$rc" -eq 5 ]; then
        echo "run_tests: pytest collected no tests for: $*" >&2
        exit 1
    fi
    [ "$rc" -eq 0 ] || exit "$rc"
}

# one worker per core, each test file on one worker (its module fixtures built once); the suite
# is about 6,500 tests of pure Python, so two cores take close to half the time of one
run tests/ -q -p no:cacheprovider -n auto --dist loadfile
# every docstring example of the package runs as written
run --doctest-modules aigc_analysis -q -p no:cacheprovider
# the committed notebooks (the theme template on its default theme, the corpus and the
# ledger), executed and compared against their checked outputs
run --nbval-lax notebooks/ --nbval-sanitize-with notebooks/nbval_sanitize.cfg -q -p no:cacheprovider
# every theme: a build runs the template once per theme on pooled kernels; nbval runs each
# executed notebook again in a new kernel and compares its checked cells (each theme's key
# table, the ledger's tables) with the build's outputs
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
.venv/bin/aigc-analysis build --corpus seeds --out "$work/build" --figures "$work/figures" -q \
    || { echo "run_tests: the build of the executed notebooks failed" >&2; exit 1; }
run --nbval-lax "$work/build/notebooks/" --nbval-sanitize-with notebooks/nbval_sanitize.cfg \
    -q -p no:cacheprovider
echo "run_tests: all test runs passed"
