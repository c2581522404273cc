#!/usr/bin/env bash
# Starts a throwaway PostgreSQL server for the storage tests and prints its connection string.
# Usage: export DEFACTO_TEST_POSTGRES="$(bash .ci/postgres.sh)"      stop: bash .ci/postgres.sh stop
# Installs Debian's postgresql when it is missing. Port 55432 (PGPORT overrides); data in a temp folder.
set -euo pipefail
port=${PGPORT:-55432}
state=/tmp/defacto-postgres-$port
conn="Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres"

bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)
if [ "${1:-start}" = stop ]; then
  [ -n "$bin" ] && [ -d "$state/data" ] && su postgres -c "$bin/pg_ctl -D $state/data -w stop -m fast" >&2 || true
  rm -rf "$state"; exit 0
fi

if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
  echo "installing postgresql from Debian packages..." >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2 && apt-get install -y -qq postgresql >&2
  bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
fi

if [ -f "$state/data/postmaster.pid" ] && su postgres -c "$bin/pg_ctl -D $state/data status" >/dev/null 2>&1; then
  echo "$conn"; exit 0
fi

rm -rf "$state"; mkdir -p "$state"; chown postgres "$state"
su postgres -c "$bin/initdb -D $state/data -U postgres --auth=trust -E UTF8 --no-locale" >"$state/initdb.log" 2>&1 \
  || { cat "$state/initdb.log" >&2; exit 1; }
su postgres -c "$bin/pg_ctl -D $state/data -o '-p $port -k $state -c listen_addresses=127.0.0.1 -c fsync=off' -l $state/log -w start" >&2 \
  || { cat "$state/log" >&2; exit 1; }
echo "$conn"
