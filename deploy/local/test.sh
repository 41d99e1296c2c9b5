#!/usr/bin/env bash
# The README's test command: makes sure PostgreSQL is there, then runs every test of the suite.
#   deploy/local/test.sh [extra Maven arguments]
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
deploy/local/db.sh
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-townreform} PGPASSWORD=${PGPASSWORD:-townreform}
exec ./mvnw -B verify "$@"
