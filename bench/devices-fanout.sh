#!/bin/sh
# One PLAY command fanned out to N simulated loudspeakers (default 1000), each its own MQTT connection,
# through the machine's Mosquitto (default tcp://127.0.0.1:1883); prints the acknowledgement latencies.
# The app receives over [lanes] connections sharing one subscription ($share/langso/..., default 4).
# Usage: bench/devices-fanout.sh [N] [brokerUrl] [lanes]
set -e
cd "$(dirname "$0")/.."
./mvnw -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
exec "${JAVA_HOME:+$JAVA_HOME/bin/}java" -Xmx2g -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" vn.langso.devices.FanoutBenchmark "$@"
