# Sourced by bench/remote-ingest and bench/backends: a fresh OpenLink Virtuoso (the Debian package
# virtuoso-opensource) as a child process with a database of its own in DIR, listening on
# 127.0.0.1 only, started and set up as the Virtuoso image does (docker/virtuoso/start.sh, with
# the README's script). Expects: sql_port, http_port, buffers, password set by the caller.

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
  VIRTUOSO_DIR="$dir" VIRTUOSO_HOST="localhost:$http_port" VIRTUOSO_HTTP="127.0.0.1:$http_port" \
    VIRTUOSO_SQL_PORT="$sql_port" VIRTUOSO_BUFFERS="$buffers" PAPERGRAPH_PASSWORD="$password" DBA_PASSWORD=dba \
    bash docker/virtuoso/start.sh > "$dir/console.log" 2>&1 &
  virtuoso_pid=$!
  for _ in $(seq 1 240); do
    [ -f "$dir/papergraph-setup.done" ] && return 0
    kill -0 "$virtuoso_pid" 2>/dev/null || { tail -20 "$dir/console.log"; exit 1; }
    sleep 0.5
  done
  echo "Virtuoso was not set up within 2 minutes"; exit 1
}
# The server process itself (start_virtuoso's process is the script that started it).
virtuoso_server_pid() {
  pgrep -P "$virtuoso_pid" virtuoso-t
}
