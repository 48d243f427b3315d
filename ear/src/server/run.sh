#!/usr/bin/env bash
# Runs WildFly in the foreground with the EAR deployed; Ctrl-C stops it cleanly.
set -euo pipefail
wildfly_home=$1
ear=$2
db=${3:-h2}
# server options, e.g. "-Dcocreation.db.url=jdbc:postgresql://db:5432/cocreation -Dcocreation.db.password=…"
read -r -a server_options <<< "${4:-}"
config="standalone-cocreation-$db.xml"
deployments="$wildfly_home/standalone/deployments"

rm -f "$deployments"/cocreation-5r.ear*
cp "$ear" "$deployments/cocreation-5r.ear"
echo "Starting WildFly ($config). The application logs its URL once it is deployed; Ctrl-C stops the server."
exec "$wildfly_home/bin/standalone.sh" -c "$config" -Djboss.bind.address=127.0.0.1 "${server_options[@]}"
