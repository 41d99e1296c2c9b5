#!/usr/bin/env bash
# Benchmark of the county dashboard (issue 5), in one invocation: builds the jars, creates fresh bench databases, starts
# the three services with the demo data on ports 28081-28083, seeds 47 more towns (50 in all), then measures the
# dashboard query for 1, 10 and 50 towns through each target in turn, one target running at a time:
#   direct                 the equivalent subgraph calls (personnel, then fiscal and license _entities in parallel)
#   gateway                our gateway (GATEWAY_JAR, default gateway/target/quarkus-app/quarkus-run.jar), port 28080
#   gateway-no-coalescing  the same with townreform.gateway.coalescing=false (only with --no-coalescing)
#   hive-router            Hive Gateway with Hive's Rust query planner (--hive-router-runtime), port 14000
#   apollo                 Apollo Gateway (IntrospectAndCompose), port 14001
# and prints one table: req/s, p50/p99 latency, errors, downstream requests per query, the target's RSS.
# Stops everything it started on exit, Ctrl-C included. Results and logs: bench/results/<time>/.
#
#   bench/run.sh [--skip-build] [--no-coalescing] [--sizes 1,10,50] [--service-warmup 60] [--warmup 15] [--duration 15]
#                [--connections 10] [--rounds 1] [--targets direct,gateway,hive-router,apollo]
#
# Environment: PGHOST, PGPORT, PGUSER, PGPASSWORD (defaults 127.0.0.1, 5432, townreform, townreform); GATEWAY_JAR.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

build=true
no_coalescing=false
sizes=1,10,50
service_warmup=60
warmup=15
duration=15
connections=10
rounds=1
targets=
while [ $# -gt 0 ]; do
  case "$1" in
    --skip-build) build=false ;;
    --no-coalescing) no_coalescing=true ;;
    --sizes) sizes=$2; shift ;;
    --service-warmup) service_warmup=$2; shift ;;
    --warmup) warmup=$2; shift ;;
    --duration) duration=$2; shift ;;
    --connections) connections=$2; shift ;;
    --rounds) rounds=$2; shift ;;
    --targets) targets=$2; shift ;;
    -h|--help) sed -n '2,17p' "$0"; exit 0 ;;
    *) echo "bench/run.sh: unknown argument $1 (see --help)" >&2; exit 2 ;;
  esac
  shift
done
for n in ${sizes//,/ } "$service_warmup" "$warmup" "$duration" "$connections" "$rounds"; do
  [[ "$n" =~ ^[0-9]+$ ]] || { echo "bench/run.sh: not a number: $n" >&2; exit 2; }
done
if [ -z "$targets" ]; then
  targets=direct,gateway
  $no_coalescing && targets=$targets,gateway-no-coalescing
  targets=$targets,hive-router,apollo
fi

export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-townreform} PGPASSWORD=${PGPASSWORD:-townreform}
gateway_jar=${GATEWAY_JAR:-gateway/target/quarkus-app/quarkus-run.jar}
peers=gateway/peers
out=bench/results/$(date +%Y%m%d-%H%M%S)
logs=$out/logs
mkdir -p "$logs" "$out/answers"
results=$out/results.jsonl
: >"$results"

say() { echo "[bench] $*" >&2; }
die() { say "$*"; exit 1; }
port_answers() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
http_status() { curl -s -o /dev/null -w '%{http_code}' --max-time 5 "$@" 2>/dev/null || true; }

services=(personnel-service:28081 fiscal-service:28082 license-service:28083)
ports="28081 28082 28083"
[[ ",$targets," == *,gateway* ]] && ports="$ports 28080"
[[ ",$targets," == *,hive-router,* ]] && ports="$ports 14000"
[[ ",$targets," == *,apollo,* ]] && ports="$ports 14001"
for port in $ports; do
  port_answers "$port" && die "port $port is already in use (an earlier bench still running?). Stop that first."
done

