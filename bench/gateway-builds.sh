#!/usr/bin/env bash
# Which gateway build costs less CPU per request: an A/B (or A/B/C) of builds on one running stack, the
# builds taking turns so that the machine's drift weighs on each alike. Only the ratios within one run mean
# something; absolute figures move with whatever else the machine does.
#   bench/gateway-builds.sh DIR...   each DIR a gateway build's quarkus-app directory, copied aside first, e.g.
#     ./mvnw -q package -DskipTests -pl gateway && cp -r gateway/target/quarkus-app /tmp/with-otel
#     ./mvnw -q package -DskipTests -pl gateway -Dquarkus.otel.enabled=false && cp -r gateway/target/quarkus-app /tmp/without-otel
#     bench/gateway-builds.sh /tmp/with-otel /tmp/without-otel
# Start the stack with rate limits out of the way first (see bench/gateway-cost.sh).
# ROUNDS (3), CPU_REQUESTS (30000), WARMUP (20000). The gateway's own build is put back at the end.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
source "$root/bench/lib/stack.sh"
require_tools hey curl
require_stack
[ $# -ge 2 ] || { echo "usage: bench/gateway-builds.sh DIR DIR..." >&2; exit 2; }
for dir in "$@"; do [ -f "$dir/quarkus-run.jar" ] || { echo "$dir is not a quarkus-app directory" >&2; exit 2; }; done
rounds=${ROUNDS:-3}
requests=${CPU_REQUESTS:-30000}
warmup=${WARMUP:-20000}
app=$root/gateway/target/quarkus-app
work=$(mktemp -d)
mv "$app" "$work/own"
restore() {
  rm -rf "$app" && mv "$work/own" "$app" && "$root/deploy/local/service" restart gateway >/dev/null
  rm -rf "$work"
}
trap restore EXIT

t=$(password_token doctor)
id=$(first_id "$cases/cases?limit=1" "$t")
[ -n "$id" ] || { echo "The doctor has no case: start the stack with its demo cases (GUICHET_DEMO=1)" >&2; exit 1; }
authenticated="$gateway/api/cases/$id" public="$gateway/api/aids?limit=20"
for run in $(seq 1 "$rounds"); do
  for i in $(seq 1 $#); do
    dir=${!i}
    rm -rf "$app" && cp -r "$dir" "$app"
    "$root/deploy/local/service" restart gateway >/dev/null
    t=$(password_token doctor) # tokens live 300 s
    hey -n "$warmup" -c 32 -H "Authorization: Bearer $t" "$authenticated" >/dev/null
    hey -n "$warmup" -c 32 "$public" >/dev/null
    cpu_per_request "$(pid_of gateway)" "$requests" "$authenticated" "$t" >>"$work/$i.authenticated"
    cpu_per_request "$(pid_of gateway)" "$requests" "$public" >>"$work/$i.public"
    echo "round $run, $dir: authenticated $(tail -n1 "$work/$i.authenticated") us, public $(tail -n1 "$work/$i.public") us"
  done
done
now=$(stamp)
for i in $(seq 1 $#); do
  echo "$now gateway build ${!i} (median of $rounds x $requests): authenticated $(median <"$work/$i.authenticated") us," \
    "public $(median <"$work/$i.public") us"
done | tee -a "$root/bench/results/gateway-builds.txt"
