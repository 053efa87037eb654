#!/bin/bash
# Load scenarios of issue #8, scripted end to end, with the limits measured in the same run:
# nginx serving the same article HTML as a file, and pgbench doing the rows of one dossier
# transition on the product's own PostgreSQL (fsync on). Writes bench/results/<date>-<n>.json + .md.
#
#   bench/load.sh                                   # fresh demo database, all scenarios
#   bench/load.sh --data bench/data/100000          # on a generated data directory (bench/generate.sh)
#   bench/load.sh --scenario officer --data bench/data/1000000
#   BASE_URL=http://host:8080 PGPORT=5432 bench/load.sh --scenario citizen   # a product already running
#
# Scenarios: portal (wrk, 100 connections: home + article, and nginx), citizen (public tracking by
# code, catalog search with and without diacritics), officer (16 officers: queue first and deep
# pages, search by name/ID/code, dossier detail), write (full dossier lives; transitions/s, and
# pgbench), documents (outgoing documents issued concurrently; numbers checked gapless afterwards).
# Settings (environment): DURATION (s, 20), WARMUP (s, 5), CONNECTIONS (100), OFFICERS (16),
# CITIZENS (16), WRITERS (8), DOC_WRITERS (8), JFR=1 records a flight recording of the app.
# Needs: wrk, nginx, psql and pgbench (apt-get install -y wrk nginx-light postgresql-client
# postgresql-contrib), curl, python3, a JDK 17 and Maven.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
DATA=""
SCENARIO=all
while [ $# -gt 0 ]; do
  case "$1" in
    --data) DATA=$2; shift 2 ;;
    --scenario) SCENARIO=$2; shift 2 ;;
    -h|--help) sed -n 2,20p "$0"; exit 0 ;;
    *) echo "unknown argument $1"; exit 2 ;;
  esac
done
DURATION=${DURATION:-20}
WARMUP=${WARMUP:-5}
CONNECTIONS=${CONNECTIONS:-100}
OFFICERS=${OFFICERS:-16}
CITIZENS=${CITIZENS:-16}
WRITERS=${WRITERS:-8}
DOC_WRITERS=${DOC_WRITERS:-8}
CLONES=${CLONES:-32}
APP_PORT=${APP_PORT:-18080}
NGINX_PORT=${NGINX_PORT:-18081}
ARTICLE=${ARTICLE:-/tin-tuc/ung-dung-cong-nghe-thong-tin-trong-cai-cach-hanh-chinh-nguoi-dan-tam-anh-nam-lam-thu-tuc-khong-can-den-tru-so}
for tool in wrk curl psql pgbench python3 java mvn; do
  command -v $tool >/dev/null 2>&1 || { echo "missing $tool (apt-get install -y wrk nginx-light postgresql-client postgresql-contrib curl python3)"; exit 1; }
done
NGINX=$(command -v nginx || echo /usr/sbin/nginx)
[ -x "$NGINX" ] || { echo "missing nginx: apt-get install -y nginx-light"; exit 1; }
case "$SCENARIO" in all|portal|citizen|officer|write|documents) ;; *) echo "unknown scenario $SCENARIO"; exit 2 ;; esac

WORK=$(mktemp -d /tmp/minhbach-load.XXXXXX)
chmod 755 "$WORK"
mkdir -p bench/results
STAMP=$(date -u +%Y%m%dT%H%M%SZ)
APP_PID=""
SAMPLER_PID=""
cleanup() {
  [ -n "$SAMPLER_PID" ] && kill "$SAMPLER_PID" 2>/dev/null || true
  [ -f "$WORK/nginx.pid" ] && kill "$(cat "$WORK/nginx.pid")" 2>/dev/null || true
  if [ -n "$APP_PID" ]; then kill "$APP_PID" 2>/dev/null || true; wait "$APP_PID" 2>/dev/null || true; fi
  [ -f "$WORK/app.log" ] && cp "$WORK/app.log" "${TMPDIR:-/tmp}/minhbach-load-last-app.log"
  rm -rf "$WORK"
}
trap cleanup EXIT INT TERM

# --- build -------------------------------------------------------------------------------
JAR=$(ls target/minhbach-*.jar 2>/dev/null | grep -v original | head -1 || true)
if [ -z "${BASE_URL:-}" ] && [ -z "$JAR" ]; then
  echo "building the jar…"
  mvn -B -q -DskipTests package
  JAR=$(ls target/minhbach-*.jar | grep -v original | head -1)
fi
echo "compiling the load driver…"
mvn -B -q -o test-compile 2>/dev/null || mvn -B -q test-compile
[ -f target/bench-classpath.txt ] || mvn -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt >/dev/null
DRIVER_CP="target/test-classes:$(cat target/bench-classpath.txt)"

