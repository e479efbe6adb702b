#!/usr/bin/env bash
# Rehearses a restore from backup, end to end (docs/operations.md, "Backups and restore"):
#   1. dumps a database with pg_dump (custom format, as the nightly backup does),
#   2. restores it into a new database with pg_restore,
#   3. compares the row count of every table in the module schemas between the two,
#   4. starts the API over the restored copy (no migrations: it must run on the schema as restored) and runs the TypeScript
#      client's journey against it (register, sign in, profile, plan, today's workout, a log, stats, achievements),
#   5. drops the copy. Exits non-zero at the first step that fails.
#   scripts/restore-rehearsal.sh [database]       (default: califlow, the development database)
# CALIFLOW_NO_BUILD=1 uses the API as already built (the test run does).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
PG_BIN="/usr/lib/postgresql/15/bin"
PG_PORT="${CALIFLOW_PG_PORT:-55432}"
source_db="${1:-califlow}"
restored="${source_db}_restored_$$"
work="$(mktemp -d)"
api_pid=""
pg() { "$PG_BIN/$1" -h 127.0.0.1 -p "$PG_PORT" -U califlow "${@:2}"; }
cleanup() {
  if [ -n "$api_pid" ]; then kill "$api_pid" 2>/dev/null || true; wait "$api_pid" 2>/dev/null || true; fi
  pg dropdb --if-exists --force "$restored" >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT

scripts/services.sh start >/dev/null

echo "1. dump $source_db"
pg pg_dump --format=custom --file="$work/backup.dump" "$source_db"

echo "2. restore into $restored"
pg createdb "$restored"
pg pg_restore --exit-on-error --no-owner --dbname="$restored" "$work/backup.dump"

echo "3. compare row counts"
count_rows() {
  local tables
  tables="$(pg psql -At -d "$1" -c "SELECT format('%I.%I', schemaname, tablename) FROM pg_tables
    WHERE schemaname NOT IN ('pg_catalog', 'information_schema', 'public') ORDER BY 1")"
  for table in $tables; do
    echo "$table $(pg psql -At -d "$1" -c "SELECT count(*) FROM $table")"
  done
}
count_rows "$source_db" >"$work/source.txt"
count_rows "$restored" >"$work/restored.txt"
if ! diff "$work/source.txt" "$work/restored.txt"; then
  echo "row counts differ between $source_db and its restored copy" >&2
  exit 1
fi
echo "   $(wc -l <"$work/source.txt") tables, $(awk '{ s += $2 } END { print s }' "$work/source.txt") rows: the same in both"

echo "4. run the API over the restored copy and a client journey against it"
if [ "${CALIFLOW_NO_BUILD:-}" != 1 ]; then dotnet build src/CaliFlow.Api -v q -nologo >/dev/null; fi
port="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
(
  cd src/CaliFlow.Api
  export ASPNETCORE_ENVIRONMENT=Production ASPNETCORE_URLS="http://127.0.0.1:$port"
  export ConnectionStrings__Postgres="Host=127.0.0.1;Port=$PG_PORT;Database=$restored;Username=califlow;Maximum Pool Size=10"
  # the copy holds the same data as its source, so it may share the source's cache (the test run passes the source app's)
  export ConnectionStrings__Redis="${CALIFLOW_REHEARSAL_REDIS:-127.0.0.1:${CALIFLOW_REDIS_PORT:-56379}}"
  export Database__MigrateOnStartup=false Jwt__SigningKey="$(head -c 32 /dev/urandom | base64)"
  export Email__Provider=folder Email__Folder="$work/mail" Photos__Folder="$work/photos"
  exec dotnet bin/Debug/net10.0/CaliFlow.Api.dll
) >"$work/api.log" 2>&1 &
api_pid=$!
for _ in $(seq 1 120); do
  if curl -sf "http://127.0.0.1:$port/health/ready" >/dev/null; then break; fi
  if ! kill -0 "$api_pid" 2>/dev/null; then cat "$work/api.log" >&2; echo "the API did not start" >&2; exit 1; fi
  sleep 0.5
done
curl -sf "http://127.0.0.1:$port/health/ready" >/dev/null || { cat "$work/api.log" >&2; exit 1; }
(
  cd clients/typescript
  [ -d node_modules ] || npm ci --no-audit --no-fund >/dev/null
  [ -f src/api.d.ts ] || npm run generate >/dev/null
  CALIFLOW_BASE_URL="http://127.0.0.1:$port" npm run --silent journey
)

echo "5. restore rehearsed: $source_db dumped, restored, counted and served a client journey"
