#!/usr/bin/env bash
# Refreshes the gateway's subgraph SDL snapshots (gateway/src/main/resources/subgraphs/*.graphql) from the running
# services' `_service { sdl }`. The gateway composes these snapshots at start, so no subgraph has to be up for it to
# start; run this after a service changes its GraphQL schema, then rebuild the gateway and commit the snapshots.
#
#   gateway/subgraphs/fetch.sh [PERSONNEL_URL FISCAL_URL LICENSE_URL]
#
# Defaults: http://localhost:8081/graphql, http://localhost:8082/graphql, http://localhost:8083/graphql.
# `_service` needs no token on the services.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
out=$here/../src/main/resources/subgraphs
names=(personnel fiscal license)
urls=("${1:-http://localhost:8081/graphql}" "${2:-http://localhost:8082/graphql}" "${3:-http://localhost:8083/graphql}")
command -v jq >/dev/null || { echo "fetch.sh: jq is needed" >&2; exit 1; }
for i in 0 1 2; do
  body=$(curl -sS --fail -m 10 -H 'Content-Type: application/json' \
    -d '{"query":"{ _service { sdl } }"}' "${urls[$i]}")
  sdl=$(jq -er '.data._service.sdl' <<<"$body") || { echo "fetch.sh: no SDL from ${urls[$i]}: $body" >&2; exit 1; }
  printf '%s\n' "$sdl" >"$out/${names[$i]}.graphql.tmp"
  mv "$out/${names[$i]}.graphql.tmp" "$out/${names[$i]}.graphql"
  echo "fetch.sh: ${names[$i]} <- ${urls[$i]} ($(wc -l <"$out/${names[$i]}.graphql") lines)"
done
