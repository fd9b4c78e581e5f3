#!/usr/bin/env bash
# Webhook deliveries to the local receiver (deploy/local/webhook-receiver), three figures:
#  - drain: EVENTS (10000) events of CASES (100) cases of partner-demo queued while its subscription is
#    paused, then resumed: deliveries a second from the first receipt to the last (goal >= 1,000/s);
#  - the CPU a delivery costs over that drain: cases-service's (fan-out, claim, signing, sending, recording),
#    PostgreSQL's and the receiver's (which checks each signature);
#  - commit to receipt: RATE (100) messages a second posted through the gateway on 10 of those cases for
#    LATENCY_SECONDS (30); p50/p99 of the receipt time less the event's timestamp (goal p99 < 500 ms).
# The drain's events are written straight into the outbox (as fr.guichet.cases.outbox.Outbox writes them),
# so that it measures the publisher alone. Every figure is the median of RUNS (3) runs, after one untimed drain.
# Start the stack with rate limits out of the way first (see bench/gateway-cost.sh).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
source "$root/bench/lib/stack.sh"
require_tools hey curl psql java
require_stack
runs=${RUNS:-3}
events=${EVENTS:-10000}
count=${CASES:-100}
rate=${RATE:-100}
latency_seconds=${LATENCY_SECONDS:-30}
results=$root/bench/results
mkdir -p "$results"
out=$results/webhooks.txt
work=$(mktemp -d)
hooks_dir=$work
source "$root/bench/lib/webhooks.sh"
trap 'hooks_receiver_stop; hooks_unsubscribe; kill $(jobs -p) 2>/dev/null || true; rm -rf "$work"' EXIT

record() { echo "$1" >>"$work/$2"; }
median_of() { median <"$work/$1"; }

paused() {
  curl -fsS -o /dev/null -X PATCH -H "Authorization: Bearer $(partner_token)" -H 'Content-Type: application/merge-patch+json' \
    -d "{\"paused\":$1}" "$gateway/api/webhooks/subscriptions/$hooks_subscription"
}

# queue N: N message.posted events spread over the cases, written into the outbox in one transaction
queue() {
  cases_sql "insert into outbox_event (case_id, type, payload, created_at)
             select c::uuid, 'message.posted', jsonb_build_object('messageId', gen_random_uuid(), 'authorRole', 'CORRESPONDANT'), now()
             from generate_series(1, $(( $1 / count ))), unnest(array[$(printf "'%s'," "${case_ids[@]}" | sed 's/,$//')]) c"
}

# since MS: the first receipts of the events written since then
since() { hooks_firsts | awk -v t="$1" '$7 >= t'; }
drained() { since "$queued_at" | wc -l; }

fanned_out() { [ "$(cases_sql "select count(*) from outbox_event where published_at is null")" = 0 ]; }

hooks_subscribe
# the receiver first: a case.created refused now would be retried with backoff, holding its case's drain back
hooks_receiver_start
partner=$(partner_token)
case_ids=()
for _ in $(seq 1 "$count"); do case_ids+=("$(partner_case "$partner" "Bench webhooks")"); done
cases_pid=$(pid_of cases-service)
pg_pid=$(postmaster_pid)
per_case=$(( rate / 10 ))

queued=$(( events / count * count ))
# queue_paused: EVENTS queued while the subscription is paused, and fanned out (the receiver's log reset)
queue_paused() {
  paused true
  : >"$hooks_log"
  queued_at=$(date +%s%3N)
  queue "$events"
  until fanned_out; do sleep 0.2; done
}
drained_all() { until [ "$(drained)" -ge "$queued" ]; do sleep 0.1; done; }

# one drain untimed first: the runs measure the publisher compiled, as a service that has been up a while runs it
queue_paused
paused false
drained_all

for run in $(seq 1 "$runs"); do
  # drain
  queue_paused
  before=$(cpu_ticks "$cases_pid") pg_before=$(tree_cpu_ticks "$pg_pid") receiver_before=$(tree_cpu_ticks "$hooks_pid")
  paused false
  drained_all
  after=$(cpu_ticks "$cases_pid") pg_after=$(tree_cpu_ticks "$pg_pid") receiver_after=$(tree_cpu_ticks "$hooks_pid")
  record "$(awk -v since="$queued_at" '$7 >= since { n++; if (n == 1 || $1 < first) first = $1; if ($1 > last) last = $1 }
    END { d = last - first; printf "%.0f", n / (d > 0 ? d : 1) * 1000 }' "$hooks_log")" drain.rate
  per_delivery() { awk -v d=$(($2 - $1)) -v hz="$hz" -v n="$queued" 'BEGIN { printf "%.0f", d / hz / n * 1e6 }'; }
  record "$(per_delivery "$before" "$after")" drain.cpu
  record "$(per_delivery "$pg_before" "$pg_after")" drain.pg
  record "$(per_delivery "$receiver_before" "$receiver_after")" drain.receiver
  echo "run $run, drain of $queued: $(tail -n1 "$work/drain.rate") deliveries/s; CPU per delivery: cases-service" \
    "$(tail -n1 "$work/drain.cpu") us, PostgreSQL $(tail -n1 "$work/drain.pg") us, receiver $(tail -n1 "$work/drain.receiver") us"

  # commit to receipt
  started=$(date +%s%3N)
  token=$(password_token correspondant)
  for i in $(seq 0 9); do
    hey -z "${latency_seconds}s" -c 1 -q "$per_case" -m POST -T application/json -d '{"body":"Message du benchmark"}' \
      -H "Authorization: Bearer $token" "$gateway/api/cases/${case_ids[$i]}/messages" >"$work/messages-$i" &
  done
  wait $(jobs -p | grep -vx "$hooks_pid")
  sent=$(cat "$work"/messages-* | awk '/^ +\[201\]/ { n += $2 } END { print n + 0 }')
  until [ "$(since "$started" | wc -l)" -ge "$sent" ]; do sleep 0.1; done
  since "$started" | awk '{ print $1 - $7 }' | sort -n >"$work/latencies"
  [ -z "${KEEP_LOG:-}" ] || cp "$hooks_log" "$KEEP_LOG"
  record "$(awk '{ v[NR] = $1 } END { print v[int(NR * 0.5) + (NR * 0.5 > int(NR * 0.5))] }' "$work/latencies")" latency.p50
  record "$(awk '{ v[NR] = $1 } END { i = int(NR * 0.99); if (i < NR * 0.99) i++; print v[i] }' "$work/latencies")" latency.p99
  echo "run $run, $sent messages at $rate/s: commit to receipt p50 $(tail -n1 "$work/latency.p50") ms," \
    "p99 $(tail -n1 "$work/latency.p99") ms, max $(tail -n1 "$work/latencies") ms ($(cat "$work"/messages-* | hey_statuses_total))"
done

now=$(stamp)
{
  echo "$now webhook drain of $(( events / count * count )) events over $count cases (median of $runs): $(median_of drain.rate) deliveries/s;" \
    "CPU per delivery: cases-service $(median_of drain.cpu) us, PostgreSQL $(median_of drain.pg) us, receiver $(median_of drain.receiver) us"
  echo "$now webhook commit to receipt at $rate messages/s for $latency_seconds s (median of $runs): p50 $(median_of latency.p50) ms," \
    "p99 $(median_of latency.p99) ms (load average $(cut -d' ' -f1-3 /proc/loadavg))"
} | tee -a "$out"
