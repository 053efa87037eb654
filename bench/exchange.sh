#!/bin/sh
# Exchange benchmark: packages per second signed, sent, verified, stored and registered between
# two local installations (two Spring contexts in one JVM, each with its own embedded PostgreSQL),
# with 100 KB and 5 MB attachments. Prints a table; see bench/README.md.
set -e
cd "$(dirname "$0")/.."
mvn -B -q -Dbench.excluded=none -Dgroups=bench -Dtest=ExchangeBenchmark -Dsurefire.failIfNoSpecifiedTests=false test 2>&1 \
  | grep -E '^(Exchange between|attachment|[0-9]+ (KB|MB))' || { echo "benchmark failed: see target/surefire-reports"; exit 1; }
