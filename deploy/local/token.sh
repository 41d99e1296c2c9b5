#!/usr/bin/env bash
# Prints a JWT signed with the development key, for local runs and tests. The last line is the token alone.
#   deploy/local/token.sh --role town-clerk --town 441900113 [--role ...] [--dept 县市场监督管理局] [--name 张三] [--hours 12]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
exec java -Dfile.encoding=UTF-8 "$here/tools/DevToken.java" --keys "$here/dev-keys" "$@"
