#!/usr/bin/env bash
# Installs the pinned pnpm (into .data/tools, no global changes) and the locked dependencies.
# Source it (`. scripts/bootstrap.sh`) to get pnpm on PATH.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
want=$(node -p "require('$root/package.json').packageManager.split('@')[1]")
tools="$root/.data/tools"
export PATH="$tools/node_modules/.bin:$PATH"
if [ "$(pnpm --version 2>/dev/null || true)" != "$want" ]; then
  echo "bootstrap: installing pnpm $want" >&2
  mkdir -p "$tools"
  npm install --prefix "$tools" --no-audit --no-fund --loglevel=error "pnpm@$want" >&2
fi
cd "$root"
if [ "${CI:-}" = "true" ]; then
  pnpm install --frozen-lockfile --reporter=append-only >&2
else
  pnpm install --frozen-lockfile --reporter=silent >&2 || pnpm install --reporter=append-only >&2
fi
