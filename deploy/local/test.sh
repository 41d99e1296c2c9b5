#!/usr/bin/env bash
# The README's test command: makes sure PostgreSQL is there, then runs every test of the suite: the Kubernetes
# manifests (deploy/k8s/test: rendered, validated, policies, image names), the Maven build with every module's tests,
# then the built jars' production start (refused without OIDC).
#   deploy/local/test.sh [extra Maven arguments]
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
deploy/local/db.sh
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-townreform} PGPASSWORD=${PGPASSWORD:-townreform}
deploy/k8s/test/run.sh manifests
./mvnw -B verify "$@"
deploy/k8s/test/run.sh jars