# --- Processes: each started in its own process group (setsid), stopped by that group on exit -----------------------
pids=()
stopping=false
stop_pid() {
  local pid=$1
  kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null || true
  for _ in $(seq 1 50); do
    kill -0 "$pid" 2>/dev/null || break
    [ "$(ps -o stat= -p "$pid" 2>/dev/null | cut -c1)" = Z ] && break # exited, not yet reaped
    sleep 0.2
  done
  kill -KILL -- "-$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
}
stop_all() {
  $stopping && return
  stopping=true
  # Stop everything even when the output is gone (Ctrl-C also ends a `| tee`): no SIGPIPE, no exit on a failed echo.
  set +e
  trap '' PIPE
  say "stopping what the bench started"
  local p
  for p in "${pids[@]}"; do stop_pid "$p"; done
}
trap 'stop_all; exit 130' INT
trap 'stop_all; exit 143' TERM
trap 'stop_all' EXIT

# start NAME PORT COMMAND...: once PORT is free (the target before has let it go), starts the command in the
# background with its log in $logs/NAME.log; sets $started_pid.
start() {
  local name=$1 port=$2
  shift 2
  for _ in $(seq 1 50); do port_answers "$port" || break; sleep 0.2; done
  port_answers "$port" && die "port $port is still in use: not starting $name"
  setsid "$@" >>"$logs/$name.log" 2>&1 &
  started_pid=$!
  pids+=("$started_pid")
}
stop() {
  stop_pid "$1"
  local kept=() p
  for p in "${pids[@]}"; do [ "$p" = "$1" ] || kept+=("$p"); done
  pids=("${kept[@]}")
}

