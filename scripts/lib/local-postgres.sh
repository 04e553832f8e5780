# Sourced by scripts that need a throw-away PostgreSQL on 127.0.0.1 (Debian's postgresql package or any
# PostgreSQL whose initdb/pg_ctl are on the PATH or in /usr/lib/postgresql/*/bin). PostgreSQL refuses to run as root,
# so as root it runs as the `postgres` user. Defines: pg_start <dir> <port>, pg_createdb <name>, pg_stop.

pg_bin() {
  local tool=$1 dir
  if command -v "$tool" >/dev/null 2>&1; then command -v "$tool"; return; fi
  for dir in /usr/lib/postgresql/*/bin; do
    [[ -x "$dir/$tool" ]] && { echo "$dir/$tool"; return; }
  done
  echo "no PostgreSQL $tool found: apt-get install postgresql (or put its bin directory on the PATH)" >&2
  return 1
}

pg_as_owner() {
  if [[ $(id -u) -eq 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi
}

pg_start() {
  PG_DIR=$1; PG_PORT=$2
  mkdir -p "$PG_DIR"
  if [[ $(id -u) -eq 0 ]]; then
    chmod o+x "$(dirname "$PG_DIR")"   # mktemp -d made it private; the postgres user must reach its own directory
    chown postgres "$PG_DIR"
  fi
  pg_as_owner "$(pg_bin initdb)" -D "$PG_DIR/data" -U postgres -A trust --no-sync >/dev/null
  pg_as_owner "$(pg_bin pg_ctl)" -D "$PG_DIR/data" -l "$PG_DIR/postgres.log" -w \
    -o "-c listen_addresses=127.0.0.1 -p $PG_PORT -k $PG_DIR -c fsync=off -c max_connections=200" start >/dev/null
}

pg_createdb() {
  psql -h 127.0.0.1 -p "$PG_PORT" -U postgres -qc "CREATE DATABASE $1" postgres
}

pg_stop() {
  [[ -n "${PG_DIR:-}" && -d "$PG_DIR/data" ]] && pg_as_owner "$(pg_bin pg_ctl)" -D "$PG_DIR/data" -m fast stop >/dev/null 2>&1 || true
}

free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'
}
