#!/usr/bin/env bash
# Starts (or stops) the local PostgreSQL and Redis that tests and the embedded default use, on loopback.
#   scripts/services.sh install        install the Debian packages when missing (needs root)
#   eval "$(scripts/services.sh start)" start both (reusing running ones) and export DATABASE_URL, REDIS_URL
#   scripts/services.sh start-redis    start only Redis; prints REDIS_URL
#   scripts/services.sh stop           stop both
# Data lives in $SNOWBALL_SERVICES_DIR (default .data/services in the repository).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
dir=${SNOWBALL_SERVICES_DIR:-$root/.data/services}
say() { echo "services: $*" >&2; }

pg_bindir() {
  if command -v pg_config >/dev/null 2>&1 && [ -x "$(pg_config --bindir)/initdb" ]; then pg_config --bindir; return; fi
  ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1
}

free_port() {
  node -e "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})"
}

install() {
  local need=()
  [ -n "$(pg_bindir)" ] && [ -x "$(pg_bindir)/initdb" ] || need+=(postgresql)
  command -v redis-server >/dev/null 2>&1 || need+=(redis-server)
  [ ${#need[@]} -eq 0 ] && return 0
  if [ "$(id -u)" -ne 0 ]; then
    say "missing ${need[*]}: install them with your package manager (Debian/Ubuntu: sudo apt-get install -y ${need[*]})"
    exit 1
  fi
  say "installing ${need[*]} from the OS packages"
  apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >&2
  # Debian starts the packaged services; ours run on their own ports, so the packaged ones are not needed.
}

start_redis() {
  mkdir -p "$dir/redis"
  if [ -f "$dir/redis.port" ] && redis-cli -p "$(cat "$dir/redis.port")" ping >/dev/null 2>&1; then
    echo "export REDIS_URL=redis://127.0.0.1:$(cat "$dir/redis.port")"
    return
  fi
  command -v redis-server >/dev/null 2>&1 || install
  local port; port=$(free_port)
  redis-server --port "$port" --bind 127.0.0.1 --daemonize yes --dir "$dir/redis" \
    --pidfile "$dir/redis/redis.pid" --logfile "$dir/redis/redis.log" \
    --maxmemory-policy noeviction --appendonly yes --appendfsync everysec --save '' >&2
  for _ in $(seq 1 50); do redis-cli -p "$port" ping >/dev/null 2>&1 && break; sleep 0.1; done
  echo "$port" > "$dir/redis.port"
  say "redis on 127.0.0.1:$port"
  echo "export REDIS_URL=redis://127.0.0.1:$port"
}

start_postgres() {
  local bin; bin=$(pg_bindir)
  [ -n "$bin" ] && [ -x "$bin/initdb" ] || { install; bin=$(pg_bindir); }
  local data="$dir/pg"
  local run=()
  [ "$(id -u)" -eq 0 ] && run=(runuser -u postgres --)
  if [ -f "$dir/pg.port" ] && "$bin/pg_isready" -q -h 127.0.0.1 -p "$(cat "$dir/pg.port")"; then
    echo "export DATABASE_URL=postgres://postgres@127.0.0.1:$(cat "$dir/pg.port")/snowball"
    return
  fi
  mkdir -p "$dir"
  if [ ! -f "$data/PG_VERSION" ]; then
    mkdir -p "$data"
    [ "$(id -u)" -eq 0 ] && chown -R postgres:postgres "$data" && chmod 755 "$dir"
    "${run[@]}" "$bin/initdb" -D "$data" -U postgres --auth=trust -E UTF8 --no-locale >/dev/null
  fi
  local port; port=$(free_port)
  "${run[@]}" "$bin/pg_ctl" -D "$data" -l "$data/server.log" -w \
    -o "-c listen_addresses=127.0.0.1 -p $port -k $data -c fsync=off -c max_connections=200" start >/dev/null
  echo "$port" > "$dir/pg.port"
  "$bin/psql" -h 127.0.0.1 -p "$port" -U postgres -tAc "select 1 from pg_database where datname='snowball'" | grep -q 1 \
    || "$bin/createdb" -h 127.0.0.1 -p "$port" -U postgres snowball
  say "postgres on 127.0.0.1:$port"
  echo "export DATABASE_URL=postgres://postgres@127.0.0.1:$port/snowball"
}

stop() {
  local bin; bin=$(pg_bindir)
  if [ -f "$dir/pg/postmaster.pid" ] && [ -n "$bin" ]; then
    local run=(); [ "$(id -u)" -eq 0 ] && run=(runuser -u postgres --)
    "${run[@]}" "$bin/pg_ctl" -D "$dir/pg" -m fast stop >/dev/null 2>&1 || true
  fi
  if [ -f "$dir/redis.port" ]; then redis-cli -p "$(cat "$dir/redis.port")" shutdown nosave >/dev/null 2>&1 || true; fi
  rm -f "$dir/pg.port" "$dir/redis.port"
}

case "${1:-start}" in
  install) install ;;
  start) install; start_postgres; start_redis ;;
  start-redis) start_redis ;;
  stop) stop ;;
  *) echo "usage: $0 install|start|start-redis|stop" >&2; exit 2 ;;
esac
