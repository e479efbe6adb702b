#!/usr/bin/env bash
# Starts everything a developer needs and runs the API on http://localhost:5080 (docs at /docs, the web app at /app):
# private PostgreSQL and Redis, a development signing key kept under .dev/, migrations applied at start-up.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
scripts/services.sh start

# A stable local key so that tokens survive restarts of the API; never committed (.dev/ is ignored).
key_file="$root/.dev/jwt-signing-key"
if [ ! -s "$key_file" ]; then
  mkdir -p "$root/.dev"
  (umask 077; head -c 32 /dev/urandom | base64 >"$key_file")
fi
export Jwt__SigningKey="$(cat "$key_file")"
# Progress photos on the local disk, beside the private databases (also ignored by git).
export Photos__Folder="${Photos__Folder:-$root/.dev/photos}"
# The web app (http://localhost:5080/app/), built once; `cd web && npm run build` builds it again after a change.
if [ ! -s "$root/web/dist/index.html" ]; then
  (cd "$root/web" && npm ci --no-audit --no-fund --loglevel=error && npm run --silent build >/dev/null)
fi

exec dotnet run --project src/CaliFlow.Api --launch-profile CaliFlow.Api "$@"
