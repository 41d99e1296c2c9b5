#!/usr/bin/env bash
# The README's run command: builds the suite, makes sure PostgreSQL is there (installing Debian's package only where
# none answers), creates the three databases, starts the four services with the demo data, and prints the addresses
# and a ready token. Stays in the foreground; Ctrl-C (or SIGTERM) stops everything. Logs: deploy/local/logs/.
#
#   deploy/local/run.sh [--skip-build]
#
# Environment: PGHOST, PGPORT, PGUSER, PGPASSWORD (defaults 127.0.0.1, 5432, townreform, townreform), PERSONNEL_URL
# (where fiscal-service and license-service find personnel-service; default http://localhost:8081).
set -euo pipefail

root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
here=deploy/local
logs=$here/logs
services=(personnel-service:8081 fiscal-service:8082 license-service:8083 gateway:8080)
build=true

for arg in "$@"; do
  case "$arg" in
    --skip-build) build=false ;;
    -h|--help) sed -n '2,9p' "$0"; exit 0 ;;
    *) echo "run.sh: unknown argument $arg" >&2; exit 2 ;;
  esac
done

export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-townreform} PGPASSWORD=${PGPASSWORD:-townreform}
# fiscal-service and license-service check the towns their writes name against personnel-service when a write arrives
# (not at start), so the start order does not matter; demo data is loaded by SQL and asks nothing.
export PERSONNEL_URL=${PERSONNEL_URL:-http://localhost:8081}

say() { echo "[run] $*" >&2; }
port_answers() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
http_status() {
  (
    exec 3<>"/dev/tcp/127.0.0.1/$1" || exit 1
    printf 'GET %s HTTP/1.0\r\nHost: localhost\r\n\r\n' "$2" >&3
    IFS=' ' read -r _ status _ <&3 || true
    echo "${status:-}"
  ) 2>/dev/null
}

for entry in "${services[@]}"; do
  port=${entry#*:}
  if port_answers "$port"; then
    say "port $port is already in use (is the suite already running?). Stop that first."
    exit 1
  fi
done

$here/db.sh personnel fiscal license

if $build || [ ! -f gateway/target/quarkus-app/quarkus-run.jar ]; then
  say "building the suite (./mvnw package, tests skipped; deploy/local/test.sh runs them)"
  ./mvnw -B -q package -DskipTests
fi

mkdir -p "$logs"
pids=()
stopping=false
stop_all() {
  $stopping && return
  stopping=true
  say "stopping"
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
  say "stopped"
}
trap 'stop_all; exit 130' INT
trap 'stop_all; exit 143' TERM
trap 'stop_all' EXIT

for entry in "${services[@]}"; do
  module=${entry%%:*}
  say "starting $module (log: $logs/$module.log)"
  java -Xms64m -Xmx384m \
    -Dquarkus.profile=local \
    -Dtownreform.dev-keys="$root/$here/dev-keys" \
    -Dtownreform.demo.enabled=true \
    -jar "$module/target/quarkus-app/quarkus-run.jar" >>"$logs/$module.log" 2>&1 &
  pids+=($!)
done

deadline=$((SECONDS + 180))
for entry in "${services[@]}"; do
  module=${entry%%:*}
  port=${entry#*:}
  until [ "$(http_status "$port" /q/health/ready)" = 200 ]; do
    if [ $SECONDS -gt $deadline ]; then
      say "$module did not become ready; the end of its log:"
      tail -n 40 "$logs/$module.log" >&2
      exit 1
    fi
    for i in "${!pids[@]}"; do
      if ! kill -0 "${pids[$i]}" 2>/dev/null; then
        say "${services[$i]%%:*} exited; the end of its log:"
        tail -n 40 "$logs/${services[$i]%%:*}.log" >&2
        exit 1
      fi
    done
    sleep 1
  done
  say "$module ready on port $port"
done

token=$($here/token.sh --role supervisor --name demo-supervisor 2>/dev/null | tail -n 1)

# GraphiQL opens with the schema loaded when the page's address carries the token: its `headers` parameter (and a
# first query) is what the GraphiQL page reads on open. ASCII only, so a byte-wise encoding is enough.
urlencode() {
  local LC_ALL=C s=$1 out='' c i
  for ((i = 0; i < ${#s}; i++)); do
    c=${s:i:1}
    case $c in
      [a-zA-Z0-9.~_-]) out+=$c ;;
      *) printf -v c '%%%02X' "'$c"; out+=$c ;;
    esac
  done
  printf '%s' "$out"
}
graphiql="http://localhost:8080/q/graphql-ui/?headers=$(urlencode "{\"Authorization\":\"Bearer $token\"}")&query=$(urlencode \
  '{ countyDashboard(year: 2026) { towns { code name personnel { rotationDue } fiscal(year: 2026) { revenue outstanding } licensing { overdueCases } } } }')"

# Freshly started JVMs answer their first dashboard in more than the gateway's 2 s per-call timeout: send a few
# through the gateway before handing over, so the first one a user sends is answered in full.
say "warming up (a few dashboard queries through the gateway)"
warmup='{"query":"{ towns(first: 3) { edges { node { code personnel { __typename } fiscal(year: 2026) { growth } licensing { openApplications } } } } }"}'
for _ in 1 2 3 4 5; do
  curl -s -m 20 -o /dev/null -H "Authorization: Bearer $token" -H 'content-type: application/json' \
    -d "$warmup" http://localhost:8080/graphql || true
done
cat <<INFO

  Town Reform Platform is running (demo data loaded).

  Dashboards (GraphQL):  http://localhost:8080/graphql     GraphiQL: http://localhost:8080/q/graphql-ui
  personnel-service:     http://localhost:8081/api/v1      OpenAPI:  http://localhost:8081/q/swagger-ui
  fiscal-service:        http://localhost:8082/api/v1      OpenAPI:  http://localhost:8082/q/swagger-ui
  license-service:       http://localhost:8083/api/v1      OpenAPI:  http://localhost:8083/q/swagger-ui

  A supervisor token (reads everything; 12 hours):
  $token

  GraphiQL with that token and a first dashboard query, schema loaded on open (one click):
  $graphiql

  Try:  curl -H "Authorization: Bearer \$TOKEN" http://localhost:8081/api/v1/towns/441900113/units
        curl -H "Authorization: Bearer \$TOKEN" http://localhost:8081/api/v1/towns/441900113/staffing
  A 石龙镇 town-clerk token:  $here/token.sh --role town-clerk --town 441900113
  Other roles: $here/token.sh --help        Logs: $logs/        Stop: Ctrl-C

INFO

# Stay in the foreground until Ctrl-C, or until a service dies.
while true; do
  for i in "${!pids[@]}"; do
    if ! kill -0 "${pids[$i]}" 2>/dev/null; then
      say "${services[$i]%%:*} stopped unexpectedly; see $logs/${services[$i]%%:*}.log"
      exit 1
    fi
  done
  sleep 2
done
