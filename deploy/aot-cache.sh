#!/usr/bin/env bash
# Prepares a faster start for a JDK >= 25 deployment (JEP 483/514 ahead-of-time class loading and
# linking): extracts the jar into APP_DIR and records an AOT cache with a training start that stops
# right after the context is refreshed (no requests served, migrations run as on any start).
# Run it after each upgrade of the jar, as the service user, with the service's environment:
#   sudo -u langso env $(grep -v '^#' /etc/langso/langso.env | xargs) deploy/aot-cache.sh /opt/langso/langso.jar
# The unit file then starts `java -XX:AOTCache=$APP_DIR/langso.aot -jar $APP_DIR/langso.jar`; without
# the cache file the JVM starts normally, only slower.
set -euo pipefail
JAR=${1:?usage: aot-cache.sh path/to/langso.jar [app-dir]}
APP_DIR=${2:-$(dirname "$JAR")/app}
JAVA=${JAVA:-java}

major=$("$JAVA" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')
if [ "${major%%.*}" -lt 25 ]; then
  echo "JDK $major has no -XX:AOTCacheOutput; the application runs without a cache (JDK >= 25 needed)." >&2
  exit 1
fi

rm -rf "$APP_DIR"
"$JAVA" -Djarmode=tools -jar "$JAR" extract --destination "$APP_DIR"
extracted=$(ls "$APP_DIR"/*.jar | head -n1)
[ "$extracted" = "$APP_DIR/langso.jar" ] || mv "$extracted" "$APP_DIR/langso.jar"
"$JAVA" -XX:AOTCacheOutput="$APP_DIR/langso.aot" -Dspring.context.exit=onRefresh \
  -Dlangso.devices.embedded-port="${AOT_TRAINING_MQTT_PORT:-18899}" -jar "$APP_DIR/langso.jar" --server.port=0
echo "AOT cache written: $APP_DIR/langso.aot ($(du -h "$APP_DIR/langso.aot" | cut -f1))"
