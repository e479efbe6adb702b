#!/usr/bin/env bash
# The soak: 10 minutes of a realistic mix (reads, logs, offline syncs, check-ins, coach messages, photo uploads) at 1000
# connections against the 10,000-user data set with 10^6 exercise-log rows; writes bench/results/soak.md (errors, the API's
# memory every 30 s and its growth after warm-up, the outbox drained at the end). About 20 minutes in all.
#   bench/soak.sh [--minutes 10] [--users 10000] [--log-rows 1000000] [--connections 1000]
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
minutes=10
args=()
while [ $# -gt 0 ]; do
  case "$1" in
    --minutes) minutes="$2"; shift 2 ;;
    *) args+=("$1"); shift ;;
  esac
done
exec "$root/bench/run.sh" "${args[@]}" --connections 1000 --soak-minutes "$minutes"
