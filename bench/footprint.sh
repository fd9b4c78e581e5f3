#!/usr/bin/env bash
# Start-up time and resident memory of each service on the JVM, with the settings deploy/local/run
# gave them (GUICHET_JAVA_OPTS, default -Xms32m -Xmx160m -XX:+UseSerialGC; GUICHET_JAVA_HOME and
# GUICHET_AOT=1 for an ahead-of-time cache, recorded by the stack's first run). Each service in turn is
# stopped and started again alone while the rest of the stack idles; measured:
#   ready: from launching `java` to the first 200 of /q/health/ready (polled every 50 ms)
#   Quarkus: the "started in" of its log (JVM start excluded)
#   RSS at rest (5 s after ready) and after load (LOAD requests of its usual traffic, then 5 s)
#   bench/footprint.sh     RUNS (3), LOAD (20000)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
source "$root/bench/lib/stack.sh"
require_tools hey curl
require_stack
runs=${RUNS:-3}
load=${LOAD:-20000}
results=$root/bench/results
mkdir -p "$results"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
simulation_body >"$work/simulation.json"
new_case_body Footprint >"$work/case.json"
declare -A health=([aids-service]=$aids [cases-service]=$cases [welcome-service]=$welcome [gateway]=$gateway)

now_ms() { date +%s%3N; }

# its usual traffic: simulations and catalogue reads; case reads and creations; the public's event lists and offer
# searches; for the gateway, case and catalogue reads through it
load_service() {
  local doctor correspondant id
  doctor=$(password_token doctor)
  correspondant=$(password_token correspondant)
  id=$(first_id "$cases/cases?limit=1" "$doctor")
  case $1 in
    aids-service)
      hey -n "$load" -c 16 -m POST -T application/json -D "$work/simulation.json" "$aids/eligibility"
      hey -n "$load" -c 16 "$aids/aids?limit=20" ;;
    cases-service)
      hey -n "$load" -c 16 -H "Authorization: Bearer $doctor" "$cases/cases/$id"
      hey -n $((load / 10)) -c 8 -m POST -T application/json -D "$work/case.json" -H "Authorization: Bearer $correspondant" "$cases/cases" ;;
    welcome-service)
      hey -n "$load" -c 16 "$welcome/events?department=41"
      hey -n "$load" -c 16 "$welcome/offers?department=47" ;;
    gateway)
      hey -n "$load" -c 16 -H "Authorization: Bearer $doctor" "$gateway/api/cases/$id"
      hey -n "$load" -c 16 "$gateway/api/aids?limit=20" ;;
  esac >"$work/load"
  [ "$(hey_errors <"$work/load")" = 0 ] || { echo "errors while loading $1" >&2; exit 1; }
}

for run in $(seq 1 "$runs"); do
  for service in aids-service cases-service welcome-service gateway; do
    "$root/deploy/local/service" stop "$service"
    sleep 2
    start=$(now_ms)
    "$root/deploy/local/service" start "$service" >/dev/null &
    until curl -fsS -o /dev/null "${health[$service]}/q/health/ready" 2>/dev/null; do sleep 0.05; done
    ready=$(( $(now_ms) - start ))
    wait
    pid=$(pid_of "$service")
    quarkus=$(grep -o 'started in [0-9.]*s' "$data/logs/$service.log" | tail -n 1 | grep -o '[0-9.]*')
    sleep 5
    rest=$(rss_mb "$pid")
    load_service "$service"
    sleep 5
    loaded=$(rss_mb "$pid")
    echo "run $run, $service: ready in $ready ms (Quarkus: ${quarkus}s), RSS at rest $rest MB, after load $loaded MB"
    echo "$ready" >>"$work/$service.ready"
    echo "$quarkus" >>"$work/$service.quarkus"
    echo "$rest" >>"$work/$service.rest"
    echo "$loaded" >>"$work/$service.loaded"
  done
done
# the JVM settings run saved: options, Java and ahead-of-time cache
opts=$(grep -oE "GUICHET_(JAVA_OPTS|JAVA_HOME|AOT)=.*" "$data/settings.env" 2>/dev/null | paste -sd ' ' - || true)
opts=${opts:-"GUICHET_JAVA_OPTS unset: run script's default"}
for service in aids-service cases-service welcome-service gateway; do
  echo "$(stamp) $service (median of $runs; $opts): ready $(median <"$work/$service.ready") ms," \
    "Quarkus started in $(median <"$work/$service.quarkus") s, RSS at rest $(median <"$work/$service.rest") MB," \
    "after $load requests $(median <"$work/$service.loaded") MB"
done | tee -a "$results/footprint.txt"
