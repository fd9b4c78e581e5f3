#!/usr/bin/env bash
# Soak: MINUTES (10) of steady mixed traffic through the gateway, minute by minute:
#   a doctor reading their case (READ_RATE/s, 150), public catalogue reads (50/s), simulations (30/s),
#   a correspondant creating cases (CREATE_RATE/s, 20), and TRANSITION_WORKERS (2) desks each creating a
#   case and moving it to QUALIFIED with its ETag, one after the other, as fast as they are answered.
# Each minute prints answers by status, p99 of each stream and the RSS of every process; the end
# compares the first minute with the last, and fails on any error or non-2xx answer.
# Start the stack with rate limits raised (see bench/gateway-cost.sh), then: bench/soak.sh
# SOAK_STRICT=0 reports bad answers without failing (the CI smoke, which judges no figure).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
source "$root/bench/lib/stack.sh"
require_tools hey curl
require_stack
minutes=${MINUTES:-10}
seconds=${SECONDS_PER_MINUTE:-60}
read_rate=${READ_RATE:-150}
create_rate=${CREATE_RATE:-20}
workers=${TRANSITION_WORKERS:-2}
results=$root/bench/results
mkdir -p "$results"
work=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$work"' EXIT
simulation_body >"$work/simulation.json"
new_case_body Soak >"$work/case.json"
processes=(gateway aids-service cases-service keycloak)

# at_rate RATE NAME [hey options...] URL: a fixed-rate stream for this minute (10 workers, or fewer)
at_rate() {
  local rate=$1 name=$2 c=10
  shift 2
  [ "$rate" -lt 10 ] && c=$rate
  hey -z "${seconds}s" -c "$c" -q $((rate / c)) "$@" >"$work/$name.report" 2>&1
}

# a desk: create a case, read its ETag, move it to QUALIFIED; one line per answer
transitions() {
  local token=$1 until=$(( $(date +%s) + seconds )) location etag
  while [ "$(date +%s)" -lt "$until" ]; do
    location=$(curl -s -D - -o /dev/null -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
      --data @"$work/case.json" "$gateway/api/cases" | tr -d '\r' | awk 'tolower($1) == "location:" { print $2 }')
    [ -n "$location" ] || { echo "create failed"; continue; }
    echo "create 201"
    etag=$(curl -s -D - -o /dev/null -H "Authorization: Bearer $token" "$gateway$location" | tr -d '\r' \
      | awk 'tolower($1) == "etag:" { print $2 }')
    echo "move $(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $token" -H "If-Match: $etag" \
      -H 'Content-Type: application/json' -d '{"to":"QUALIFIED","reason":"soak"}' "$gateway$location/transitions")"
  done
}

# PostgreSQL's processes share their buffers: their proportional set sizes add up, their RSS would not
postgres_rss() {
  for pid in $(pgrep -x postgres); do awk '/^Pss:/ { print $2 }' "/proc/$pid/smaps_rollup" 2>/dev/null; done \
    | awk '{ s += $1 } END { printf "%.0f", s / 1024 }'
}

echo "minute | answers by status | p99 ms: case read / catalogue / simulation / creation | transitions | RSS MB: $(echo "${processes[@]}") postgres" \
  | tee "$work/table"
for minute in $(seq 1 "$minutes"); do
  doctor=$(password_token doctor) # tokens live 300 s: a fresh one each minute
  correspondant=$(password_token correspondant)
  id=$(first_id "$gateway/api/cases?limit=1" "$doctor")
  at_rate "$read_rate" read -H "Authorization: Bearer $doctor" "$gateway/api/cases/$id" &
  at_rate 50 catalogue "$gateway/api/aids?limit=20" &
  at_rate 30 simulation -m POST -T application/json -D "$work/simulation.json" "$gateway/api/eligibility" &
  at_rate "$create_rate" creation -m POST -T application/json -D "$work/case.json" -H "Authorization: Bearer $correspondant" "$gateway/api/cases" &
  for w in $(seq 1 "$workers"); do transitions "$correspondant" >"$work/transitions.$w" & done
  wait
  statuses=$(cat "$work"/*.report | hey_statuses | tr ' ' '\n' | awk -F= '{ n[$1] += $2 } END { for (s in n) printf "%s=%d ", s, n[s] }')
  errors=$(for f in "$work"/*.report; do hey_errors <"$f"; done | awk '{ s += $1 } END { print s + 0 }')
  moved=$(cat "$work"/transitions.* | grep -c '^move 200' || true)
  failed=$(cat "$work"/transitions.* | grep -vc -e '^move 200' -e '^create 201' || true)
  # hey prints no p99 for a stream of fewer than 100 answers (the CI smoke's short minutes)
  p99s=$(for s in read catalogue simulation creation; do p99=$(hey_p 99 <"$work/$s.report"); echo "${p99:--}"; done | paste -sd/)
  rss=$(for p in "${processes[@]}"; do rss_mb "$(pid_of "$p")"; done | paste -sd' ')
  line="$minute | ${statuses}errors=$errors | $p99s | $moved moved, $failed failed | $rss $(postgres_rss)"
  echo "$line" | tee -a "$work/table"
  non2xx=$(cat "$work"/*.report | hey_non2xx)
  echo "$non2xx $errors $failed" >>"$work/bad"
  cat "$work"/*.report >>"$work/all-reports"
done
bad=$(awk '{ s += $1 + $2 + $3 } END { print s + 0 }' "$work/bad")
{
  echo "$(stamp) soak of $minutes x ${seconds}s through the gateway, $(awk '{ s += $1 } END { print s }' "$work/bad") non-2xx, errors/failed transitions: $(awk '{ s += $2 + $3 } END { print s }' "$work/bad")"
  echo "  first: $(sed -n 2p "$work/table")"
  echo "  last:  $(tail -n 1 "$work/table")"
} | tee -a "$results/soak.txt"
cp "$work/table" "$results/soak-last-table.txt"
if [ "$bad" != 0 ]; then
  echo "The soak saw $bad bad answers." >&2
  [ "${SOAK_STRICT:-1}" = 0 ] || exit 1
fi
