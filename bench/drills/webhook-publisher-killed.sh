#!/usr/bin/env bash
# cases-service killed (SIGKILL) while it drains a webhook backlog, then started again. partner-demo
# subscribes deploy/local/webhook-receiver and files CASES (10) cases; with the receiver down, the
# correspondant posts BACKLOG (3000) messages on them (50 a second); the receiver comes back and, once a
# fifth of the backlog has arrived, cases-service is killed, then started again. Must hold: no event lost,
# each case's events first received in order, every signature good. Duplicates (the deliveries in flight
# when it died, sent again when their lease ran out) are counted.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
source "$root/bench/lib/stack.sh"
source "$root/bench/drills/lib.sh"
hooks_dir=$drill_work
source "$root/bench/lib/webhooks.sh"
require_tools hey curl psql java
require_stack
count=${CASES:-10}
backlog=${BACKLOG:-3000}
rate=50

hooks_subscribe
at_exit='hooks_receiver_stop; hooks_unsubscribe'
partner=$(partner_token)
case_ids=()
for _ in $(seq 1 "$count"); do case_ids+=("$(partner_case "$partner" "Drill $tag")"); done
echo "Webhook publisher drill: $backlog messages on $count cases with the receiver down, then cases-service"
echo "killed during the drain..."
correspondant=$(password_token correspondant)
for i in "${!case_ids[@]}"; do
  hey -n $(( backlog / count )) -c 1 -q $(( rate / count )) -m POST -T application/json -d '{"body":"Message du drill"}' \
    -H "Authorization: Bearer $correspondant" "$gateway/api/cases/${case_ids[$i]}/messages" >"$drill_work/messages-$i" &
done
wait
hooks_expected "${case_ids[@]}" >"$drill_work/expected"
expected=$(wc -l <"$drill_work/expected")
hooks_receiver_start
until [ "$(hooks_received_count)" -ge $(( expected / 5 )) ]; do sleep 0.05; done
"$service" kill cases-service
killed_at=$(hooks_received_count)
echo "  cases-service killed after $killed_at of $expected events were received"
started=$(date +%s%3N)
"$service" start cases-service >/dev/null
echo "  cases-service ready again in $(( $(date +%s%3N) - started )) ms"
hooks_wait_for "$drill_work/expected" 300
missing=$(hooks_missing "$drill_work/expected")
echo "  all received $(( ($(date +%s%3N) - started) / 1000 )) s after the restart began"
echo "  messages: $(cat "$drill_work"/messages-* | hey_statuses_total)"
echo "  events: $expected written, $(hooks_received_count) received, $missing missing, $(hooks_duplicates) duplicates"
check "every message answered 201" [ "$(cat "$drill_work"/messages-* | hey_non2xx)" = 0 ]
check "no event lost ($missing of $expected missing)" [ "$missing" = 0 ]
check "each case's events first received in order ($(hooks_out_of_order) out of order)" [ "$(hooks_out_of_order)" = 0 ]
check "every signature good" [ "$(hooks_bad_signatures)" = 0 ]
finish "webhook-publisher-killed"
