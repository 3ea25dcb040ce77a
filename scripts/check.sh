#!/usr/bin/env bash
# `npm run check`: exactly what CI (.ci/run) runs, in the same order: format, lint, typecheck, then the
# whole test suite. Stops at the first step that fails.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
# shellcheck source=scripts/node.sh
source scripts/node.sh
export NO_COLOR=1

step() { echo; echo "=== $1 ==="; }

step "format (prettier --check)"
npm run --silent format:check
step "lint (eslint)"
npm run --silent lint
step "typecheck (tsc)"
npm run --silent typecheck
step "tests (npm test)"
npm test --silent
