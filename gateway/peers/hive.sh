#!/usr/bin/env bash
# Runs Hive Gateway in the foreground over a composed supergraph (see compose.sh); --hive-router-runtime uses Hive's
# Rust query planner (@graphql-hive/router-runtime). Other arguments go to Hive Gateway's `supergraph` command.
#   gateway/peers/hive.sh SUPERGRAPH_FILE PORT [--hive-router-runtime]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
[ $# -ge 2 ] || { echo "usage: $0 SUPERGRAPH_FILE PORT [--hive-router-runtime]" >&2; exit 2; }
supergraph=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
port=$2
shift 2
cd "$here"
[ -d node_modules ] || npm ci --no-audit --no-fund --loglevel=error
exec node node_modules/@graphql-hive/gateway/dist/bin.js supergraph "$supergraph" --port "$port" "$@"
