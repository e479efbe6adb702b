#!/usr/bin/env bash
# Runs every test (unit, architecture, integration against real PostgreSQL and Redis), starting those servers first.
# Ends with one line for the whole run: "N passed, N failed".
set -uo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
results="$root/TestResults"
rm -rf "$results"

if ! scripts/services.sh start; then
  echo "0 passed, 1 failed"
  exit 1
fi

# Built once, then every test project runs at the same time, each reporting into its own folder: reports named by the clock
# alone can collide when two projects start in the same instant (one report was lost that way).
status=0
# The OpenAPI linter and the TypeScript client the contract tests run (their package-lock.json files pin them); the client's
# types are generated from the committed document, so a contract change that breaks the client fails its test.
(cd openapi && npm ci --no-audit --no-fund --loglevel=error) || status=$?
(cd clients/typescript && npm ci --no-audit --no-fund --loglevel=error && npm run --silent generate) || status=$?
# The MCP client (the official TypeScript SDK) the MCP test drives against /mcp.
(cd clients/mcp && npm ci --no-audit --no-fund --loglevel=error) || status=$?
# The web app, built as the API serves it, and Debian's Chromium for its browser tests (playwright-core drives it by its
# path: browser downloads cannot work here). Neither stops the other projects: without them the browser tests fail, saying why.
# A failed build leaves no web/dist (not an older one to test against), so the browser tests fail saying it is not built.
rm -rf web/dist
(cd web && npm ci --no-audit --no-fund --loglevel=error && npm run --silent build) || echo "the web app did not build" >&2
if ! command -v chromium >/dev/null 2>&1; then
  as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }
  echo "installing: chromium"
  { as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq &&
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; } || echo "chromium did not install" >&2
fi
dotnet build CaliFlow.sln -v q -nologo || status=$?
runs=()
if [ "$status" -eq 0 ]; then
  for project in $(find tests architecture-tests -name '*.csproj' | sort); do
    name="$(basename "$project" .csproj)"
    dotnet test --project "$project" --no-build --results-directory "$results/$name" --report-xunit-trx &
    runs+=($!)
  done
  for run in "${runs[@]}"; do
    wait "$run" || status=$?
  done
fi

# Counts come from the TRX reports, one per test project; a project that did not build or run leaves none.
passed=0
failed=0
reports=0
for trx in "$results"/*/*.trx; do
  [ -e "$trx" ] || continue
  reports=$((reports + 1))
  counters="$(grep -o '<Counters [^>]*>' "$trx" | head -1)"
  p="$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters")"
  f="$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters")"
  e="$(sed -n 's/.* error="\([0-9]*\)".*/\1/p' <<<"$counters")"
  passed=$((passed + ${p:-0}))
  failed=$((failed + ${f:-0} + ${e:-0}))
done

# The failed tests by name, with the first line of why, so a run's last lines say what to look at.
for trx in "$results"/*/*.trx; do
  [ -e "$trx" ] || continue
  python3 - "$trx" <<'PY'
import sys, xml.etree.ElementTree as ET
ns = {"t": "http://microsoft.com/schemas/VisualStudio/TeamTest/2010"}
for result in ET.parse(sys.argv[1]).getroot().iterfind(".//t:UnitTestResult", ns):
    if result.get("outcome") not in ("Failed", "Error"):
        continue
    message = result.find(".//t:Message", ns)
    why = (message.text or "").strip().splitlines()[0][:300] if message is not None and message.text else ""
    print(f"FAILED {result.get('testName')}: {why}")
PY
done

expected="$(find tests architecture-tests -name '*.csproj' | wc -l)"
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then
  failed=1 # the run failed outside any test (build, crash, a project that never reported)
fi
if [ "$reports" -lt "$expected" ]; then
  echo "only $reports of $expected test projects reported results" >&2
  [ "$failed" -eq 0 ] && failed=1
fi

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
