#!/usr/bin/env bash
# Flash crowd: a storm warning goes out and the whole commune opens it. Starts the jar on the embedded
# default with the demo data (fresh folder, port 18317), waits until the demo data are written, then
# bench/flash-crowd/FlashCrowd.java publishes an EMERGENCY announcement as the broadcast operator and
# RESIDENTS distinct residents (2000) open it within SECONDS (60), each with the css/js it links and the
# portal; it prints p50/p95/p99/max per page. Before and after, wrk measures the announcement page
# against the health endpoint in the same run (same settings) and prints the ratio.
#   bench/flash-crowd.sh [residents] [seconds] [base-url]
set -euo pipefail
cd "$(dirname "$0")/.."
: "${JAVA_HOME:=/usr/lib/jvm/temurin-25-jdk-amd64}"
RESIDENTS=${1:-2000}
SECONDS_SPAN=${2:-60}
BASE=${3:-}
if [ -z "$BASE" ]; then
  [ -f target/langso-0.1.0-SNAPSHOT.jar ] || ./mvnw -q -B -DskipTests package
  DATA=$(mktemp -d)
  LANGSO_DATA_DIR="$DATA" "$JAVA_HOME/bin/java" -Xmx1g -jar target/langso-0.1.0-SNAPSHOT.jar --server.port=18317 >"$DATA/app.log" 2>&1 &
  pid=$!
  trap 'kill $pid; rm -rf "$DATA"' EXIT
  BASE=http://127.0.0.1:18317
  until curl -fs "$BASE/actuator/health" | grep -q UP; do kill -0 $pid; sleep 0.5; done
  for _ in $(seq 1 600); do grep -q "Demo data loaded" "$DATA/app.log" && break; sleep 0.5; done
fi
echo "$(date -u '+%F %H:%M UTC'), $(nproc) cores, $("$JAVA_HOME/bin/java" -version 2>&1 | head -1), commit $(git rev-parse --short HEAD), load average $(cut -d' ' -f1-3 /proc/loadavg)"
"$JAVA_HOME/bin/javac" -d "${TMPDIR:-/tmp}/flash-crowd-classes" bench/flash-crowd/FlashCrowd.java
"$JAVA_HOME/bin/java" -cp "${TMPDIR:-/tmp}/flash-crowd-classes" FlashCrowd "$BASE" "$RESIDENTS" "$SECONDS_SPAN" | tee "${TMPDIR:-/tmp}/flash-crowd.out"
announcement=$(grep -o '/xa/[^ ]*/thong-bao/[0-9]*' "${TMPDIR:-/tmp}/flash-crowd.out" | head -1)
ratio() {
  local h a
  h=$(wrk -t2 -c32 -d10s --latency "$BASE/actuator/health" | awk '/Requests\/sec/ {print $2}')
  a=$(wrk -t2 -c32 -d10s --latency -H 'Accept-Encoding: gzip' "$BASE$announcement" | awk '/Requests\/sec/ {r=$2} / 99%/ {p=$2} END {print r, p}')
  awk -v h="$h" -v a="$a" 'BEGIN {split(a, x, " "); printf "RATIO announcement %.0f req/s (p99 %s) / health %.0f req/s = %.2f (wrk -t2 -c32 -d10s)\n", x[1], x[2], h, x[1] / h}'
}
ratio
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
