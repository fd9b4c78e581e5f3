#!/usr/bin/env bash
# JMH micro-benchmarks of the gateway's per-request bookkeeping (the access log's line and timer, the
# header allow-list), each beside what it replaced. No stack needed; the machine should be otherwise idle.
#   bench/micro.sh    JMH_OPTIONS ("-f 1 -wi 3 -w 1s -i 5 -r 1s"), BENCHMARKS (a regular expression, all by default)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
source "$root/bench/lib/stack.sh"
results=$root/bench/results
mkdir -p "$results"
cd "$root"
./mvnw -q -B install -DskipTests -pl common
./mvnw -q -B test-compile dependency:build-classpath -pl gateway -Dmdep.includeScope=test -Dmdep.outputFile=target/jmh.classpath
# shellcheck disable=SC2086
java -cp "gateway/target/test-classes:gateway/target/classes:$(cat gateway/target/jmh.classpath)" org.openjdk.jmh.Main \
  ${JMH_OPTIONS:--f 1 -wi 3 -w 1s -i 5 -r 1s} -rf text -rff "$results/micro-last.txt" "${BENCHMARKS:-Benchmark}"
{ echo "$(stamp) bench/micro.sh ${JMH_OPTIONS:-}"; cat "$results/micro-last.txt"; } >>"$results/micro.txt"
