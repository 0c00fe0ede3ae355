#!/bin/sh
# 100,000 household notifications (default N) through the broadcast outbox on PostgreSQL: recreates the
# database, starts the whole application on it with the demo data, adds N households (one head with a
# phone each) to Bình Hòa's xóm 3, publishes one SMS/Zalo announcement to xóm 3 and prints how long
# queuing and dispatching (scheduled OutboxDispatcher → identity.MessageGateway, logging adapter) took.
# Usage: bench/broadcast-outbox.sh [N] [database]   (default 100000 langso_issue6_outbox; psql as postgres)
set -e
cd "$(dirname "$0")/.."
N="${1:-100000}"
DB="${2:-langso_issue6_outbox}"
psql -h 127.0.0.1 -U postgres -X -q -c "drop database if exists $DB" -c "create database $DB" postgres
./mvnw -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
exec "${JAVA_HOME:+$JAVA_HOME/bin/}java" -Xmx2g -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  vn.langso.broadcast.OutboxBenchmark "$N" "jdbc:postgresql://127.0.0.1:5432/$DB"
