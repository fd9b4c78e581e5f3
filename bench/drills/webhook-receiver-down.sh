#!/usr/bin/env bash
# The partner's webhook receiver down for DOWN_MINUTES (10) under RATE (50) changes a second, then back.
# partner-demo (CPAM-02) subscribes deploy/local/webhook-receiver to case.created and message.posted and
# files CASES (10) cases; the correspondant (02, 41) posts messages on them, RATE a second spread evenly,
# for BEFORE_SECONDS (60) with the receiver up, DOWN_MINUTES with it stopped, AFTER_SECONDS (60) once it is
# back. Must hold: no event of those cases lost; the backlog delivered within 2 minutes of the receiver's
# return; each case's events first received in order; every signature good; every message answered 201
# all along (their p99 before, during and after the outage is printed). Duplicates are counted.
# The stack must let RATE through: start it with the rate limits raised (bench/gateway-cost.sh's header).
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
source "$root/bench/lib/stack.sh"
source "$root/bench/drills/lib.sh"
hooks_dir=$drill_work
source "$root/bench/lib/webhooks.sh"
require_tools hey curl psql java
require_stack
down=$(( ${DOWN_MINUTES:-10} * 60 ))
rate=${RATE:-50}
count=${CASES:-10}
per_case=$(( rate / count ))
segment=0

# traffic PHASE SECONDS: per_case messages a second on each case, in runs of at most a minute (a token
# lives 300 s and hey keeps the one it was given)
traffic() {
  local phase=$1 left=$2 seconds token pids i
  while [ "$left" -gt 0 ]; do
    seconds=$(( left < 60 ? left : 60 ))
    left=$(( left - seconds ))
    token=$(password_token correspondant)
    pids=()
    for i in "${!case_ids[@]}"; do
      stream "$phase-$segment-$i" "$seconds" "$per_case" -m POST -T application/json -d '{"body":"Message du drill"}' \
        -H "Authorization: Bearer $token" "$gateway/api/cases/${case_ids[$i]}/messages"
      pids+=($!)
    done
    wait "${pids[@]}"
    segment=$((segment + 1))
  done
}

# p99_of PHASE: the median and the worst of the p99s of the phase's streams, in ms (hey prints no p99 under
# about 100 answers: the slowest then)
p99_of() {
  local name
  for name in "$drill_work/$1"-*; do
    hey_p 99 <"$name" | grep . || awk '/Slowest:/ { print $2 * 1000 }' "$name"
  done | sort -n \
    | awk '{ v[NR] = $1 } END { printf "%s ms (median of %d streams; worst %s ms)", v[int((NR + 1) / 2)], NR, v[NR] }'
}

all_201() {
  local name
  for name in "$drill_work"/before-* "$drill_work"/down-* "$drill_work"/after-*; do only "${name##*/}" 201 || return 1; done
}

messages() { cat "$drill_work"/before-* "$drill_work"/down-* "$drill_work"/after-* | hey_statuses_total; }

hooks_subscribe
at_exit='hooks_receiver_stop; hooks_unsubscribe'
partner=$(partner_token)
case_ids=()
for _ in $(seq 1 "$count"); do case_ids+=("$(partner_case "$partner" "Drill $tag")"); done
hooks_receiver_start
echo "Webhook receiver drill: $count cases of partner-demo, $rate messages/s; ${BEFORE_SECONDS:-60} s with the receiver up,"
echo "$down s with it down, ${AFTER_SECONDS:-60} s after its return..."
traffic before "${BEFORE_SECONDS:-60}"
hooks_receiver_stop
stopped=$(date +%s%3N)
traffic down "$down"
hooks_receiver_start
returned=$(date +%s%3N)
echo "  receiver back after $(( (returned - stopped) / 1000 )) s"
traffic after "${AFTER_SECONDS:-60}"
hooks_expected "${case_ids[@]}" >"$drill_work/expected"
hooks_wait_for "$drill_work/expected" 300
expected=$(wc -l <"$drill_work/expected")
missing=$(hooks_missing "$drill_work/expected")
# the last first receipt of an event written before the return, after the return
backlog_ms=$(join <(awk -v r="$returned" '$3 < r { print $1 }' "$drill_work/expected" | sort) \
  <(hooks_firsts | awk '{ print $2, $1 }' | sort) | awk -v r="$returned" '{ d = $2 - r } d > m { m = d } END { print m + 0 }')
backlog=$(awk -v r="$returned" '$3 < r' "$drill_work/expected" | wc -l)
echo "  messages: $(messages)"
echo "  message p99 before the outage: $(p99_of before)"
echo "  message p99 while the receiver was down: $(p99_of down)"
echo "  message p99 after its return, the backlog draining: $(p99_of after)"
echo "  events: $expected written, $(hooks_received_count) received, $missing missing, $(hooks_duplicates) duplicates"
echo "  backlog of $backlog events written before the return all received $(( backlog_ms / 1000 )) s after it"
check "every message answered 201, before, during and after the outage" all_201
check "no event lost ($missing of $expected missing)" [ "$missing" = 0 ]
check "the backlog delivered within 2 minutes of the receiver's return ($(( backlog_ms / 1000 )) s)" [ "$backlog_ms" -le 120000 ]
check "each case's events first received in order ($(hooks_out_of_order) out of order)" [ "$(hooks_out_of_order)" = 0 ]
check "every signature good" [ "$(hooks_bad_signatures)" = 0 ]
finish "webhook-receiver-down (${DOWN_MINUTES:-10} min)"