# --- start the product -------------------------------------------------------------------
STARTUP_S=null
if [ -z "${BASE_URL:-}" ]; then
  if [ -z "$DATA" ]; then
    DATA="$WORK/data"; LABEL=demo
  else
    [ -d "$DATA/pg" ] || { echo "$DATA has no embedded PostgreSQL data (pg/)"; exit 1; }
    LABEL=$(basename "$DATA")
  fi
  JFR_OPTS=""
  [ "${JFR:-0}" = 1 ] && JFR_OPTS="-XX:FlightRecorderOptions:stackdepth=256 -XX:StartFlightRecording=filename=$ROOT/bench/results/$STAMP-$LABEL.jfr,settings=profile,dumponexit=true"
  echo "starting $JAR on $DATA…"
  T0=$(date +%s.%N)
  # the product's memory budget (README, "Memory"); JAVA_OPTS replaces it
  JAVA_OPTS=${JAVA_OPTS:--Xmx320m -Xss512k -XX:MaxMetaspaceSize=256m -XX:ReservedCodeCacheSize=96m -XX:+UseSerialGC}
  MINHBACH_DATA_DIR="$DATA" PORT=$APP_PORT java $JFR_OPTS $JAVA_OPTS -jar "$JAR" > "$WORK/app.log" 2>&1 &
  APP_PID=$!
  BASE_URL=http://127.0.0.1:$APP_PORT
  i=0
  until curl -sf "$BASE_URL/actuator/health" -o /dev/null; do
    i=$((i + 1)); [ $i -gt 600 ] && { echo "the product did not start:"; tail -30 "$WORK/app.log"; exit 1; }
    kill -0 $APP_PID 2>/dev/null || { echo "the product died:"; tail -30 "$WORK/app.log"; exit 1; }
    sleep 0.2
  done
  STARTUP_S=$(echo "$(date +%s.%N) - $T0" | bc)
  # a fresh database loads the demo data after start-up: wait for the article
  i=0; until curl -sf "$BASE_URL$ARTICLE" -o /dev/null; do i=$((i + 1)); [ $i -gt 300 ] && break; sleep 1; done
  [ -f "$DATA/pg/postmaster.pid" ] || { echo "no $DATA/pg/postmaster.pid:"; tail -20 "$WORK/app.log"; exit 1; }
  PGPORT=$(sed -n 4p "$DATA/pg/postmaster.pid")
  PG_PID=$(sed -n 1p "$DATA/pg/postmaster.pid")
else
  LABEL=${LABEL:-remote}
  APP_PID=""
  PG_PID=""
  [ -n "${PGPORT:-}" ] || echo "PGPORT not set: no database size, accounts or pgbench"
fi
export PGHOST=${PGHOST:-localhost} PGUSER=${PGUSER:-postgres} PGDATABASE=${PGDATABASE:-minhbach}
export PGPORT=${PGPORT:-}
MEASURED_PID=$APP_PID
[ -z "$MEASURED_PID" ] && MEASURED_PID=${APP_PID_REMOTE:-}
sql() { [ -n "$PGPORT" ] && psql -X -q -At -c "$1" 2>/dev/null || echo null; }

# --- sampling RSS and CPU ----------------------------------------------------------------
HZ=$(getconf CLK_TCK)
# pids of PostgreSQL: the postmaster and its children
pg_pids() { [ -n "$PG_PID" ] && { echo "$PG_PID"; pgrep -P "$PG_PID" || true; }; }
sample() {  # one line: epoch app_ticks app_rss_kb pg_ticks pg_rss_kb
  local now at ar pt pr p
  now=$(date +%s.%N); at=0; ar=0; pt=0; pr=0
  if [ -n "$MEASURED_PID" ] && [ -r /proc/$MEASURED_PID/stat ]; then
    at=$(awk '{print $14 + $15}' /proc/$MEASURED_PID/stat)
    ar=$(awk '/^VmRSS/ {print $2}' /proc/$MEASURED_PID/status)
  fi
  for p in $(pg_pids); do
    [ -r /proc/$p/stat ] || continue
    pt=$((pt + $(awk '{print $14 + $15}' /proc/$p/stat 2>/dev/null || echo 0)))
    pr=$((pr + $(awk '/^VmRSS/ {print $2}' /proc/$p/status 2>/dev/null || echo 0)))
  done
  echo "$now $at $ar $pt $pr"
}
( while true; do sample >> "$WORK/samples"; sleep 1; done ) &
SAMPLER_PID=$!
sleep 3
IDLE=$(sample)
IDLE_RSS_MB=$(echo "$IDLE" | awk '{printf "%.0f", $3 / 1024}')
IDLE_PG_RSS_MB=$(echo "$IDLE" | awk '{printf "%.0f", $5 / 1024}')

