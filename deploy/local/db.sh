#!/usr/bin/env bash
# Makes sure a PostgreSQL answers at PGHOST:PGPORT, that the suite's login role exists (with CREATEDB, so tests can
# create their own databases), and that the named databases exist. Installs and starts Debian's PostgreSQL only
# where none answers on a local address.
#
#   deploy/local/db.sh [database ...]
#
# Environment: PGHOST (127.0.0.1), PGPORT (5432), PGUSER (townreform), PGPASSWORD (townreform).
set -euo pipefail

: "${PGHOST:=127.0.0.1}" "${PGPORT:=5432}" "${PGUSER:=townreform}" "${PGPASSWORD:=townreform}"
export PGHOST PGPORT PGUSER PGPASSWORD

log() { echo "[db] $*" >&2; }
die() { log "$*"; exit 1; }
answers() { (exec 3<>"/dev/tcp/$PGHOST/$PGPORT") 2>/dev/null; }
is_local() { [[ "$PGHOST" == 127.0.0.1 || "$PGHOST" == localhost || "$PGHOST" == ::1 ]]; }
as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"
  elif command -v sudo >/dev/null 2>&1; then sudo "$@"
  else die "root is needed to run: $*"; fi
}
apt_install() {
  log "installing $* from Debian"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

[[ "$PGUSER" =~ ^[a-z_][a-z0-9_]*$ ]] || die "PGUSER must be a plain identifier, got '$PGUSER'"

ensure_server() {
  if answers; then return 0; fi
  is_local || die "no PostgreSQL answers at $PGHOST:$PGPORT (set PGHOST/PGPORT to one that does)"
  command -v pg_ctlcluster >/dev/null 2>&1 || apt_install postgresql
  local version
  version=$(ls /etc/postgresql 2>/dev/null | sort -V | tail -n 1 || true)
  if [ -z "$version" ]; then
    version=$(ls /usr/lib/postgresql | sort -V | tail -n 1)
    as_root pg_createcluster --port "$PGPORT" "$version" main >/dev/null
  fi
  log "starting PostgreSQL $version"
  as_root pg_ctlcluster --skip-systemctl-redirect "$version" main start || true
  for _ in $(seq 1 60); do answers && return 0; sleep 1; done
  die "PostgreSQL $version did not start on port $PGPORT"
}

ensure_client() {
  command -v psql >/dev/null 2>&1 || apt_install postgresql-client
}

# psql as the suite's role.
app_psql() { psql -X -v ON_ERROR_STOP=1 -qAt -d postgres "$@"; }

# psql as a superuser: the postgres OS account over the local socket (Debian's peer authentication), else the
# postgres role over TCP (machines with trust authentication), else PGADMINUSER/PGADMINPASSWORD.
admin_psql() {
  if is_local && [ "$(id -u)" = 0 ] && id postgres >/dev/null 2>&1 \
      && env -u PGHOST -u PGUSER -u PGPASSWORD runuser -u postgres -- psql -X -p "$PGPORT" -qAt -d postgres -c 'select 1' >/dev/null 2>&1; then
    env -u PGHOST -u PGUSER -u PGPASSWORD runuser -u postgres -- psql -X -p "$PGPORT" -v ON_ERROR_STOP=1 -qAt -d postgres "$@"
  else
    PGUSER="${PGADMINUSER:-postgres}" PGPASSWORD="${PGADMINPASSWORD:-}" \
      psql -X -v ON_ERROR_STOP=1 -qAt -d postgres "$@"
  fi
}

ensure_role() {
  local password=${PGPASSWORD//\'/\'\'}
  if app_psql -c 'select 1' >/dev/null 2>&1; then
    if [ "$(app_psql -c "select rolcreatedb from pg_roles where rolname = current_user")" = t ]; then return 0; fi
  fi
  log "creating login role $PGUSER"
  admin_psql -c "do \$\$ begin
      if not exists (select from pg_roles where rolname = '$PGUSER') then
        create role $PGUSER login createdb password '$password';
      else
        alter role $PGUSER login createdb password '$password';
      end if;
    end \$\$;" >/dev/null || die "cannot create role $PGUSER: set PGADMINUSER/PGADMINPASSWORD to a superuser"
}

ensure_database() {
  local db=$1
  [[ "$db" =~ ^[a-z_][a-z0-9_]*$ ]] || die "bad database name '$db'"
  if [ "$(app_psql -c "select 1 from pg_database where datname = '$db'")" != 1 ]; then
    log "creating database $db"
    app_psql -c "create database $db owner $PGUSER" >/dev/null
  fi
}

ensure_server
ensure_client
ensure_role
for db in "$@"; do ensure_database "$db"; done
log "PostgreSQL ready at $PGHOST:$PGPORT as $PGUSER${*:+ with databases $*}"
