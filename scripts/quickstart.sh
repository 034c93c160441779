#!/usr/bin/env bash
# Installs snowball and runs the whole system on embedded defaults: PGlite for PostgreSQL (data in .data/),
# Redis from REDIS_URL or a local redis-server (installed from the OS packages when missing and run as root),
# the demo club loaded, API + admin panel + worker (+ bots when configured). Prints the admin login link.
# While it runs, it serves the embedded database to other snowball commands (club create, admin invite, chat)
# run from another terminal; they never open the data directory themselves.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
. scripts/bootstrap.sh
if [ -z "${REDIS_URL:-}" ]; then
  eval "$(scripts/services.sh start-redis)"
  export REDIS_URL
fi
pnpm --silent build
exec node --import tsx apps/cli/src/main.ts quickstart "$@"
