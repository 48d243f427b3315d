#!/usr/bin/env bash
# Writes the server configurations of Co-Creation 5R into an unpacked WildFly:
# standalone-cocreation-h2.xml (embedded default) and standalone-cocreation-postgresql.xml.
# Each is rebuilt from the distribution's standalone.xml whenever its CLI scripts change,
# so the repository's scripts stay the only source of the configuration.
set -euo pipefail
wildfly_home=$1
postgresql_jar=$2
here=$(cd "$(dirname "$0")" && pwd)
config_dir="$wildfly_home/standalone/configuration"

install_postgresql_module() {
  local module_dir="$wildfly_home/modules/org/postgresql/main"
  mkdir -p "$module_dir"
  cp "$postgresql_jar" "$module_dir/postgresql.jar"
  cat > "$module_dir/module.xml" <<'XML'
<?xml version="1.0" encoding="UTF-8"?>
<module xmlns="urn:jboss:module:1.9" name="org.postgresql">
  <resources>
    <resource-root path="postgresql.jar"/>
  </resources>
  <dependencies>
    <module name="java.sql"/>
    <module name="java.naming"/>
    <module name="java.logging"/>
    <module name="java.management"/>
    <module name="java.security.jgss"/>
    <module name="java.xml"/>
    <module name="jakarta.transaction.api"/>
  </dependencies>
</module>
XML
}

configure() {
  local db=$1
  local config="standalone-cocreation-$db.xml"
  local marker="$config_dir/.$config.sha256"
  local scripts=("$here/datasource-$db.cli" "$here/common.cli")
  local digest
  digest=$(cat "${scripts[@]}" "$0" | sha256sum | cut -d' ' -f1)
  if [[ -f "$config_dir/$config" && -f "$marker" && "$(cat "$marker")" == "$digest" ]]; then
    echo "WildFly configuration $config is up to date"
    return
  fi
  echo "Writing WildFly configuration $config"
  cp "$config_dir/standalone.xml" "$config_dir/$config"
  {
    echo "embed-server --std-out=discard --server-config=$config"
    cat "${scripts[@]}"
    echo "stop-embedded-server"
  } > "$config_dir/.$config.cli"
  JAVA_OPTS="-Xmx512m" "$wildfly_home/bin/jboss-cli.sh" --file="$config_dir/.$config.cli" > "$config_dir/.$config.log" 2>&1 || {
    cat "$config_dir/.$config.log"
    echo "Configuring $config failed" >&2
    exit 1
  }
  echo "$digest" > "$marker"
}

install_postgresql_module
configure h2
configure postgresql
