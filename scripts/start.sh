#!/usr/bin/env bash
# `npm start`: install what is missing, build the web app when its sources changed, then run the server
# (which migrates, seeds the demo agency on first run, and prints the URL and the demo accounts).
# Embedded database under ./data (or TDKT_DATA_DIR) unless DATABASE_URL names a PostgreSQL server.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
# shellcheck source=scripts/node.sh
source "$root/scripts/node.sh"

# 1. Packages: when node_modules is missing, or the lock file changed since the last install
#    (npm writes node_modules/.package-lock.json on every install).
if [ ! -d node_modules ] || { [ -f package-lock.json ] && [ package-lock.json -nt node_modules/.package-lock.json ]; }; then
  if [ -f package-lock.json ]; then
    echo "Cài các gói npm (npm ci) …" >&2
    npm ci --no-fund --no-audit --loglevel=error >&2
  else
    echo "Cài các gói npm (npm install) …" >&2
    npm install --no-fund --no-audit --loglevel=error >&2
  fi
fi

# 2. The web app: build when dist is missing or older than any source file of apps/web.
if [ ! -f apps/web/index.html ]; then
  echo "Chưa có giao diện web (apps/web/index.html): bỏ qua bước dựng giao diện, chỉ chạy API." >&2
else
  stale=""
  if [ ! -f apps/web/dist/index.html ]; then
    stale="yes"
  elif [ -n "$(find apps/web -path apps/web/dist -prune -o -path apps/web/node_modules -prune -o -type f -newer apps/web/dist/index.html -print -quit)" ] \
    || [ package-lock.json -nt apps/web/dist/index.html ]; then
    stale="yes"
  fi
  if [ -n "$stale" ]; then
    echo "Dựng giao diện web (npm run build:web) …" >&2
    npm run --silent build:web >&2
  fi
fi

# 3. The server.
if [ ! -f apps/api/src/server.ts ]; then
  echo "Chưa có máy chủ API (apps/api/src/server.ts)." >&2
  exit 1
fi
exec node apps/api/src/server.ts
