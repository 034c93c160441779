#!/usr/bin/env bash
# Installs everything and runs every test: lint, typecheck, unit and integration tests on real
# PostgreSQL and Redis (started on loopback by scripts/services.sh), and browser tests in Chromium.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
. scripts/bootstrap.sh
if ! command -v chromium >/dev/null 2>&1 && [ "$(id -u)" -eq 0 ]; then
  echo "test: installing chromium from the OS packages for the browser tests" >&2
  apt-get update -qq >&2 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >&2
fi
eval "$(scripts/services.sh start)"
export DATABASE_URL REDIS_URL
pnpm lint
pnpm typecheck
mkdir -p test-output
status=0
pnpm exec vitest run --reporter=default --reporter=json --outputFile.json=test-output/vitest.json || status=$?
node -e '
const r = JSON.parse(require("fs").readFileSync("test-output/vitest.json", "utf8"));
console.log(`${r.numPassedTests} passed, ${r.numFailedTests + (r.numTodoTests ?? 0)} failed`);
' || true
exit "$status"
