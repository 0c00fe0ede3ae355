#!/usr/bin/env bash
# Dossier benchmark on PostgreSQL (not a test): the officer inbox and the public status lookup over
# ROWS dossiers, and the database side of sustained submissions. Prints p50/p95 latency and throughput.
# Usage: bench/dossier/run.sh [rows] [database]   (defaults: 1000000, langso_test_issue3 on 127.0.0.1)
set -euo pipefail
cd "$(dirname "$0")"
ROWS=${1:-1000000}
DB=${2:-langso_test_issue3}
PG="-h 127.0.0.1 -U postgres"
SECONDS_EACH=${SECONDS_EACH:-20}
CLIENTS=${CLIENTS:-4}
echo "== setup: $ROWS dossiers in schema bench_dossier of $DB"
start=$(date +%s)
psql $PG -d "$DB" -q -v ON_ERROR_STOP=1 -v rows="$ROWS" -f setup.sql
echo "setup took $(( $(date +%s) - start )) s"
percentiles() { # pgbench per-transaction log: 3rd field is latency in microseconds
  cat "$1"/pgbench_log.* | awk '{print $3}' | sort -n | awk '{a[NR]=$1} END {printf "n=%d p50=%.2f ms p95=%.2f ms p99=%.2f ms\n", NR, a[int(NR*0.5)]/1000, a[int(NR*0.95)]/1000, a[int(NR*0.99)]/1000}'
}
for script in inbox lookup submit; do
  dir=$(mktemp -d)
  (cd "$dir" && pgbench $PG -n -c "$CLIENTS" -j 2 -T "$SECONDS_EACH" -D rows="$ROWS" -l -f "$OLDPWD/$script.sql" "$DB" > summary.txt 2>&1) || { cat "$dir/summary.txt"; exit 1; }
  echo "== $script ($CLIENTS clients, $SECONDS_EACH s): $(grep -E '^tps' "$dir/summary.txt" | sed 's/ (without initial connection time)//') ; $(percentiles "$dir")"
  rm -rf "$dir"
done
psql $PG -d "$DB" -q -c "drop schema bench_dossier cascade"