# wait_for NAME PID CHECK...: until the check command succeeds (180 s at most, while the process lives).
wait_for() {
  local name=$1 pid=$2
  shift 2
  local deadline=$((SECONDS + 180))
  until alive "$pid" && "$@"; do
    alive "$pid" || { say "$name exited; the end of its log:"; tail -n 30 "$logs/$name.log" >&2; return 1; }
    [ $SECONDS -lt $deadline ] || { say "$name did not become ready; the end of its log:"; tail -n 30 "$logs/$name.log" >&2; return 1; }
    sleep 1
  done
}
ready() { [ "$(http_status "http://127.0.0.1:$1/q/health/ready")" = 200 ]; }
alive() { kill -0 "$1" 2>/dev/null && [ "$(ps -o stat= -p "$1" 2>/dev/null | cut -c1)" != Z ]; }
graphql_answers() {
  curl -s --max-time 5 -H 'content-type: application/json' -H "authorization: Bearer $query_token" \
    -d '{"query":"{ __typename }"}' "http://127.0.0.1:$1/graphql" 2>/dev/null | grep -q '"__typename"'
}

# The smallest dashboard query: does this gateway serve the supergraph's towns yet?
dashboard_probe() {
  curl -s --max-time 10 -H 'content-type: application/json' -H "authorization: Bearer $query_token" \
    -d '{"query":"{ towns(first: 1) { edges { node { code } } } }"}' "http://127.0.0.1:$1/graphql" 2>&1 | tr -d '\n"'
}
dashboard_answers() { dashboard_probe "$1" | grep -q '{data:{towns:{edges:\[{node:{code:'; }

# --- Build --------------------------------------------------------------------------------------------------------
gateway_build_failed=false
if $build; then
  say "building the services (./mvnw package, tests skipped)"
  ./mvnw -B -q package -DskipTests -pl common,personnel-service,fiscal-service,license-service -am >"$logs/build.log" 2>&1 \
    || { tail -n 40 "$logs/build.log" >&2; die "the services did not build (log: $logs/build.log)"; }
  say "building the gateway"
  if ! ./mvnw -B -q package -DskipTests -pl gateway -am >"$logs/build-gateway.log" 2>&1; then
    gateway_build_failed=true
    say "the gateway did not build (log: $logs/build-gateway.log): its rows will say unavailable"
  fi
fi
for entry in "${services[@]}"; do
  [ -f "${entry%%:*}/target/quarkus-app/quarkus-run.jar" ] || die "${entry%%:*} has no jar: build without --skip-build"
done
if [ ! -d "$peers/node_modules" ]; then
  say "installing the peer gateways (npm ci in $peers)"
  (cd "$peers" && npm ci --no-audit --no-fund --loglevel=error) >"$logs/npm.log" 2>&1 || die "npm ci failed (log: $logs/npm.log)"
fi

# --- Databases: fresh every run ------------------------------------------------------------------------------------
deploy/local/db.sh >"$logs/db.log" 2>&1 || { cat "$logs/db.log" >&2; die "no PostgreSQL"; }
for db in personnel_bench fiscal_bench license_bench; do
  psql -X -q -v ON_ERROR_STOP=1 -d postgres -c "drop database if exists $db with (force)" -c "create database $db owner $PGUSER" \
    >>"$logs/db.log" 2>&1 || { cat "$logs/db.log" >&2; die "cannot re-create database $db"; }
done
say "databases personnel_bench, fiscal_bench, license_bench re-created"

# --- Services (as deploy/local/run.sh starts them, demo data on) ---------------------------------------------------
query_token=$(deploy/local/token.sh --role supervisor --name bench-dashboard 2>/dev/null | tail -n 1)
seed_token=$(deploy/local/token.sh --role county-org --role county-finance --name bench-seed 2>/dev/null | tail -n 1)
[ -n "$query_token" ] && [ -n "$seed_token" ] || die "deploy/local/token.sh made no token"

service_pids=()
for entry in "${services[@]}"; do
  module=${entry%%:*}
  port=${entry#*:}
  db=${module%-service}_bench
  start "$module" "$port" env PERSONNEL_DB=personnel_bench FISCAL_DB=fiscal_bench LICENSE_DB=license_bench \
    PERSONNEL_URL=http://127.0.0.1:28081 \
    java -Xms64m -Xmx384m -Dquarkus.profile=local -Dtownreform.dev-keys="$root/deploy/local/dev-keys" \
    -Dtownreform.demo.enabled=true -Dquarkus.http.port="$port" -Dquarkus.log.console.level=WARN \
    -jar "$module/target/quarkus-app/quarkus-run.jar"
  service_pids+=("$started_pid")
done
for i in "${!services[@]}"; do
  wait_for "${services[$i]%%:*}" "${service_pids[$i]}" ready "${services[$i]#*:}" || exit 1
done
say "services ready on 28081-28083"

say "seeding 47 more towns through the personnel and fiscal REST APIs"
node bench/seed.mjs --personnel http://127.0.0.1:28081 --fiscal http://127.0.0.1:28082 --token "$seed_token" --towns 47 \
  || die "seeding failed"

# --- Measurements ----------------------------------------------------------------------------------------------------
failed=false
# measure NAME KIND URL PID: one target, every size; a failure is reported and the run goes on.
measure() {
  say "measuring $1"
  # In the background and waited for, so that a signal stops everything at once, not after the load run.
  node bench/load.mjs --target "$1" --kind "$2" --url "$3" --pid "${4:-0}" --token "$query_token" \
    --services http://127.0.0.1:28081,http://127.0.0.1:28082,http://127.0.0.1:28083 --results "$results" \
    --answers "$out/answers" --sizes "$sizes" --warmup "$warmup" --duration "$duration" --connections "$connections" \
    --rounds "$rounds" &
  local load=$!
  pids+=("$load")
  wait "$load" || failed=true
  stop "$load"
}
unavailable() {
  say "$1 unavailable: $2"
  for n in ${sizes//,/ }; do
    node -e 'const [t, n, why] = process.argv.slice(1); console.log(JSON.stringify({ target: t, n: Number(n), unavailable: why }))' \
      "$1" "$n" "$2" >>"$results"
  done
}
run_gateway() { # NAME COALESCING
  local name=$1
  if $gateway_build_failed && [ -z "${GATEWAY_JAR:-}" ]; then unavailable "$name" "the gateway did not build"; return; fi
  [ -f "$gateway_jar" ] || { unavailable "$name" "no jar at $gateway_jar"; return; }
  start "$name" 28080 java -Xms64m -Xmx384m -Dquarkus.profile=local -Dtownreform.dev-keys="$root/deploy/local/dev-keys" \
    -Dquarkus.http.port=28080 -Dquarkus.log.console.level=WARN \
    -Dtownreform.gateway.services.personnel.url=http://127.0.0.1:28081/graphql \
    -Dtownreform.gateway.services.fiscal.url=http://127.0.0.1:28082/graphql \
    -Dtownreform.gateway.services.license.url=http://127.0.0.1:28083/graphql \
    -Dtownreform.gateway.coalescing="$2" -jar "$gateway_jar"
  local pid=$started_pid
  if ! wait_for "$name" "$pid" ready 28080; then
    unavailable "$name" "did not start (see $logs/$name.log)"
  elif ! dashboard_answers 28080; then
    unavailable "$name" "/graphql does not answer the dashboard query yet: $(dashboard_probe 28080 | head -c 300)"
  else
    measure "$name" gateway http://127.0.0.1:28080/graphql "$pid"
  fi
  stop "$pid"
}

supergraph=$out/supergraph.graphql
compose() {
  [ -f "$supergraph" ] && return 0
  say "composing the supergraph for Hive Gateway"
  $peers/compose.sh http://127.0.0.1:28081 http://127.0.0.1:28082 http://127.0.0.1:28083 "$root/$supergraph" \
    >"$logs/compose.log" 2>&1 || { tail -n 20 "$logs/compose.log" >&2; return 1; }
}

# The services' JIT and pools warm up before the first target, so that it does not pay for that: a JVM's C2 compiler
# keeps compiling for minutes under load on two cores, and a service still compiling answers several times slower.
if [ "$service_warmup" -gt 0 ]; then
  say "warming the services up ($service_warmup s of direct calls per size)"
  node bench/load.mjs --target services --kind direct --token "$query_token" --sizes "$sizes" --connections "$connections" \
    --services http://127.0.0.1:28081,http://127.0.0.1:28082,http://127.0.0.1:28083 --warm-services "$service_warmup" &
  warming=$!
  pids+=("$warming")
  wait "$warming" || die "the services' warm-up failed"
  stop "$warming"
fi

for target in ${targets//,/ }; do
  case "$target" in
    direct) measure direct direct - 0 ;;
    gateway) run_gateway gateway true ;;
    gateway-no-coalescing) run_gateway gateway-no-coalescing false ;;
    hive-router)
      if ! compose; then unavailable hive-router "composition failed (see $logs/compose.log)"; continue; fi
      start hive-router 14000 "$peers/hive.sh" "$root/$supergraph" 14000 --hive-router-runtime
      pid=$started_pid
      if wait_for hive-router "$pid" graphql_answers 14000; then
        # Hive falls back to its JavaScript planner, with a warning only, when it cannot load the router runtime.
        if ! grep -q 'Using Hive Router Runtime' "$logs/hive-router.log"; then
          unavailable hive-router "Hive could not load @graphql-hive/router-runtime (see $logs/hive-router.log)"
        else
          measure hive-router gateway http://127.0.0.1:14000/graphql "$pid"
        fi
      else
        unavailable hive-router "did not start (see $logs/hive-router.log)"
      fi
      stop "$pid"
      ;;
    apollo)
      start apollo 14001 "$peers/apollo.sh" http://127.0.0.1:28081 http://127.0.0.1:28082 http://127.0.0.1:28083 14001
      pid=$started_pid
      if wait_for apollo "$pid" graphql_answers 14001; then
        measure apollo gateway http://127.0.0.1:14001/ "$pid"
      else
        unavailable apollo "did not start (see $logs/apollo.log)"
      fi
      stop "$pid"
      ;;
    *) die "unknown target $target (direct, gateway, gateway-no-coalescing, hive-router, apollo)" ;;
  esac
done

# --- Report ---------------------------------------------------------------------------------------------------------
{
  echo "county dashboard, $(nproc) cores, $connections connections, services warmed ${service_warmup} s per size, warm-up ${warmup} s, ${rounds} x ${duration} s per row"
  echo
  node bench/report.mjs "$results"
} | tee "$out/report.txt"
node bench/report.mjs "$results" --markdown >"$out/report.md"
say "results: $out/ (report.txt, report.md, results.jsonl, answers/, logs/)"
$failed && { say "some rows FAILED: see above"; exit 1; }
exit 0
