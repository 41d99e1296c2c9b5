#!/usr/bin/env bash
# The deploy tests, offline from any cluster. Called by deploy/local/test.sh; installs what a fresh Debian machine lacks.
#
#   deploy/k8s/test/run.sh manifests   renders every overlay, validates every object, checks policies and image names
#   deploy/k8s/test/run.sh jars        the built jars refuse to start with the prod profile and no OIDC configuration
#
# kubectl: the manifests are rendered with every kubectl at hand and must come out the same: the one on the PATH (if its
# kustomize works) and Debian's kubernetes-client (kubectl 1.20, kustomize v2: the oldest the manifests support),
# unpacked into deploy/k8s/test/.tools/ with apt-get download (no root needed when the package lists are there).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../../.." && pwd)
what=${1:-manifests}

say() { echo "[deploy-test] $*" >&2; }
die() { say "$*"; exit 1; }
as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"
  elif command -v sudo >/dev/null 2>&1; then sudo "$@"
  else die "root is needed to run: $*"; fi
}
apt_ready=false
apt_update() { $apt_ready || { as_root apt-get update -qq && apt_ready=true; }; }

ensure_node() {
  if command -v node >/dev/null 2>&1 && [ "$(node -p 'process.versions.node.split(".")[0]')" -ge 18 ]; then return; fi
  say "installing Node.js and npm from Debian"
  apt_update
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nodejs npm >/dev/null
}

debian_kubectl() {
  local dir=$here/.tools/kubernetes-client
  if [ ! -x "$dir/usr/bin/kubectl" ]; then
    command -v apt-get >/dev/null 2>&1 || return 1
    local tmp
    tmp=$(mktemp -d)
    if ! (cd "$tmp" && apt-get download -qq kubernetes-client >/dev/null 2>&1); then
      apt_update >/dev/null 2>&1 || true
      (cd "$tmp" && apt-get download -qq kubernetes-client >/dev/null 2>&1) || { rm -rf "$tmp"; return 1; }
    fi
    mkdir -p "$dir"
    dpkg-deb -x "$tmp"/kubernetes-client_*.deb "$dir"
    rm -rf "$tmp"
  fi
  echo "$dir/usr/bin/kubectl"
}

find_kubectls() {
  local found=() debian
  if command -v kubectl >/dev/null 2>&1 && kubectl kustomize "$root/deploy/k8s/postgres" >/dev/null 2>&1; then
    found+=("$(command -v kubectl)")
  fi
  if debian=$(debian_kubectl); then
    found+=("$debian")
  else
    say "Debian's kubernetes-client could not be fetched"
  fi
  [ ${#found[@]} -gt 0 ] || die "no kubectl with kustomize: install Debian's kubernetes-client (apt-get install kubernetes-client)"
  local IFS=:
  echo "${found[*]}"
}

ensure_node
cd "$here"
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules ]; then
  say "installing the test's npm packages (package-lock.json)"
  npm ci --no-audit --no-fund --loglevel=error >/dev/null
fi

case "$what" in
  manifests)
    KUBECTLS=$(find_kubectls)
    export KUBECTLS
    say "rendering with: ${KUBECTLS//:/, }"
    exec node --test manifests.test.mjs
    ;;
  jars)
    command -v java >/dev/null 2>&1 || die "java is needed"
    exec node --test prod-profile.test.mjs
    ;;
  *) die "unknown test set $what (manifests or jars)" ;;
esac
