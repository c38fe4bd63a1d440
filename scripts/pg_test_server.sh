#!/usr/bin/env bash
# A throwaway PostgreSQL server for the tests: a cluster in a temporary folder, on 127.0.0.1
# at a free port and on a unix socket in that folder.
#
#   eval "$(bash scripts/pg_test_server.sh start)"   # exports DEALBOOK_TEST_PG_URL, _DIR
#   bash scripts/pg_test_server.sh stop [DIR]        # stops it and deletes the folder
#
# `start` installs Debian's postgresql package when no initdb is found, runs the server as
# the unprivileged system user `dealbook-pg` when started as root (PostgreSQL refuses to run
# as root), and prints the two `export` lines. The superuser `postgres` connects without a
# password (trust on 127.0.0.1 and the socket); every other role needs its password
# (scram-sha-256 on 127.0.0.1), as on a real team server. The tests create a database of
# their own from the admin URL and drop it afterwards.
set -euo pipefail

find_bin() {
  local dir
  for dir in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
    if [ -x "$dir/initdb" ]; then echo "$dir"; return 0; fi
  done
  if command -v initdb >/dev/null 2>&1; then dirname "$(command -v initdb)"; return 0; fi
  return 1
}

free_port() {
  python3 - <<'EOF'
import socket
s = socket.socket()
s.bind(("127.0.0.1", 0))
print(s.getsockname()[1])
s.close()
EOF
}

as_owner() {
  if [ "$(id -u)" = "0" ]; then runuser -u dealbook-pg -- "$@"; else "$@"; fi
}

start() {
  local bin dir port
  if ! bin=$(find_bin); then
    echo "pg_test_server: installing PostgreSQL (apt-get install postgresql)" >&2
    apt-get update >&2 && DEBIAN_FRONTEND=noninteractive apt-get install -y postgresql >&2
    bin=$(find_bin)
  fi
  if [ "$(id -u)" = "0" ] && ! id dealbook-pg >/dev/null 2>&1; then
    useradd --system --no-create-home --shell /usr/sbin/nologin dealbook-pg
  fi
  dir=$(mktemp -d "${TMPDIR:-/tmp}/dealbook-pg.XXXXXX")
  chmod 755 "$dir"
  if [ "$(id -u)" = "0" ]; then chown dealbook-pg "$dir"; fi
  as_owner "$bin/initdb" -D "$dir/data" -U postgres -E UTF8 --locale=C.UTF-8 \
    -A trust >"$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log" >&2; exit 1; }
  cat >"$dir/data/pg_hba.conf" <<'EOF'
# TYPE  DATABASE  USER      ADDRESS        METHOD
local   all       all                      trust
host    all       postgres  127.0.0.1/32   trust
host    all       all       127.0.0.1/32   scram-sha-256
EOF
  port=${DEALBOOK_TEST_PG_PORT:-$(free_port)}
  as_owner "$bin/pg_ctl" -D "$dir/data" -w -t 60 -l "$dir/server.log" \
    -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off \
        -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
    start >&2 || { cat "$dir/server.log" >&2; exit 1; }
  echo "$bin" >"$dir/bin"
  echo "export DEALBOOK_TEST_PG_URL=postgresql://postgres@127.0.0.1:$port/postgres"
  echo "export DEALBOOK_TEST_PG_DIR=$dir"
}

stop() {
  local dir=${1:-${DEALBOOK_TEST_PG_DIR:-}}
  if [ -z "$dir" ] || [ ! -d "$dir" ]; then return 0; fi
  if [ -f "$dir/bin" ] && [ -d "$dir/data" ]; then
    as_owner "$(cat "$dir/bin")/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || true
  fi
  rm -rf "$dir"
}

case "${1:-}" in
  start) start ;;
  stop) shift; stop "${1:-}" ;;
  *) echo "usage: $0 start | stop [DIR]" >&2; exit 2 ;;
esac
