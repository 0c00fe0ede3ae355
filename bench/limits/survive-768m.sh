#!/usr/bin/env bash
# Memory-exhaustion check (issue 17 point 5): starts the built jar under -Xmx768m with the demo data in a
# fresh folder, then
#   1. sends a chunked 300 MB body (no Content-Length) to the anonymous bank-notice endpoint,
#   2. files a feedback report as a signed-in citizen with five 40-megapixel PNGs (one colour each,
#      a few hundred KB on the wire, 120 MB each when decoded in full),
#   3. files PARALLEL reports at once with one 40-megapixel PNG each (accepted, decoded subsampled),
# and after each step prints the HTTP status, the heap in use (jcmd GC.heap_info) and /actuator/health.
# The app log is kept in $LOG (default /tmp/langso-survive-768m.log). Exits non-zero if the app died or health is not UP at the end. Results go to bench/RESULTS.md.
set -euo pipefail
cd "$(dirname "$0")/../.."
: "${JAVA_HOME:=/usr/lib/jvm/temurin-25-jdk-amd64}"
PORT=${PORT:-18768}
PARALLEL=${PARALLEL:-4}
JAR=$(ls target/langso-*.jar | grep -v original | head -1)
WORK=$(mktemp -d)
BASE="http://127.0.0.1:$PORT"
LOG=${LOG:-/tmp/langso-survive-768m.log}
trap 'kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; cp "$WORK/app.log" "$LOG" 2>/dev/null; rm -rf "$WORK"' EXIT

LANGSO_DATA_DIR="$WORK/data" "$JAVA_HOME/bin/java" -Xmx768m -XX:+ExitOnOutOfMemoryError -jar "$JAR" \
  --server.port="$PORT" --langso.devices.embedded-port=0 >"$WORK/app.log" 2>&1 &
pid=$!
until curl -fs "$BASE/actuator/health" 2>/dev/null | grep -q UP; do
  kill -0 "$pid" 2>/dev/null || { echo "app died while starting"; tail -40 "$WORK/app.log"; exit 1; }
  sleep 1
done
sleep 5 # demo loaders

heap() { "$JAVA_HOME/bin/jcmd" "$pid" GC.heap_info | awk '/garbage-first heap|total/ {for(i=1;i<=NF;i++) if ($i=="used") {print $(i+1); exit}}'; }
health() { curl -s -m 10 "$BASE/actuator/health" || echo "no answer"; }
report() { echo "$1: status $2, heap used $(heap), health $(health)"; }

report "started" "-"

# 1. chunked 300 MB to the bank notices
code=$(head -c 314572800 /dev/zero | curl -s -m 120 -o "$WORK/notice.out" -w '%{http_code}' -X POST \
  -H 'Content-Type: application/json' -H 'Transfer-Encoding: chunked' --data-binary @- \
  "$BASE/api/v1/payment/bank-notices" || true)
report "chunked 300 MB bank notice" "$code ($(head -c 160 "$WORK/notice.out" 2>/dev/null))"

# 2. five 40-Mpx PNGs in one report
for i in 1 2 3 4 5; do
  convert -size 8000x5000 "xc:rgb($((i * 40)),120,60)" "PNG24:$WORK/p$i.png"
done
echo "five PNGs of 8000x5000: $(du -ch "$WORK"/p*.png | tail -1 | cut -f1) on the wire"
token() { grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"$//'; }
sign_in() { # $1 = cookie jar; prints "csrf-token category-id" of the report form in that session
  local t form
  t=$(curl -s -c "$1" -b "$1" "$BASE/dang-nhap" | token)
  curl -s -c "$1" -b "$1" -o /dev/null --data-urlencode "login=0912345678" --data-urlencode "password=LangSo@2026" \
    --data-urlencode "_csrf=$t" "$BASE/dang-nhap"
  form=$(curl -s -c "$1" -b "$1" "$BASE/xa/binh-hoa/phan-anh/moi")
  echo "$(echo "$form" | token) $(echo "$form" | grep -o '<option value="[0-9][0-9]*"' | head -1 | grep -o '[0-9][0-9]*')"
}
post_report() { # $1 = number of photos, $2 = output file, $3 = cookie jar (one session per client: Spring
  # Session JDBC refuses concurrent flash-attribute writes within one session, which is not what is measured here)
  local files=() t category
  read -r t category < <(sign_in "$3")
  for i in $(seq 1 "$1"); do files+=(-F "photos=@$WORK/p$i.png;type=image/png"); done
  curl -s -m 300 -c "$3" -b "$3" -o "$2" -w '%{http_code}' -F "_csrf=$t" -F "categoryId=$category" \
    -F "description=Đèn đường hỏng, ảnh chụp độ phân giải cao" -F "latitude=19.80" -F "longitude=105.78" \
    "${files[@]}" "$BASE/xa/binh-hoa/phan-anh/moi" || true
}
code=$(post_report 5 "$WORK/five.html" "$WORK/jar0")
message=$(grep -o 'tổng độ phân giải quá lớn[^<]*' "$WORK/five.html" | head -1 || true)
report "report with five 40-Mpx PNGs" "$code (${message:-no message})"

# 3. reports with one 40-Mpx PNG each, in parallel
for n in $(seq 1 "$PARALLEL"); do (post_report 1 "$WORK/one$n.html" "$WORK/jar$n"; echo) >"$WORK/one$n.code" & done
wait $(jobs -p | grep -v "^$pid$") 2>/dev/null || true
codes=$(cat "$WORK"/one*.code | tr '\n' ' ')
report "$PARALLEL parallel reports with one 40-Mpx PNG each" "$codes"

kill -0 "$pid" 2>/dev/null || { echo "app died"; tail -40 "$WORK/app.log"; exit 1; }
grep -c OutOfMemoryError "$WORK/app.log" | sed 's/^/OutOfMemoryError lines in the log: /'
health | grep -q '"UP"' || { echo "health not UP"; exit 1; }
echo "survived under -Xmx768m"
