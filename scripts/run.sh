#!/usr/bin/env bash
# Starts everything a developer needs and runs the API on http://localhost:5080 (docs at /docs):
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

exec dotnet run --project src/CaliFlow.Api --launch-profile CaliFlow.Api "$@"
