#!/usr/bin/env bash
# Writes openapi/v1.json from the running code (the committed-document test in write mode), then lints it with the
# project's Spectral ruleset (openapi/.spectral.yaml), failing on its errors. Review the diff of openapi/v1.json like any
# other change.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
scripts/services.sh start >/dev/null
dotnet build tests/CaliFlow.IntegrationTests -v q -nologo
CALIFLOW_WRITE_OPENAPI=1 dotnet test --project tests/CaliFlow.IntegrationTests --no-build -- \
  --filter-method "*The_committed_document_is_the_one_the_code_serves" >/dev/null
echo "wrote openapi/v1.json"
(cd openapi && npm ci --no-audit --no-fund >/dev/null && npx spectral lint v1.json -r .spectral.yaml)
