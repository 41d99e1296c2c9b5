#!/usr/bin/env bash
# Composes the subgraphs into a supergraph SDL with Hive's composer.
#   gateway/peers/compose.sh PERSONNEL_URL FISCAL_URL LICENSE_URL OUT_FILE
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
[ $# -eq 4 ] || { echo "usage: $0 PERSONNEL_URL FISCAL_URL LICENSE_URL OUT_FILE" >&2; exit 2; }
cd "$here"
[ -d node_modules ] || npm ci --no-audit --no-fund --loglevel=error
PERSONNEL_URL=$1 FISCAL_URL=$2 LICENSE_URL=$3 npx mesh-compose -c compose.config.ts -o "$4"
