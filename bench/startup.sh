#!/usr/bin/env bash
# Startup benchmark: builds the jar, starts it on the embedded default with the demo data in a fresh
# data folder, and prints the time until /actuator/health is UP ("ready": the application answers;
# the demo loaders then run in the background, langso.demo-data.background), the time until the demo
# data are all written, and the heap used after that (after a full GC, read through jcmd).
# Targets: ready < 15 s, heap < 300 MB.
#   AOT=1    start as deploy/ does: the jar extracted and an AOT cache (JDK >= 25) recorded first by
#            deploy/aot-cache.sh (AOT_KIND=cds records the JDK 21 kind, a CDS archive, instead)
#   RUNS=n   number of starts (3)
set -euo pipefail
cd "$(dirname "$0")/.."
: "${JAVA_HOME:=/usr/lib/jvm/temurin-25-jdk-amd64}"
export JAVA_HOME
PORT=${PORT:-18080}
WORK=$(mktemp -d)
DATA=$WORK/data
RUNS=${RUNS:-3}

[ -f target/langso-0.1.0-SNAPSHOT.jar ] || ./mvnw -q -B -DskipTests package
launch=(-jar target/langso-0.1.0-SNAPSHOT.jar)
if [ "${AOT:-0}" = 1 ]; then
  LANGSO_DATA_DIR="$WORK/training" JAVA="$JAVA_HOME/bin/java" deploy/aot-cache.sh target/langso-0.1.0-SNAPSHOT.jar "$WORK/app" >"$WORK/training.log" 2>&1 \
    || { tail -30 "$WORK/training.log"; exit 1; }
  tail -2 "$WORK/training.log"
  launch=("@$WORK/app/langso.jvm" -jar "$WORK/app/langso.jar")
fi
echo "$(date -u '+%F %H:%M UTC'), $(nproc) cores, $("$JAVA_HOME/bin/java" -version 2>&1 | head -1), commit $(git rev-parse --short HEAD), load average $(cut -d' ' -f1-3 /proc/loadavg), launch: java ${launch[*]}"

for run in $(seq 1 "$RUNS"); do
  rm -rf "$DATA"; mkdir -p "$DATA"
  start=$(date +%s%N)
  LANGSO_DATA_DIR="$DATA" "$JAVA_HOME/bin/java" "${launch[@]}" --server.port="$PORT" >"$WORK/app.log" 2>&1 &
  pid=$!
  until curl -fs "http://127.0.0.1:$PORT/actuator/health" 2>/dev/null | grep -q UP; do
    kill -0 "$pid" 2>/dev/null || { echo "app died"; tail -40 "$WORK/app.log"; exit 1; }
    sleep 0.1
  done
  ready_ms=$(( ($(date +%s%N) - start) / 1000000 ))
  # the demo loaders finish in the background; the heap is measured after them
  for _ in $(seq 1 1200); do grep -q "Demo data loaded" "$WORK/app.log" && break; sleep 0.1; done
  demo_ms=$(( ($(date +%s%N) - start) / 1000000 ))
  "$JAVA_HOME/bin/jcmd" "$pid" GC.run >/dev/null
  heap_kb=$("$JAVA_HOME/bin/jcmd" "$pid" GC.heap_info | awk '/used/ {for(i=1;i<=NF;i++) if ($i=="used") {gsub("K","",$(i+1)); print $(i+1); exit}}')
  started=$(grep -ao 'Started LangsoApplication in [0-9.]* seconds' "$WORK/app.log" || true)
  kill "$pid"; wait "$pid" 2>/dev/null || true
  awk -v run="$run" -v ms="$ready_ms" -v demo="$demo_ms" -v kb="$heap_kb" -v started="$started" -v loadavg="$(cut -d' ' -f1 /proc/loadavg)" 'BEGIN {
    printf "run %d: ready after %d ms (target < 15000, ratio %.2f); demo data written after %d ms; heap used after GC %d MB (target < 300, ratio %.2f); %s; load %s\n",
      run, ms, ms / 15000, demo, kb / 1024, kb / 1024 / 300, started, loadavg }'
done
rm -rf "$WORK"
