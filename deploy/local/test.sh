#!/usr/bin/env bash
# The README's test command: makes sure PostgreSQL is there, then runs every test of the suite: the Kubernetes
# manifests (deploy/k8s/test: rendered, validated, policies, image names), the peer gateways' npm packages
# (gateway/peers), the OpenAPI contracts' lint, the Maven build with every module's tests (the gateway's end-to-end tests start the services),
# then the built jars' production start (refused without OIDC).
#   deploy/local/test.sh [extra Maven arguments]
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
deploy/local/db.sh
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-townreform} PGPASSWORD=${PGPASSWORD:-townreform}
deploy/k8s/test/run.sh manifests
# The committed OpenAPI contracts pass Redocly's lint at 0 errors and 0 warnings (each service's OpenApiContractTest
# holds it to what it serves).
deploy/local/lint-openapi.sh
# The gateway's end-to-end tests run an off-the-shelf gateway from npm beside ours (gateway/peers; npm's cache keeps
# the second install quick).
peers=gateway/peers
if [ ! -f $peers/node_modules/.package-lock.json ] || [ $peers/package-lock.json -nt $peers/node_modules/.package-lock.json ]; then
  (cd $peers && npm ci --prefer-offline --no-audit --no-fund --loglevel=error)
fi
./mvnw -B verify "$@"
deploy/k8s/test/run.sh jars
