#!/usr/bin/env bash
# Gives each integration-test run a fresh server base directory (configuration, data, logs)
# copied from the configured WildFly, a fresh PostgreSQL database, and no test summary of an
# earlier run (Failsafe would merge it into this run's verdict).
set -euo pipefail
wildfly_home=$1
target=$2
postgresql_skip=${3:-false}
database=${4:-cocreation_it}

for db in h2 postgresql; do
  rm -rf "$target/failsafe-reports-$db"
  base="$target/it-server-$db"
  rm -rf "$base"
  mkdir -p "$base"
  cp -r "$wildfly_home/standalone/configuration" "$base/"
  mkdir -p "$base/deployments"
done

if [[ "$postgresql_skip" != "true" ]]; then
  psql -h 127.0.0.1 -U postgres -d postgres -v ON_ERROR_STOP=1 -q \
    -c "DROP DATABASE IF EXISTS $database WITH (FORCE)" \
    -c "CREATE DATABASE $database"
fi
