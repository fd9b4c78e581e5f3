#!/usr/bin/env bash
# Eligibility simulations per second on the seeded catalogue, straight to aids-service and through the
# gateway, alternating within each run. Needs the stack (deploy/local/run --background, with the
# anonymous rate limit raised as bench/gateway-cost.sh shows) and hey (apt-get install hey).
#   bench/eligibility.sh        RUNS (5), REQUESTS (20000), CONCURRENCY (32)
# Prints each run and the medians; appends them to bench/results/eligibility.txt.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
source "$root/bench/lib/stack.sh"
require_tools hey curl
require_stack
runs=${RUNS:-5}
requests=${REQUESTS:-20000}
concurrency=${CONCURRENCY:-32}
mkdir -p "$root/bench/results"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# A liberal GP installing in a mountain commune of Lozère, with every criterion answered.
cat >"$work/body" <<'JSON'
{"profession":"GENERAL_PRACTITIONER","careerStage":"INSTALLING","targetCommune":"48095","practiceMode":"LIBERAL",
 "coordinatedPractice":"MSP","sector":"SECTOR_1","onCallDuty":true,"daysPerWeek":4,"plannedStartDate":"2026-03-01",
 "aidsAlreadyReceived":[{"code":"CESP","date":"2019-09-01"}]}
JSON
declare -A urls=([direct]="$aids/eligibility" [gateway]="$gateway/api/eligibility")

simulate() {
  hey -n "$1" -c "$concurrency" -m POST -T application/json -D "$work/body" "$2"
}

for via in direct gateway; do
  status=$(curl -s -o /dev/null -w '%{http_code}' -H 'Content-Type: application/json' --data @"$work/body" "${urls[$via]}")
  [ "$status" = 200 ] || { echo "The simulation answers $status, not 200, at ${urls[$via]}" >&2; exit 1; }
done

echo "Warming up (JIT, pools)..."
for via in direct gateway; do simulate "$requests" "${urls[$via]}" >/dev/null; done
for i in $(seq 1 "$runs"); do
  for via in direct gateway; do
    report=$(simulate "$requests" "${urls[$via]}")
    if [ "$(echo "$report" | hey_non2xx)" != 0 ] || [ "$(echo "$report" | hey_errors)" != 0 ]; then
      echo "Run $i ($via) had answers other than 200:" >&2
      echo "$report" | sed -n '/Status code distribution/,$p' >&2
      exit 1
    fi
    echo "$report" | hey_rps >>"$work/$via.rps"
    echo "$report" | hey_p 99 >>"$work/$via.p99"
    echo "run $i, $via: $(tail -n1 "$work/$via.rps") simulations/s, p99 $(tail -n1 "$work/$via.p99") ms"
  done
done
{
  for via in direct gateway; do
    echo "$(stamp) $via ${urls[$via]} runs=$runs requests=$requests concurrency=$concurrency" \
      "median_rps=$(median <"$work/$via.rps") median_p99_ms=$(median <"$work/$via.p99")"
  done
} | tee -a "$root/bench/results/eligibility.txt"
