#!/usr/bin/env bash
# Startup benchmark: builds the jar, starts it on the embedded default with the demo data in a fresh
# data folder, and prints the time until /actuator/health is UP and the heap used after start
# (after a full GC, read through jcmd). Targets: ready < 15 s, heap < 300 MB.
set -euo pipefail
cd "$(dirname "$0")/.."
: "${JAVA_HOME:=/usr/lib/jvm/temurin-25-jdk-amd64}"
export JAVA_HOME
PORT=${PORT:-18080}
DATA=$(mktemp -d)
RUNS=${RUNS:-3}

[ -f target/langso-0.1.0-SNAPSHOT.jar ] || ./mvnw -q -B -DskipTests package

for run in $(seq 1 "$RUNS"); do
  rm -rf "$DATA"/*
  start=$(date +%s%N)
  LANGSO_DATA_DIR="$DATA" "$JAVA_HOME/bin/java" -jar target/langso-0.1.0-SNAPSHOT.jar --server.port="$PORT" >"$DATA.log" 2>&1 &
  pid=$!
  until curl -fs "http://127.0.0.1:$PORT/actuator/health" 2>/dev/null | grep -q UP; do
    kill -0 "$pid" 2>/dev/null || { echo "app died"; tail -40 "$DATA.log"; exit 1; }
    sleep 0.1
  done
  ready_ms=$(( ($(date +%s%N) - start) / 1000000 ))
  # let the demo loaders finish before measuring the heap
  sleep 3
  "$JAVA_HOME/bin/jcmd" "$pid" GC.run >/dev/null
  heap_kb=$("$JAVA_HOME/bin/jcmd" "$pid" GC.heap_info | awk '/used/ {for(i=1;i<=NF;i++) if ($i=="used") {gsub("K","",$(i+1)); print $(i+1); exit}}')
  started=$(grep -o 'Started LangsoApplication in [0-9.]* seconds' "$DATA.log" || true)
  kill "$pid"; wait "$pid" 2>/dev/null || true
  awk -v run="$run" -v ms="$ready_ms" -v kb="$heap_kb" -v started="$started" 'BEGIN {
    printf "run %d: ready after %d ms (target < 15000, ratio %.2f); heap used after GC %d MB (target < 300, ratio %.2f); %s\n",
      run, ms, ms / 15000, kb / 1024, kb / 1024 / 300, started }'
done
rm -rf "$DATA" "$DATA.log"
