#!/usr/bin/env bash
# The GUICHET_AOT=1 way of running the services (BENCHMARKS.md, Footprint), end to end: a first run
# records each service's ahead-of-time cache, stopping writes it, a second run starts from it and serves.
# Needs Java 25 or later: GUICHET_JAVA_HOME, else the first found under /usr/lib/jvm; without one it
# says so and checks nothing. Stops whatever stack runs on the data folder first (bench/smoke's own).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
source "$root/deploy/local/lib.sh"
cd "$root"
home=${GUICHET_JAVA_HOME:-}
if [ -z "$home" ]; then
  for candidate in /usr/lib/jvm/*; do
    if [ -x "$candidate/bin/java" ] && [ "$(java_major "$candidate/bin/java")" -ge 25 ] 2>/dev/null; then
      home=$candidate
      break
    fi
  done
fi
if [ -z "$home" ]; then
  echo "No Java 25 or later (GUICHET_JAVA_HOME, /usr/lib/jvm): the AOT way of running is not checked here."
  exit 0
fi
export GUICHET_JAVA_HOME=$home GUICHET_AOT=1
services=(aids-service cases-service gateway)

fail() { echo "AOT smoke failed: $*" >&2; tail -n 20 "$LOGS"/gateway.log "$LOGS"/aids-service.log >&2 || true; exit 1; }

# run_and_serve: the stack up on Java 25, and the catalogue read through the gateway
run_and_serve() {
  deploy/local/run --background >"$DATA/aot-run.log" 2>&1 || { tail -n 30 "$DATA/aot-run.log" >&2; fail "the stack did not start"; }
  curl -fsS -o /dev/null "http://localhost:$GATEWAY_PORT/api/aids?limit=5" || fail "no catalogue through the gateway"
}

deploy/local/stop >/dev/null || true
rm -rf "$AOT_CACHES"
echo "First run on $home (builds the aot-jar packaging, records the caches)..."
run_and_serve
deploy/local/stop >/dev/null
for service in "${services[@]}"; do
  [ -s "$AOT_CACHES/$service.aot" ] || fail "no cache written for $service"
done
echo "Second run, from the caches..."
run_and_serve
for service in "${services[@]}"; do
  tr '\0' ' ' <"/proc/$(pid_of "$service")/cmdline" | grep -q -- "-XX:AOTCache=" || fail "$service did not start from its cache"
  echo "  $service: $(grep -o 'started in [0-9.]*s' "$LOGS/$service.log" | tail -n 1), from $AOT_CACHES/$service.aot"
done
deploy/local/stop >/dev/null
echo "AOT run checked: caches recorded, written at stop, and loaded by the next run."
