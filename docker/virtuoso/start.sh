#!/usr/bin/env bash
# Starts Virtuoso on a database directory; on the first start writes its virtuoso.ini (the
# README's settings) and runs papergraph-virtuoso.sql (beside this script) with the given
# passwords and host. The image's entry point, and bench/virtuoso.sh's way to start one.
# Environment: VIRTUOSO_DIR (/database), VIRTUOSO_HOST (host:port clients reach the server at,
# virtuoso:8890), VIRTUOSO_HTTP (the HTTP listener, 8890; e.g. 127.0.0.1:28890),
# VIRTUOSO_SQL_PORT (1111, on 127.0.0.1 only), VIRTUOSO_BUFFERS (8 KiB pages of cache, 170000,
# about 1.3 GiB); on the first start PAPERGRAPH_PASSWORD and DBA_PASSWORD (no single quotes).
set -euo pipefail
db=${VIRTUOSO_DIR:-/database}
host=${VIRTUOSO_HOST:-virtuoso:8890}
http=${VIRTUOSO_HTTP:-8890}
sql_port=${VIRTUOSO_SQL_PORT:-1111}
buffers=${VIRTUOSO_BUFFERS:-170000}
if [ ! -f "$db/virtuoso.ini" ]; then
  cat > "$db/virtuoso.ini" <<INI
[Database]
DatabaseFile = $db/virtuoso.db
ErrorLogFile = $db/virtuoso.log
LockFile = $db/virtuoso.lck
TransactionFile = $db/virtuoso.trx
xa_persistent_file = $db/virtuoso.pxa
[TempDatabase]
DatabaseFile = $db/virtuoso-temp.db
TransactionFile = $db/virtuoso-temp.trx
[Parameters]
ServerPort = 127.0.0.1:$sql_port
DisableUnixSocket = 1
NumberOfBuffers = $buffers
MaxDirtyBuffers = $((buffers * 3 / 4))
DirsAllowed = .
SchedulerInterval = 1
[HTTPServer]
ServerPort = $http
ServerRoot = $db
ServerThreads = 10
Charset = UTF-8
[URIQA]
DefaultHost = $host
[SPARQL]
ResultSetMaxRows = 100000000
MaxQueryExecutionTime = 0
INI
fi
virtuoso-t +foreground +configfile "$db/virtuoso.ini" &
pid=$!
trap 'kill "$pid"; wait "$pid"' TERM INT
if [ ! -f "$db/papergraph-setup.done" ]; then
  : "${PAPERGRAPH_PASSWORD:?the first start needs PAPERGRAPH_PASSWORD}"
  : "${DBA_PASSWORD:?the first start needs DBA_PASSWORD}"
  until curl -sf -o /dev/null "http://127.0.0.1:${http##*:}/sparql?query=ASK%7B%7D"; do
    kill -0 "$pid" || exit 1
    sleep 1
  done
  sed -e "s/'change-me'/'$PAPERGRAPH_PASSWORD'/" -e "s/localhost:8890/$host/" \
    "$(dirname "$0")/papergraph-virtuoso.sql" > "$db/setup.sql"
  echo "USER_CHANGE_PASSWORD ('dba', 'dba', '$DBA_PASSWORD');" >> "$db/setup.sql"
  isql-vt "$sql_port" dba dba "$db/setup.sql" > "$db/setup.log" 2>&1
  if grep -q '\*\*\* Error' "$db/setup.log"; then cat "$db/setup.log" >&2; exit 1; fi
  rm "$db/setup.sql"
  touch "$db/papergraph-setup.done"
fi
wait "$pid"
