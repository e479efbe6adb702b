#!/usr/bin/env bash
# The load benchmark: starts PostgreSQL and Redis (scripts/services.sh), builds the API, the bare baseline and the driver in
# Release, installs wrk if missing, then seeds, measures and writes bench/results/latest.md. Takes about 15 minutes.
#   bench/run.sh [--users 10000] [--log-rows 1000000] [--seconds 10] [--connections 64,1000]
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
scripts/services.sh start

if ! command -v wrk >/dev/null 2>&1; then
  echo "installing wrk"
  sudo_if_needed() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }
  sudo_if_needed env DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null
  sudo_if_needed env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null
fi

dotnet build -c Release -v q -nologo src/CaliFlow.Api >/dev/null
dotnet build -c Release -v q -nologo bench/CaliFlow.Bench.Baseline >/dev/null
dotnet run -c Release --project bench/CaliFlow.LoadBench -- "$@"
