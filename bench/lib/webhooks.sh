# What the webhook drills and benchmark share: partner-demo's subscription to the local receiver
# (deploy/local/webhook-receiver, logging each delivery to a file), cases partner-demo files so that it
# receives their events, and what the receiver's log says against the outbox. Sourced after stack.sh;
# hooks_dir is where the log and answers go (set it first).
hooks_port=${RECEIVER_PORT:-8099}
hooks_types='"case.created","message.posted"'
hooks_log=$hooks_dir/received.log
hooks_pid=""

cases_sql() { psql "postgresql://${GUICHET_DB_USER:-guichet}:${GUICHET_DB_PASSWORD:-guichet}@127.0.0.1:${GUICHET_POSTGRES_PORT:-5432}/guichet_cases" -qAt -F ' ' -c "$1"; }

# hooks_subscribe: partner-demo subscribes the receiver to case.created and message.posted; sets
# hooks_subscription and hooks_secret
hooks_subscribe() {
  local answer
  answer=$(curl -fsS -H "Authorization: Bearer $(partner_token)" -H 'Content-Type: application/json' \
    -d "{\"url\":\"http://127.0.0.1:$hooks_port/hooks\",\"eventTypes\":[$hooks_types]}" "$gateway/api/webhooks/subscriptions")
  hooks_subscription=$(echo "$answer" | sed -n 's/.*"id":"\([^"]*\)".*/\1/p')
  hooks_secret=$(echo "$answer" | sed -n 's/.*"secret":"\([^"]*\)".*/\1/p')
  [ -n "$hooks_subscription" ] && [ -n "$hooks_secret" ] || { echo "Could not subscribe: $answer" >&2; return 1; }
}

# hooks_unsubscribe: so that no later run keeps retrying towards a receiver that is gone
hooks_unsubscribe() {
  [ -z "${hooks_subscription:-}" ] || curl -s -o /dev/null -X DELETE -H "Authorization: Bearer $(partner_token)" \
    "$gateway/api/webhooks/subscriptions/$hooks_subscription" || true
}

hooks_receiver_start() {
  WEBHOOK_LOG=$hooks_log WEBHOOK_SECRET=$hooks_secret "$root/deploy/local/webhook-receiver" "$hooks_port" \
    >>"$hooks_dir/receiver.out" 2>&1 &
  hooks_pid=$!
  until (exec 3<>"/dev/tcp/127.0.0.1/$hooks_port") 2>/dev/null; do sleep 0.1; done
}

hooks_receiver_stop() {
  [ -z "$hooks_pid" ] || { kill "$hooks_pid" 2>/dev/null; wait "$hooks_pid" 2>/dev/null || true; }
  hooks_pid=""
}

# partner_case TOKEN LAST_NAME: a case partner-demo files (with the Idempotency-Key partners send); prints its id
partner_case() {
  local location
  location=$(curl -fsS -D - -o /dev/null -H "Authorization: Bearer $1" -H 'Content-Type: application/json' \
    -H "Idempotency-Key: $(cat /proc/sys/kernel/random/uuid)" \
    -d "{\"professional\":{\"rpps\":\"10005173140\",\"firstName\":\"Bench\",\"lastName\":\"$2\",\"email\":\"bench@example.org\",\"profession\":\"GENERAL_PRACTITIONER\",\"careerStage\":\"INSTALLING\"},\"project\":{\"targetCommune\":\"02408\"}}" \
    "$gateway/api/cases" | tr -d '\r' | awk 'tolower($1) == "location:" { print $2 }')
  [ -n "$location" ] || return 1
  echo "${location##*/}"
}

# hooks_expected CASE_ID...: the events of those cases the subscription wants, "evt_<id> <case> <written ms>", by id
hooks_expected() {
  cases_sql "select 'evt_' || id, case_id, (extract(epoch from created_at) * 1000)::bigint from outbox_event
             where case_id in ($(printf "'%s'," "$@" | sed 's/,$//')) and type in (${hooks_types//\"/\'}) order by id"
}

# The log's first receipt of each webhook-id, in the order received
hooks_firsts() { awk '!seen[$2]++' "$hooks_log"; }
hooks_received_count() { hooks_firsts | wc -l; }
hooks_duplicates() { echo $(( $(wc -l <"$hooks_log") - $(hooks_received_count) )); }

# hooks_missing EXPECTED_FILE: how many expected webhook-ids were never received
hooks_missing() { comm -23 <(cut -d' ' -f1 "$1" | sort) <(hooks_firsts | cut -d' ' -f2 | sort) | wc -l; }

# hooks_out_of_order: how many first receipts came after a later event of the same case
hooks_out_of_order() { hooks_firsts | awk '{ n = substr($2, 5) + 0 } n < last[$5] { bad++ } { if (n > last[$5]) last[$5] = n } END { print bad + 0 }'; }

hooks_bad_signatures() { awk '$6 != "signature_OK"' "$hooks_log" | wc -l; }

# hooks_wait_for EXPECTED_FILE SECONDS: waits until every expected event was received, at most SECONDS
hooks_wait_for() {
  local until=$(( $(date +%s) + $2 ))
  while [ "$(hooks_missing "$1")" != 0 ] && [ "$(date +%s)" -lt "$until" ]; do sleep 1; done
}

# The answers of several hey reports (on stdin) by status, summed: "201=3000 ..."
hey_statuses_total() { awk '/^ +\[[0-9]+\]/ { gsub(/[\[\]]/, "", $1); n[$1] += $2 } END { for (s in n) printf "%s=%s ", s, n[s] }'; }
