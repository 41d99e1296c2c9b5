#!/usr/bin/env bash
# Shows that several replicas starting together against an empty database migrate it once: starts N copies of a built
# service jar at the same moment (prod code path: Flyway migrate-at-start), waits until every one is ready, then prints
# Flyway's history (each version once) and how long each replica took.
#
#   deploy/k8s/tools/concurrent-migrations.sh [module, default personnel-service] [replicas, default 3]
#
# Needs the built jar and a PostgreSQL as deploy/local/db.sh gives; drops and re-creates database migrate_check.
# Uses ports 18094 and up, never 8080-8083.
set -euo pipefail
root=$(cd "$(dirname "$0")/../../.." && pwd)
cd "$root"
module=${1:-personnel-service}
replicas=${2:-3}
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-townreform} PGPASSWORD=${PGPASSWORD:-townreform}
deploy/local/db.sh >/dev/null 2>&1
psql -X -qAt -d postgres -c "set client_min_messages = warning" -c "drop database if exists migrate_check with (force)" -c "create database migrate_check"
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; }
trap cleanup EXIT
start=$SECONDS
for i in $(seq 1 "$replicas"); do
  java -Xmx256m -Dquarkus.profile=local -Dquarkus.http.port=$((18093 + i)) \
    -Dtownreform.dev-keys="$root/deploy/local/dev-keys" \
    -Dquarkus.datasource.reactive.url="vertx-reactive:postgresql://$PGHOST:$PGPORT/migrate_check" \
    -Dquarkus.datasource.jdbc.url="jdbc:postgresql://$PGHOST:$PGPORT/migrate_check" \
    -jar "$module/target/quarkus-app/quarkus-run.jar" >"/tmp/migrate-check-$i.log" 2>&1 &
  pids+=($!)
done
for i in $(seq 1 "$replicas"); do
  until curl -fs -o /dev/null "http://127.0.0.1:$((18093 + i))/q/health/ready"; do
    kill -0 "${pids[$((i - 1))]}" 2>/dev/null || { echo "replica $i exited; see /tmp/migrate-check-$i.log" >&2; exit 1; }
    [ $((SECONDS - start)) -lt 180 ] || { echo "replica $i not ready after 180 s" >&2; exit 1; }
    sleep 1
  done
  echo "replica $i ready after $((SECONDS - start)) s"
done
echo "Flyway history (version, applied, success):"
psql -X -qAt -d migrate_check -c "select version, installed_on, success from flyway_schema_history order by installed_rank"
dupes=$(psql -X -qAt -d migrate_check -c "select count(*) from (select version from flyway_schema_history where version is not null group by version having count(*) > 1) d")
echo "versions applied more than once: $dupes"
for i in $(seq 1 "$replicas"); do
  printf 'replica %s: ' "$i"
  grep -oE "Successfully applied [0-9]+ migrations?|is up to date. No migration necessary" "/tmp/migrate-check-$i.log" | head -1 || echo "?"
done
[ "$dupes" = 0 ]
