#!/usr/bin/env bash
# Prepares the jar for a fast start and writes the JVM options the unit file reads (deploy/langso.service
# starts `java @$APP_DIR/langso.jvm -jar $APP_DIR/langso.jar`). Run it at install and after each upgrade
# of the jar, as the service user, with the service's environment:
#   sudo -u langso env $(grep -v '^#' /etc/langso/langso.env | xargs) deploy/aot-cache.sh /opt/langso/langso.jar
# It extracts the jar into APP_DIR (a class path of plain jars starts faster than the nested jar, and
# both caches need it), then records, with a training start that stops right after the context is
# refreshed (no requests served, migrations run as on any start):
#   - JDK >= 25: an AOT cache (JEP 483/514: classes loaded and linked ahead of time), -XX:AOTCache;
#   - JDK 21-24 (the project's floor is 21): a CDS archive (class data sharing), -XX:SharedArchiveFile.
# A cache from another JDK or another jar is ignored by the JVM with a warning, never fatal: only slower.
set -euo pipefail
JAR=${1:?usage: aot-cache.sh path/to/langso.jar [app-dir]}
APP_DIR=${2:-$(dirname "$JAR")/app}
JAVA=${JAVA:-java}
TRAINING=(-Dspring.context.exit=onRefresh -Dlangso.devices.embedded-port="${AOT_TRAINING_MQTT_PORT:-18899}")
KIND=${AOT_KIND:-auto} # auto, or cds to record the JDK 21 kind of cache on a newer JDK

major=$("$JAVA" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')
major=${major%%.*}
if [ "$major" -lt 21 ]; then
  echo "JDK $major is below the project's floor (21)." >&2
  exit 1
fi

rm -rf "$APP_DIR"
"$JAVA" -Djarmode=tools -jar "$JAR" extract --destination "$APP_DIR"
extracted=$(ls "$APP_DIR"/*.jar | head -n1)
[ "$extracted" = "$APP_DIR/langso.jar" ] || mv "$extracted" "$APP_DIR/langso.jar"
if [ "$major" -ge 25 ] && [ "$KIND" != cds ]; then
  "$JAVA" -XX:AOTCacheOutput="$APP_DIR/langso.aot" "${TRAINING[@]}" -jar "$APP_DIR/langso.jar" --server.port=0
  echo "-XX:AOTCache=$APP_DIR/langso.aot" > "$APP_DIR/langso.jvm"
  echo "AOT cache written: $APP_DIR/langso.aot ($(du -h "$APP_DIR/langso.aot" | cut -f1))"
else
  "$JAVA" -XX:ArchiveClassesAtExit="$APP_DIR/langso.jsa" "${TRAINING[@]}" -jar "$APP_DIR/langso.jar" --server.port=0
  echo "-XX:SharedArchiveFile=$APP_DIR/langso.jsa" > "$APP_DIR/langso.jvm"
  echo "CDS archive written: $APP_DIR/langso.jsa ($(du -h "$APP_DIR/langso.jsa" | cut -f1)); JDK 25 gives the faster AOT cache"
fi
echo "JVM options for the unit file: $APP_DIR/langso.jvm ($(cat "$APP_DIR/langso.jvm"))"