# resources between two epochs: max app RSS MB, app CPU %, PostgreSQL CPU % (100 % = one core)
resources() {
  awk -v a="$1" -v b="$2" -v hz="$HZ" '
    $1 >= a && $1 <= b { if (!n) { t0 = $1; c0 = $2; p0 = $4 } t1 = $1; c1 = $2; p1 = $4; if ($3 > m) m = $3; n++ }
    END { d = t1 - t0; if (d <= 0) d = 1; printf "{\"rss_mb\":%.0f,\"cpu_pct\":%.0f,\"pg_cpu_pct\":%.0f}", m / 1024, 100 * (c1 - c0) / hz / d, 100 * (p1 - p0) / hz / d }
  ' "$WORK/samples"
}

RESULTS="$WORK/results.jsonl"
: > "$RESULTS"
record() {  # name, json of the measurement, start epoch, end epoch
  python3 - "$1" "$2" "$(resources "$3" "$4")" >> "$RESULTS" <<'PY'
import json, sys
name, measured, res = sys.argv[1], json.loads(sys.argv[2]), json.loads(sys.argv[3])
print(json.dumps({"group": name, **measured, "resources": res}, ensure_ascii=False))
PY
}

# --- accounts: one per virtual user ------------------------------------------------------
if [ -n "$PGPORT" ]; then
  psql -X -q -v clones="$CLONES" -f bench/accounts.sql > /dev/null
fi
CLONE_OPT="-Dbench.clones=$CLONES"
[ -z "$PGPORT" ] && CLONE_OPT="-Dbench.clones=0"

driver() {  # scenario users → appends to results
  local s=$1 u=$2 a b
  echo "scenario $s, $u users, ${DURATION}s…"
  a=$(date +%s.%N)
  java -cp "$DRIVER_CP" -Dbench.base="$BASE_URL" -Dbench.scenario="$s" -Dbench.users="$u" -Dbench.duration="$DURATION" \
    -Dbench.warmup="$WARMUP" $CLONE_OPT ${DRIVER_OPTS:-} -Dbench.out="$WORK/$s.json" vn.minhbach.bench.LoadDriver \
    > "$WORK/$s.out" 2> "$WORK/$s.err" || { echo "  driver failed:"; tail -5 "$WORK/$s.err"; return 0; }
  b=$(date +%s.%N)
  grep -v '^\s*$' "$WORK/$s.err" | head -3 | sed 's/^/  /' || true
  record "$s" "$(cat "$WORK/$s.json")" "$a" "$b"
}

