#!/usr/bin/env bash
# Eligibility simulations per second through HTTP, on the seeded catalogue.
# Needs a running aids-service (deploy/local/run --background) and hey (apt-get install hey).
#   bench/eligibility.sh [URL]        RUNS, REQUESTS, CONCURRENCY override the defaults
# Prints each run and the medians; appends them to bench/results/eligibility.txt.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
source "$here/lib/measure.sh"
url=${1:-http://localhost:8081/eligibility}
runs=${RUNS:-5}
requests=${REQUESTS:-20000}
concurrency=${CONCURRENCY:-32}
mkdir -p "$here/results"
body=$(mktemp)
trap 'rm -f "$body"' EXIT
# A liberal GP installing in a mountain commune of Lozère, with every criterion answered.
cat >"$body" <<'JSON'
{"profession":"GENERAL_PRACTITIONER","careerStage":"INSTALLING","targetCommune":"48095","practiceMode":"LIBERAL",
 "coordinatedPractice":"MSP","sector":"SECTOR_1","onCallDuty":true,"daysPerWeek":4,"plannedStartDate":"2026-03-01",
 "aidsAlreadyReceived":[{"code":"CESP","date":"2019-09-01"}]}
JSON

status=$(curl -s -o /dev/null -w '%{http_code}' -H 'Content-Type: application/json' --data @"$body" "$url")
[ "$status" = 200 ] || { echo "The simulation answers $status, not 200: is the service up at $url?" >&2; exit 1; }

hey_run() {
  hey -n "$1" -c "$concurrency" -m POST -T application/json -D "$body" "$url"
}

echo "Warming up (JIT, pools)..."
hey_run "$requests" >/dev/null
throughputs=()
p99s=()
for i in $(seq 1 "$runs"); do
  out=$(hey_run "$requests")
  if echo "$out" | grep -q "Error distribution"; then
    echo "Run $i had errors:" >&2
    echo "$out" | sed -n '/Error distribution/,$p' >&2
    exit 1
  fi
  rps=$(echo "$out" | awk '/Requests\/sec/ { print $2 }')
  p99=$(echo "$out" | awk '/ 99% in / { print $3 * 1000 }')
  non200=$(echo "$out" | awk '/\[[0-9]+\]/ && !/\[200\]/ { n += $2 } END { print n + 0 }')
  [ "$non200" -eq 0 ] || { echo "Run $i: $non200 answers were not 200" >&2; exit 1; }
  echo "run $i: $rps simulations/s, p99 ${p99} ms"
  throughputs+=("$rps")
  p99s+=("$p99")
done
median_rps=$(printf '%s\n' "${throughputs[@]}" | median)
median_p99=$(printf '%s\n' "${p99s[@]}" | median)
line="$(date -u +%Y-%m-%dT%H:%MZ) url=$url runs=$runs requests=$requests concurrency=$concurrency median_rps=$median_rps median_p99_ms=$median_p99"
echo "$line" | tee -a "$here/results/eligibility.txt"
