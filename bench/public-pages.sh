#!/usr/bin/env bash
# Public pages against the health endpoint, in one run, with the same wrk settings: portal, catalogue,
# announcements (list and one), procedure page, status lookup (form, and a lookup by code + secret),
# a fingerprinted static file; each line prints requests/s, p50/p99 and the ratio to the health
# endpoint measured just before it (targets: ratio >= 0.5, p99 < 100 ms at 32 connections).
#   bench/public-pages.sh [base-url] [duration] [connections]
# With no base URL it builds the jar and starts it on the embedded default with the demo data (port 18316).
# Anonymous visitors with Accept-Encoding: gzip (phones send it). Record `uptime` with the figures.
set -euo pipefail
cd "$(dirname "$0")/.."
: "${JAVA_HOME:=/usr/lib/jvm/temurin-25-jdk-amd64}"
BASE=${1:-}
DURATION=${2:-10s}
CONNECTIONS=${3:-32}
if [ -z "$BASE" ]; then
  [ -f target/langso-0.1.0-SNAPSHOT.jar ] || ./mvnw -q -B -DskipTests package
  DATA=$(mktemp -d)
  LANGSO_DATA_DIR="$DATA" "$JAVA_HOME/bin/java" -Xmx1g -jar target/langso-0.1.0-SNAPSHOT.jar --server.port=18316 >"$DATA/app.log" 2>&1 &
  pid=$!
  trap 'kill $pid; rm -rf "$DATA"' EXIT
  BASE=http://127.0.0.1:18316
  until curl -fs "$BASE/actuator/health" | grep -q UP; do kill -0 $pid; sleep 0.5; done
  for _ in $(seq 1 600); do grep -q "Demo data loaded" "$DATA/app.log" && break; sleep 0.5; done
fi
page() { curl -fs "$BASE$1"; }
procedure=$(page /xa/binh-hoa/thu-tuc | grep -o 'href="/xa/binh-hoa/thu-tuc/[0-9.]*"' | head -1 | cut -d'"' -f2)
announcement=$(page /xa/binh-hoa/thong-bao | grep -o 'href="/xa/binh-hoa/thong-bao/[0-9]*"' | head -1 | cut -d'"' -f2)
css=$(page /xa/binh-hoa | grep -o 'href="/css/app[^"]*"' | cut -d'"' -f2)
lookup=${LOOKUP:-/tra-cuu?code=BH-NOT-FOUND&secret=000000}

measure() { # path -> "requests/s p50 p99"
  wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency -H 'Accept-Encoding: gzip' "$BASE$1" | awk '
    /Requests\/sec/ {rps=$2} / 50%/ {p50=$2} / 99%/ {p99=$2} /Non-2xx/ {bad=$NF}
    END {printf "%s %s %s %s\n", rps, p50, p99, bad == "" ? 0 : bad}'
}
echo "$(date -u '+%F %H:%M UTC'), $(nproc) cores, commit $(git rev-parse --short HEAD), load average $(cut -d' ' -f1-3 /proc/loadavg); wrk -t2 -c$CONNECTIONS -d$DURATION, gzip"
for path in /xa/binh-hoa /xa/binh-hoa/thu-tuc "$announcement" /xa/binh-hoa/thong-bao "$procedure" /tra-cuu "$lookup" "$css"; do
  wrk -t2 -c"$CONNECTIONS" -d2s "$BASE$path" >/dev/null # warm-up
  read -r health_rps _ health_p99 _ < <(measure /actuator/health)
  read -r rps p50 p99 bad < <(measure "$path")
  awk -v p="$path" -v r="$rps" -v h="$health_rps" -v p50="$p50" -v p99="$p99" -v hp99="$health_p99" -v bad="$bad" 'BEGIN {
    printf "RESULT %-40s %8.0f req/s  p50 %8s  p99 %8s  non-2xx %s | health %8.0f req/s p99 %8s | ratio %.2f\n", p, r, p50, p99, bad, h, hp99, r / h }'
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
