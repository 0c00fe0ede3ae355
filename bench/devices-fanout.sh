#!/bin/sh
# One PLAY command fanned out to N simulated loudspeakers (default 1000), each its own MQTT connection,
# through the machine's Mosquitto (default tcp://127.0.0.1:1883); prints the acknowledgement latencies.
# Usage: bench/devices-fanout.sh [N] [brokerUrl]
set -e
cd "$(dirname "$0")/.."
./mvnw -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
exec java -Xmx2g -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" vn.langso.devices.FanoutBenchmark "$@"
