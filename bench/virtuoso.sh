# Sourced by bench/remote-ingest and bench/backends: a fresh OpenLink Virtuoso (the Debian package
# virtuoso-opensource) as a child process with a database of its own in DIR, listening on
# 127.0.0.1 only, set up with the README's script. Expects: sql_port, http_port, buffers,
# password set by the caller.

command -v virtuoso-t >/dev/null && command -v isql-vt >/dev/null \
  || { echo "Virtuoso is not installed: apt-get install virtuoso-opensource" >&2; exit 1; }

virtuoso_pid=
stop_virtuoso() {
  if [ -n "$virtuoso_pid" ]; then
    kill "$virtuoso_pid" 2>/dev/null || true
    wait "$virtuoso_pid" 2>/dev/null || true
    virtuoso_pid=
  fi
}
trap stop_virtuoso EXIT

start_virtuoso() {
  local dir=$1
  mkdir -p "$dir"
  cat > "$dir/virtuoso.ini" <<INI
[Database]
DatabaseFile = $dir/virtuoso.db
ErrorLogFile = $dir/virtuoso.log
LockFile = $dir/virtuoso.lck
TransactionFile = $dir/virtuoso.trx
xa_persistent_file = $dir/virtuoso.pxa
[TempDatabase]
DatabaseFile = $dir/virtuoso-temp.db
TransactionFile = $dir/virtuoso-temp.trx
[Parameters]
ServerPort = 127.0.0.1:$sql_port
DisableUnixSocket = 1
NumberOfBuffers = $buffers
MaxDirtyBuffers = $((buffers * 3 / 4))
DirsAllowed = .
[HTTPServer]
ServerPort = 127.0.0.1:$http_port
ServerRoot = $dir
ServerThreads = 10
Charset = UTF-8
[URIQA]
DefaultHost = localhost:$http_port
[SPARQL]
ResultSetMaxRows = 100000000
MaxQueryExecutionTime = 0
INI
  virtuoso-t +foreground +configfile "$dir/virtuoso.ini" > "$dir/console.log" 2>&1 &
  virtuoso_pid=$!
  for _ in $(seq 1 120); do
    curl -sf -o /dev/null "http://localhost:$http_port/sparql?query=ASK%7B%7D" && break
    sleep 0.5
  done
  # The README's setup script, with this run's password and host.
  awk '/papergraph-virtuoso.sql/{named=1} named && /^```sql$/{on=1; next} on && /^```$/{exit} on' README.md \
    | sed -e "s/'change-me'/'$password'/" -e "s/localhost:8890/localhost:$http_port/" > "$dir/setup.sql"
  isql-vt "localhost:$sql_port" dba dba "$dir/setup.sql" > "$dir/setup.log"
}

