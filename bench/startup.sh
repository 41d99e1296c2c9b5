#!/usr/bin/env bash
# Start-up time of each built jar: from `java -jar <module>/target/quarkus-app/quarkus-run.jar` to its readiness
# (`/q/health/ready` answering 200, polled every 50 ms), one jar at a time, each stopped before the next starts.
# Builds nothing (run ./mvnw -B -q package -DskipTests first) and creates no database: the services start against the
# existing databases PERSONNEL_DB, FISCAL_DB, LICENSE_DB (defaults personnel, fiscal, license, the ones
# deploy/local/run.sh uses; deploy/local/db.sh creates empty ones). A first start migrates an empty database: time a
# warm, migrated one by discarding the first run. Options as deploy/local/run.sh gives them (profile local, the
# development key), without the demo data; the gateway needs no service to be ready.
#
#   bench/startup.sh [module ...]     # default: personnel-service fiscal-service license-service gateway
#
# Environment: PGHOST, PGPORT, PGUSER, PGPASSWORD (defaults 127.0.0.1, 5432, townreform, townreform); PERSONNEL_DB,
# FISCAL_DB, LICENSE_DB; PORT_BASE (default 8080: the gateway on it, the services on +1, +2, +3). Prints one line per
# jar: module, seconds to ready, and Quarkus' own "started in" figure. Logs: ${TMPDIR:-/tmp}/startup-<module>.log.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-townreform} PGPASSWORD=${PGPASSWORD:-townreform}
export PERSONNEL_DB=${PERSONNEL_DB:-personnel} FISCAL_DB=${FISCAL_DB:-fiscal} LICENSE_DB=${LICENSE_DB:-license}
base=${PORT_BASE:-8080}
modules=("$@")
[ ${#modules[@]} -gt 0 ] || modules=(personnel-service fiscal-service license-service gateway)

pid=
trap '[ -n "$pid" ] && kill "$pid" 2>/dev/null; wait 2>/dev/null || true' EXIT

now() { date +%s.%N; }
ready() { [ "$(curl -s -o /dev/null -m 1 -w '%{http_code}' "http://127.0.0.1:$1/q/health/ready")" = 200 ]; }

for module in "${modules[@]}"; do
  case "$module" in
    gateway) port=$base ;;
    personnel-service) port=$((base + 1)) ;;
    fiscal-service) port=$((base + 2)) ;;
    license-service) port=$((base + 3)) ;;
    *) echo "startup.sh: unknown module $module" >&2; exit 2 ;;
  esac
  jar=$module/target/quarkus-app/quarkus-run.jar
  [ -f "$jar" ] || { echo "startup.sh: $jar is missing; run ./mvnw -B -q package -DskipTests first" >&2; exit 1; }
  if ready "$port" || (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
    echo "startup.sh: port $port is in use; set PORT_BASE" >&2; exit 1
  fi
  log=${TMPDIR:-/tmp}/startup-$module.log
  start=$(now)
  java -Xms64m -Xmx384m -Dquarkus.profile=local -Dquarkus.http.host=127.0.0.1 -Dquarkus.http.port="$port" \
    -Dtownreform.dev-keys="$root/deploy/local/dev-keys" \
    -jar "$jar" >"$log" 2>&1 &
  pid=$!
  until ready "$port"; do
    if ! kill -0 "$pid" 2>/dev/null; then
      echo "startup.sh: $module exited; the end of $log:" >&2; tail -n 30 "$log" >&2; exit 1
    fi
    sleep 0.05
  done
  end=$(now)
  kill "$pid"
  wait "$pid" 2>/dev/null || true
  pid=
  quarkus=$(grep -o 'started in [0-9.]*s' "$log" | head -n 1 || true)
  printf '%-18s %6.2f s   (Quarkus: %s)\n' "$module" "$(awk "BEGIN { print $end - $start }")" "${quarkus:-?}"
done
