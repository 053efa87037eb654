#!/bin/sh
# Province-scale data (issue #8): fills a PostgreSQL database with 10 agencies, 300 staff and,
# per million dossiers, 200 000 citizens, 100 000 official documents and 5 000 articles, spread
# over three years, then checks that the product works on it. See bench/README.md.
#
#   bench/generate.sh [dossiers]        default 1000000; e.g. bench/generate.sh 10000
#
# Embedded PostgreSQL in BENCH_DATA_DIR (default bench/data/<dossiers>); the product then starts
# on it with MINHBACH_DATA_DIR=bench/data/<dossiers> java -jar target/minhbach-*.jar.
# With SPRING_DATASOURCE_URL (+ _USERNAME, _PASSWORD) set, an external, empty database is filled.
# BENCH_CHECK=0 skips the check (start the product, officer queue, tracking, audit chain).
set -e
cd "$(dirname "$0")/.."
DOSSIERS="${1:-1000000}"
export BENCH_DOSSIERS="$DOSSIERS"
export BENCH_DATA_DIR="${BENCH_DATA_DIR:-bench/data/$DOSSIERS}"
if [ -z "$SPRING_DATASOURCE_URL" ] && [ -e "$BENCH_DATA_DIR" ]; then
  echo "$BENCH_DATA_DIR exists: remove it first (rm -rf $BENCH_DATA_DIR) or set BENCH_DATA_DIR" >&2
  exit 1
fi
TESTS=ProvinceDataGenerator
[ "${BENCH_CHECK:-1}" = "0" ] || TESTS="ProvinceDataGenerator,ProvinceDataCheck"
mkdir -p target
LOG=target/bench-generate.log
mvn -B -q ${MVN_OPTS:--o} -Dbench.excluded=none -Dgroups=bench -Dtest="$TESTS" -Dsurefire.failIfNoSpecifiedTests=false \
    -Dsurefire.runOrder=reversealphabetical -DtrimStackTrace=false test > "$LOG" 2>&1 &
PID=$!
# progress lines as they come (the test's standard output goes to the log)
tail -n +1 -f "$LOG" --pid=$PID 2>/dev/null | grep --line-buffered -E '^\[[0-9]+:|^Province-scale|^table|^[a-z_]+ +[0-9,]+$|^dossiers by|^database size|^elapsed|^Product started|^/staff|^/track|^Audit chain' &
wait $PID || { echo "generation failed: see $LOG and target/surefire-reports" >&2; exit 1; }
sleep 1
