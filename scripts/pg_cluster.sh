#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the test run:
#   scripts/pg_cluster.sh start DIR   -> makes DIR, starts a server on a unix socket in it,
#                                        prints the owner's URL (last line of the output)
#   scripts/pg_cluster.sh stop DIR    -> stops that server and removes DIR
# Tuned for speed, not durability (fsync, full_page_writes and synchronous_commit off); it
# listens on no TCP port. initdb and pg_ctl refuse to run as root, so as root they run as the
# `postgres` user (made when missing). Roles made: fd_owner (runs migrations, makes the test
# databases) and fd_desk (the app's login, a member of frontdesk_app: SELECT/INSERT and only
# the UPDATE/DELETE the desk needs, see db/core/migrations/pg/).
set -euo pipefail
cmd=${1:-}
dir=${2:-}
if [ -z "$cmd" ] || [ -z "$dir" ]; then
  echo "usage: $0 start|stop DIR" >&2
  exit 2
fi
PORT=5432  # only names the socket file inside DIR; nothing listens on TCP

bindir() {
  local found=""
  if command -v pg_config >/dev/null 2>&1; then
    found=$(pg_config --bindir 2>/dev/null || true)
  fi
  if [ -z "$found" ] || [ ! -x "$found/initdb" ]; then
    found=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
  fi
  echo "$found"
}

as_server_user() {
  if [ "$(id -u)" = 0 ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

case "$cmd" in
  start)
    bin=$(bindir)
    if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
      if [ "$(id -u)" = 0 ]; then
        apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql postgresql-contrib >/dev/null
      else
        echo "PostgreSQL's server is missing. Please run: sudo apt-get install -y postgresql" >&2
        exit 1
      fi
      bin=$(bindir)
    fi
    if [ "$(id -u)" = 0 ] && ! id postgres >/dev/null 2>&1; then
      useradd --system --user-group --home-dir /var/lib/postgresql --shell /bin/sh postgres
    fi
    mkdir -p "$dir"
    chmod 0755 "$dir"
    if [ "$(id -u)" = 0 ]; then chown postgres: "$dir"; fi
    as_server_user "$bin/initdb" -D "$dir/data" -U postgres --auth=trust -E UTF8 \
      --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log" >&2; exit 1; }
    cat >>"$dir/data/postgresql.conf" <<EOF
listen_addresses = ''
unix_socket_directories = '$dir'
port = $PORT
fsync = off
full_page_writes = off
synchronous_commit = off
max_connections = 60
shared_buffers = 64MB
EOF
    as_server_user "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 start >/dev/null \
      || { cat "$dir/server.log" >&2; exit 1; }
    as_server_user "$bin/psql" -h "$dir" -p "$PORT" -U postgres -d postgres -q -v ON_ERROR_STOP=1 <<'EOF'
CREATE ROLE fd_owner LOGIN CREATEDB;
GRANT pg_signal_backend TO fd_owner;
CREATE ROLE frontdesk_app NOLOGIN;
CREATE ROLE fd_desk LOGIN IN ROLE frontdesk_app;
EOF
    echo "postgresql://fd_owner@/postgres?host=$dir&port=$PORT"
    ;;
  stop)
    bin=$(bindir)
    if [ -f "$dir/data/postmaster.pid" ]; then
      as_server_user "$bin/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
    fi
    rm -rf "$dir"
    ;;
  *)
    echo "usage: $0 start|stop DIR" >&2
    exit 2
    ;;
esac
