# Sourced by .ci/run: a throw-away PostgreSQL cluster for the store tests.
# Installs Debian's postgresql package when missing, runs initdb + pg_ctl as an unprivileged
# user on a free local port in a temporary directory, exports QUELLENLAGE_TEST_PG_URL and
# stops the cluster when the run ends. Without PostgreSQL the `postgres` tests skip (and say so).
pg_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1; }
if [ -z "$(pg_bin)" ] && command -v apt-get >/dev/null; then
  { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null; } \
    || echo "ci: could not install postgresql; the PostgreSQL store tests will be skipped" >&2
fi
PG_BIN="$(pg_bin)"
if [ -n "$PG_BIN" ]; then
  PG_DIR="$(mktemp -d)"
  PG_PORT="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
  PG_AS=()
  if [ "$(id -u)" = 0 ]; then  # PostgreSQL refuses to run as root
    id postgres >/dev/null 2>&1 || useradd --system --no-create-home postgres
    chown postgres "$PG_DIR"
    PG_AS=(runuser -u postgres --)
  fi
  "${PG_AS[@]}" "$PG_BIN/initdb" -D "$PG_DIR/data" -U postgres --auth=trust -E UTF8 >/dev/null
  "${PG_AS[@]}" "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/server.log" -w \
    -o "-p $PG_PORT -k $PG_DIR -c listen_addresses=127.0.0.1 -c fsync=off" start >/dev/null
  pg_stop() { "${PG_AS[@]}" "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m fast stop >/dev/null 2>&1 || true; rm -rf "$PG_DIR"; }
  trap pg_stop EXIT
  export QUELLENLAGE_TEST_PG_URL="postgresql://postgres@127.0.0.1:$PG_PORT/postgres"
  echo "ci: PostgreSQL on port $PG_PORT for the store tests"
fi
