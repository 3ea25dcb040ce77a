#!/usr/bin/env bash
# The tdkt administration command with Node.js 24 on PATH (installed into .tools/node if needed):
#   bash scripts/tdkt.sh backup --output tdkt.jsonl.gz
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=scripts/node.sh
source "$root/scripts/node.sh"
if [ ! -d "$root/node_modules" ]; then
  echo "Cài các gói npm (npm ci) …" >&2
  (cd "$root" && if [ -f package-lock.json ]; then npm ci --no-fund --no-audit; else npm install --no-fund --no-audit; fi) >&2
fi
exec node "$root/bin/tdkt.js" "$@"
