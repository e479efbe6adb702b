#!/usr/bin/env bash
# Private PostgreSQL 15 and Redis for development, tests and CI: installs what is missing, starts them on their own ports
# with data under .dev/ (git-ignored), waits until they accept connections. Idempotent.
#   scripts/services.sh start|stop|status [postgres|redis]      (both when neither is named)
# CALIFLOW_PG_PORT / CALIFLOW_REDIS_PORT pick the ports (the port is given to the server at every start, so changing it
# works on an existing data folder) and CALIFLOW_STATE_DIR the data folder: a second, independent pair runs beside the
# first with other ports and another folder (the fault tests do that, then stop and start its servers).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PG_PORT="${CALIFLOW_PG_PORT:-55432}"
REDIS_PORT="${CALIFLOW_REDIS_PORT:-56379}"
PG_BIN="/usr/lib/postgresql/15/bin"
state="${CALIFLOW_STATE_DIR:-$root/.dev}"

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

# PostgreSQL refuses to run as root: when we are root it runs as the postgres OS user, whose data folder must be reachable.
pg_user=""
pg_data="$state/pg"
mkdir -p "$state"
if [ "$(id -u)" = 0 ]; then
  pg_user="postgres"
  if ! runuser -u postgres -- test -x "$state" 2>/dev/null; then
    pg_data="/tmp/califlow-$(echo "$state" | md5sum | cut -c1-8)/pg"
  fi
fi
as_pg() { if [ -n "$pg_user" ]; then runuser -u "$pg_user" -- "$@"; else "$@"; fi; }

install_missing() {
  local pkgs=()
  [ -x "$PG_BIN/postgres" ] || pkgs+=(postgresql-15)
  command -v redis-server >/dev/null 2>&1 || pkgs+=(redis-server)
  if [ ${#pkgs[@]} -gt 0 ]; then
    echo "installing: ${pkgs[*]}"
    as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${pkgs[@]}" >/dev/null
    # the packages start system-wide services of their own; ours are private, so stop theirs
    as_root service redis-server stop >/dev/null 2>&1 || true
  fi
}

start_pg() {
  mkdir -p "$(dirname "$pg_data")" "$state"
  if [ ! -s "$pg_data/PG_VERSION" ]; then
    mkdir -p "$pg_data"
    [ -n "$pg_user" ] && chown -R "$pg_user" "$(dirname "$pg_data")"
    chmod 700 "$pg_data"
    as_pg "$PG_BIN/initdb" -D "$pg_data" -U califlow --auth=trust --encoding=UTF8 --locale=C.UTF-8 >/dev/null
    cat >>"$pg_data/postgresql.conf" <<CONF
listen_addresses = '127.0.0.1'
unix_socket_directories = '$pg_data'
max_connections = 300
shared_buffers = 256MB
fsync = off
synchronous_commit = off
full_page_writes = off
CONF
  fi
  if ! "$PG_BIN/pg_isready" -q -h 127.0.0.1 -p "$PG_PORT"; then
    # running on another port (CALIFLOW_PG_PORT changed since it started): restart it on this one
    if as_pg "$PG_BIN/pg_ctl" -D "$pg_data" status >/dev/null 2>&1; then stop_pg; fi
    as_pg "$PG_BIN/pg_ctl" -D "$pg_data" -l "$pg_data/server.log" -o "-p $PG_PORT" -w -t 60 start >/dev/null
  fi
  for _ in $(seq 1 60); do "$PG_BIN/pg_isready" -q -h 127.0.0.1 -p "$PG_PORT" && return 0; sleep 0.5; done
  echo "PostgreSQL did not start; see $pg_data/server.log" >&2; return 1
}

# Each test app keeps its cache in a logical database of its own (its PostgreSQL database is its own too), so a test that
# changes shared reference data cannot leak it into another app's cache: hence the 1024 databases.
REDIS_DATABASES=1024

start_redis() {
  mkdir -p "$state/redis"
  if redis-cli -p "$REDIS_PORT" ping >/dev/null 2>&1 &&
     [ "$(redis-cli -p "$REDIS_PORT" config get databases | tail -1)" -lt "$REDIS_DATABASES" ]; then
    redis-cli -p "$REDIS_PORT" shutdown nosave >/dev/null 2>&1 || true # started by an older version of this script
    sleep 0.5
  fi
  if ! redis-cli -p "$REDIS_PORT" ping >/dev/null 2>&1; then
    redis-server --port "$REDIS_PORT" --bind 127.0.0.1 --daemonize yes --save "" --appendonly no --databases "$REDIS_DATABASES" \
      --dir "$state/redis" --pidfile "$state/redis/redis.pid" --logfile "$state/redis/redis.log"
  fi
  for _ in $(seq 1 60); do redis-cli -p "$REDIS_PORT" ping >/dev/null 2>&1 && return 0; sleep 0.25; done
  echo "Redis did not start; see $state/redis/redis.log" >&2; return 1
}

stop_pg() { if [ -s "$pg_data/PG_VERSION" ]; then as_pg "$PG_BIN/pg_ctl" -D "$pg_data" -m fast -w stop >/dev/null 2>&1 || true; fi; }
stop_redis() { redis-cli -p "$REDIS_PORT" shutdown nosave >/dev/null 2>&1 || true; }

which="${2:-both}"
case "$which" in postgres|redis|both) ;; *) echo "usage: $0 start|stop|status [postgres|redis]" >&2; exit 2 ;; esac
case "${1:-start}" in
  start)
    install_missing
    if [ "$which" != redis ]; then start_pg; fi
    if [ "$which" != postgres ]; then start_redis; fi
    echo "PostgreSQL on 127.0.0.1:$PG_PORT, Redis on 127.0.0.1:$REDIS_PORT"
    ;;
  stop)
    if [ "$which" != redis ]; then stop_pg; fi
    if [ "$which" != postgres ]; then stop_redis; fi
    echo "stopped"
    ;;
  status)
    "$PG_BIN/pg_isready" -h 127.0.0.1 -p "$PG_PORT" || true
    redis-cli -p "$REDIS_PORT" ping 2>&1 || true
    ;;
  *) echo "usage: $0 start|stop|status [postgres|redis]" >&2; exit 2 ;;
esac