wrk_run() {  # name url → appends
  local a b out
  a=$(date +%s.%N)
  out=$(wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" -s bench/wrk-report.lua "$2" | sed -n 's/^JSON //p')
  b=$(date +%s.%N)
  record portal "$(python3 -c 'import json,sys; d=json.loads(sys.argv[2]); d["name"]=sys.argv[1]; print(json.dumps({"operations":[d]}, ensure_ascii=False))' "$1" "$out")" "$a" "$b"
}

run_portal() {
  echo "scenario portal, $CONNECTIONS connections…"
  mkdir -p "$WORK/www" "$WORK/logs"
  curl -sf "$BASE_URL$ARTICLE" -o "$WORK/www/article.html"
  cat > "$WORK/nginx.conf" <<CONF
worker_processes auto;
pid $WORK/nginx.pid;
error_log $WORK/logs/error.log;
events { worker_connections 4096; }
http {
  access_log off;
  client_body_temp_path $WORK/tmp-body; proxy_temp_path $WORK/tmp-proxy; fastcgi_temp_path $WORK/tmp-fastcgi;
  uwsgi_temp_path $WORK/tmp-uwsgi; scgi_temp_path $WORK/tmp-scgi;
  server {
    listen 127.0.0.1:$NGINX_PORT;
    root $WORK/www;
    location / { default_type text/html; try_files /article.html =404; }
  }
}
CONF
  "$NGINX" -c "$WORK/nginx.conf" -p "$WORK"
  sleep 1
  wrk -t2 -c"$CONNECTIONS" -d"${WARMUP}s" "$BASE_URL$ARTICLE" > /dev/null 2>&1
  wrk -t2 -c"$CONNECTIONS" -d"${WARMUP}s" "$BASE_URL/" > /dev/null 2>&1
  wrk_run "nginx, same article HTML (limit)" "http://127.0.0.1:$NGINX_PORT/"
  wrk_run "article page" "$BASE_URL$ARTICLE"
  wrk_run "home page" "$BASE_URL/"
  kill "$(cat "$WORK/nginx.pid")" 2>/dev/null || true
  rm -f "$WORK/nginx.pid"
}

run_pgbench() {
  [ -n "$PGPORT" ] || return 0
  echo "limit: pgbench, the rows of one transition, $WRITERS clients…"
  psql -X -q -At -f bench/pgbench-setup.sql > "$WORK/pgbench-setup.out" 2>&1 || { echo "  pgbench setup failed (no dossier yet?)"; return 0; }
  local counts d s a b out
  counts=$(tail -1 "$WORK/pgbench-setup.out"); d=${counts%%|*}; s=${counts##*|}
  [ "${d:-0}" -gt 0 ] && [ "${s:-0}" -gt 0 ] || { echo "  no dossier with steps to copy"; return 0; }
  a=$(date +%s.%N)
  out=$(pgbench -n -c "$WRITERS" -j 2 -T "$DURATION" -r -D dossiers="$d" -D steps="$s" -f bench/pgbench-transition.sql 2>&1)
  b=$(date +%s.%N)
  local tps lat fsync
  tps=$(echo "$out" | sed -n 's/^tps = \([0-9.]*\).*/\1/p')
  lat=$(echo "$out" | sed -n 's/^latency average = \([0-9.]*\) ms/\1/p')
  fsync=$(sql "show fsync")
  record write "{\"operations\":[{\"name\":\"pgbench, rows of one transition (limit)\",\"requests\":0,\"errors\":0,\"rps\":${tps:-0},\"avg\":${lat:-0},\"fsync\":\"$fsync\",\"clients\":$WRITERS}]}" "$a" "$b"
  psql -X -q -c "drop schema bench_limit cascade" > /dev/null 2>&1 || true
}

check_documents() {
  [ -n "$PGPORT" ] || return 0
  # issued outgoing numbers per register: count = distinct = max - min + 1 means no gap and no duplicate
  local res
  res=$(psql -X -At -F' ' -c "with d as (select register_id, number from document where number is not null and direction = 'OUTGOING'),
      s as (select max(number) - min(number) + 1 as span from d group by register_id)
      select (select count(*) from d), (select count(distinct (register_id, number)) from d), (select coalesce(sum(span), 0) from s)" 2>&1) || res="? ? ?"
  set -- $res
  local ok=false
  [ "$1" = "$2" ] && [ "$1" = "$3" ] && ok=true
  echo "  outgoing numbers: $1 issued, $2 distinct, span $3 → gapless and unique: $ok"
  python3 - "$1" "$2" "$3" "$ok" >> "$RESULTS" <<'PY'
import json, sys
print(json.dumps({"group": "documents-check", "issued": sys.argv[1], "distinct": sys.argv[2], "span": sys.argv[3], "gapless": sys.argv[4] == "true"}))
PY
}

case "$SCENARIO" in
  all)
    run_portal
    driver write "$WRITERS"; run_pgbench
    driver documents "$DOC_WRITERS"; check_documents
    driver officer "$OFFICERS"
    driver citizen "$CITIZENS" ;;
  portal) run_portal ;;
  write) driver write "$WRITERS"; run_pgbench ;;
  documents) driver documents "$DOC_WRITERS"; check_documents ;;
  officer) driver officer "$OFFICERS" ;;
  citizen) driver citizen "$CITIZENS" ;;
esac

# --- report ------------------------------------------------------------------------------
sleep 2
AFTER=$(sample)
DB_BYTES=$(sql "select pg_database_size(current_database())")
DOSSIERS=$(sql "select count(*) from dossier")
[ "$DOSSIERS" = "null" ] && DOSSIERS=""
N=${N:-$LABEL}
OUT="bench/results/$STAMP-$N"
python3 bench/report.py "$RESULTS" "$OUT" <<META
{"date": "$(date -u +%Y-%m-%dT%H:%M:%SZ)", "commit": "$(git rev-parse --short HEAD 2>/dev/null || echo '?')",
 "label": "$LABEL", "data": "${DATA:-}", "cores": $(nproc), "load_average": "$(cut -d' ' -f1-3 /proc/loadavg)",
 "scenario": "$SCENARIO", "duration_s": $DURATION, "startup_s": ${STARTUP_S:-null},
 "idle_rss_mb": ${IDLE_RSS_MB:-null}, "idle_pg_rss_mb": ${IDLE_PG_RSS_MB:-null},
 "rss_after_mb": $(echo "$AFTER" | awk '{printf "%.0f", $3 / 1024}'),
 "db_bytes": ${DB_BYTES:-null}, "dossiers": ${DOSSIERS:-null},
 "users": {"officer": $OFFICERS, "citizen": $CITIZENS, "write": $WRITERS, "documents": $DOC_WRITERS, "portal_connections": $CONNECTIONS}}
META
echo "wrote $OUT.json and $OUT.md"
cat "$OUT.md"
