#!/bin/sh
# Portal load: wrk (Debian package) against the article page and the home page of the product,
# anonymous, 100 connections, next to nginx serving the very same article HTML as a static file
# on the same machine, in the same run. Prints a table (req/s, p50, p99, share of nginx's req/s).
#
#   bench/portal.sh                      # builds the jar, starts it on a fresh embedded database
#   BASE_URL=http://host:8080 bench/portal.sh   # or measures a product already running
#
# Needs: wrk, nginx (apt-get install -y wrk nginx-light), curl, a JDK 17 and Maven.
set -eu
cd "$(dirname "$0")/.."
DURATION=${DURATION:-20s}
CONNECTIONS=${CONNECTIONS:-100}
THREADS=${THREADS:-2}
APP_PORT=${APP_PORT:-18080}
NGINX_PORT=${NGINX_PORT:-18081}
ARTICLE=${ARTICLE:-/tin-tuc/ung-dung-cong-nghe-thong-tin-trong-cai-cach-hanh-chinh-nguoi-dan-tam-anh-nam-lam-thu-tuc-khong-can-den-tru-so}
for tool in wrk nginx curl; do
  command -v $tool >/dev/null 2>&1 || [ -x /usr/sbin/$tool ] || { echo "missing $tool: apt-get install -y wrk nginx-light curl"; exit 1; }
done
NGINX=$(command -v nginx || echo /usr/sbin/nginx)
WORK=$(mktemp -d)
chmod 755 "$WORK"  # nginx workers (user nobody) read the page from here
APP_PID=""
cleanup() {
  [ -f "$WORK/nginx.pid" ] && kill "$(cat "$WORK/nginx.pid")" 2>/dev/null || true
  [ -n "$APP_PID" ] && kill "$APP_PID" 2>/dev/null && wait "$APP_PID" 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT INT TERM

if [ -z "${BASE_URL:-}" ]; then
  echo "building the jar…"
  mvn -B -q -DskipTests package
  JAR=$(ls target/minhbach-*.jar | grep -v original | head -1)
  echo "starting $JAR on a fresh embedded database (demo data)…"
  MINHBACH_DATA_DIR="$WORK/data" PORT=$APP_PORT java ${JAVA_OPTS:--Xmx320m -Xss512k -XX:MaxMetaspaceSize=256m -XX:ReservedCodeCacheSize=96m -XX:+UseSerialGC} -jar "$JAR" > "$WORK/app.log" 2>&1 &
  APP_PID=$!
  BASE_URL=http://127.0.0.1:$APP_PORT
  i=0
  until curl -sf "$BASE_URL$ARTICLE" -o /dev/null; do
    i=$((i + 1)); [ $i -gt 180 ] && { echo "the product did not start:"; tail -30 "$WORK/app.log"; exit 1; }
    sleep 1
  done
fi

mkdir -p "$WORK/www" "$WORK/logs"
curl -sf "$BASE_URL$ARTICLE" -o "$WORK/www/article.html"
BYTES=$(wc -c < "$WORK/www/article.html")
cat > "$WORK/nginx.conf" <<CONF
worker_processes auto;
pid $WORK/nginx.pid;
error_log $WORK/logs/error.log;
events { worker_connections 4096; }
http {
  access_log off;
  client_body_temp_path $WORK/tmp-body;
  proxy_temp_path $WORK/tmp-proxy;
  fastcgi_temp_path $WORK/tmp-fastcgi;
  uwsgi_temp_path $WORK/tmp-uwsgi;
  scgi_temp_path $WORK/tmp-scgi;
  server {
    listen 127.0.0.1:$NGINX_PORT;
    root $WORK/www;
    location / { default_type text/html; try_files /article.html =404; }
  }
}
CONF
"$NGINX" -c "$WORK/nginx.conf" -p "$WORK"
sleep 1

# wrk's summary → "req/s p50 p99 errors"
measure() {
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency "$1" > "$WORK/wrk.out" 2>&1
  awk '
    function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /s$/) return v * 1000; return v }
    /Requests\/sec/ { rps = $2 }
    /^ +50%/ { p50 = ms($2) }
    /^ +99%/ { p99 = ms($2) }
    /Non-2xx|Socket errors/ { errors = errors " " $0 }
    END { printf "%.0f %.1f %.1f %s\n", rps, p50, p99, (errors == "" ? "0" : errors) }
  ' "$WORK/wrk.out"
}

echo "warming up (JIT, caches)…"
wrk -t"$THREADS" -c"$CONNECTIONS" -d10s "$BASE_URL$ARTICLE" > /dev/null 2>&1
wrk -t"$THREADS" -c"$CONNECTIONS" -d5s "$BASE_URL/" > /dev/null 2>&1

NGINX_RESULT=$(measure "http://127.0.0.1:$NGINX_PORT/")
ARTICLE_RESULT=$(measure "$BASE_URL$ARTICLE")
HOME_RESULT=$(measure "$BASE_URL/")
NGINX_RPS=$(echo "$NGINX_RESULT" | cut -d' ' -f1)

echo
echo "Portal load, $CONNECTIONS connections, $THREADS wrk threads, $DURATION each, $(nproc) cores, $(date -u +%Y-%m-%dT%H:%MZ), commit $(git rev-parse --short HEAD 2>/dev/null || echo '?')"
echo "article page: $BYTES bytes"
printf '%-32s %10s %9s %9s %14s  %s\n' "target" "req/s" "p50 ms" "p99 ms" "vs nginx" "errors"
for row in "nginx, same article HTML|$NGINX_RESULT" "article page (product)|$ARTICLE_RESULT" "home page (product)|$HOME_RESULT"; do
  name=${row%%|*}; result=${row#*|}
  set -- $result
  share=$(awk -v a="$1" -v b="$NGINX_RPS" 'BEGIN { printf "%.1f %%", (b > 0 ? 100 * a / b : 0) }')
  err=$(echo "$result" | cut -d' ' -f4-)
  printf '%-32s %10s %9s %9s %14s  %s\n' "$name" "$1" "$2" "$3" "$share" "$err"
done
