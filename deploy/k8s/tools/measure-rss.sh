#!/usr/bin/env bash
# Measures what deploy/k8s sizes its containers from: the resident memory (RSS) of each built service jar, started with
# the JVM settings the manifests give it (the heap is JAVA_MAX_MEM_RATIO=50 % of the 512Mi limit: -Xmx256m, ParallelGC as
# the image's run-java.sh picks), idle after start and at its peak under load.
#
#   deploy/k8s/tools/measure-rss.sh [seconds of load per service, default 30]
#
# Needs the built jars (./mvnw package -DskipTests), a PostgreSQL as deploy/local/db.sh gives (it creates databases
# rss_personnel, rss_fiscal, rss_license) and wrk (Debian package wrk). Uses ports 18090-18093, never 8080-8083. Runs the
# local profile (the development key signs the load's token); the prod profile runs the same code.
set -euo pipefail
root=$(cd "$(dirname "$0")/../../.." && pwd)
cd "$root"
seconds=${1:-30}
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-townreform} PGPASSWORD=${PGPASSWORD:-townreform}
command -v wrk >/dev/null || { echo "wrk is needed: apt-get install wrk" >&2; exit 1; }
deploy/local/db.sh rss_personnel rss_fiscal rss_license >/dev/null
token=$(deploy/local/token.sh --role supervisor --name rss-probe 2>/dev/null | tail -n 1)

# module port path-under-load
targets=(
  "personnel-service 18091 /api/v1/towns?limit=50"
  "fiscal-service 18092 /api/v1/audit?limit=50"
  "license-service 18093 /api/v1/audit?limit=50"
  "gateway 18090 /graphql"
)
jvm=(-Xmx256m -XX:+UseParallelGC -XX:MinHeapFreeRatio=10 -XX:MaxHeapFreeRatio=20 -XX:GCTimeRatio=4
  -XX:AdaptiveSizePolicyWeight=90 -XX:+ExitOnOutOfMemoryError)
lua=$(mktemp --suffix=.lua)
trap 'rm -f "$lua"' EXIT
cat >"$lua" <<'LUA'
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"query":"{ gatewayVersion }"}'
LUA
rss() { awk '/^VmRSS/ {print int($2/1024)}' "/proc/$1/status"; }
hwm() { awk '/^VmHWM/ {print int($2/1024)}' "/proc/$1/status"; }
printf '%-18s %10s %10s %12s %10s\n' module "idle MiB" "peak MiB" "requests/s" "errors"
for t in "${targets[@]}"; do
  read -r module port path <<<"$t"
  db=rss_${module%-service}
  java "${jvm[@]}" -Dquarkus.profile=local -Dquarkus.http.port="$port" -Dtownreform.dev-keys="$root/deploy/local/dev-keys" \
    -Dquarkus.datasource.reactive.url="vertx-reactive:postgresql://$PGHOST:$PGPORT/$db" \
    -Dquarkus.datasource.jdbc.url="jdbc:postgresql://$PGHOST:$PGPORT/$db" \
    -jar "$module/target/quarkus-app/quarkus-run.jar" >"/tmp/rss-$module.log" 2>&1 &
  pid=$!
  for _ in $(seq 1 120); do
    curl -fs -o /dev/null "http://127.0.0.1:$port/q/health/ready" && break
    kill -0 "$pid" 2>/dev/null || { echo "$module exited; see /tmp/rss-$module.log" >&2; exit 1; }
    sleep 1
  done
  sleep 5
  idle=$(rss "$pid")
  script=()
  if [ "$path" = /graphql ]; then script=(-s "$lua"); fi
  out=$(wrk -t2 -c20 -d"${seconds}s" "${script[@]}" -H "Authorization: Bearer $token" "http://127.0.0.1:$port$path" 2>&1)
  rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
  errors=$(awk '/Non-2xx|Socket errors/ {print}' <<<"$out" | tr '\n' ' ')
  peak=$(hwm "$pid")
  kill "$pid"; wait "$pid" 2>/dev/null || true
  printf '%-18s %10s %10s %12s %10s\n' "$module" "$idle" "$peak" "$rps" "${errors:-0}"
done
