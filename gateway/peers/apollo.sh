#!/usr/bin/env bash
# Runs Apollo Gateway in the foreground, composing the subgraphs by introspection.
#   gateway/peers/apollo.sh PERSONNEL_URL FISCAL_URL LICENSE_URL PORT
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
[ $# -eq 4 ] || { echo "usage: $0 PERSONNEL_URL FISCAL_URL LICENSE_URL PORT" >&2; exit 2; }
cd "$here"
[ -d node_modules ] || npm ci --no-audit --no-fund --loglevel=error
PERSONNEL_URL=$1 FISCAL_URL=$2 LICENSE_URL=$3 PORT=$4 exec node apollo.mjs
