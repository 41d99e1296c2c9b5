#!/usr/bin/env bash
# Lints the committed OpenAPI contracts (contracts/openapi/*.yaml, which each service's OpenApiContractTest holds to
# what the service serves, and the gateway's) with Redocly's recommended rules and the stricter ones of
# contracts/openapi/redocly.yaml: 0 errors and 0 warnings, or this fails. Run by deploy/local/test.sh.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
lint="$root/contracts/openapi"
command -v npm >/dev/null || { echo "[lint] npm is needed (Debian: apt-get install -y nodejs npm)" >&2; exit 1; }
if [ ! -f "$lint/node_modules/.package-lock.json" ] || [ "$lint/package-lock.json" -nt "$lint/node_modules/.package-lock.json" ]; then
  (cd "$lint" && npm ci --prefer-offline --no-audit --no-fund --loglevel=error)
fi
cd "$lint"
# --max-problems: every problem is printed; REDOCLY_SUPPRESS_UPDATE_NOTICE/telemetry: no network beyond npm's registry
out=$(REDOCLY_SUPPRESS_UPDATE_NOTICE=true REDOCLY_TELEMETRY=off npx --no-install redocly lint --config redocly.yaml \
  --max-problems 1000 --format stylish 2>&1 | grep -v '║\|╔\|╚') || { echo "$out" >&2; echo "[lint] OpenAPI lint failed" >&2; exit 1; }
if echo "$out" | grep -Eq "^ +[0-9]+:[0-9]+ +warning"; then
  echo "$out" >&2
  echo "[lint] OpenAPI lint: warnings are not allowed" >&2
  exit 1
fi
echo "[lint] OpenAPI contracts: 0 errors, 0 warnings ($(ls "$lint"/*.yaml | grep -vc redocly) services and the gateway)"
