#!/usr/bin/env bash
# Deadlines and reminders at scale (issue #17): seeds COUNT synthetic cases (default 1,000,000) with ten partner tasks
# each, 300 partner organisations with a contact address and 100 correspondants into a dedicated database, starts a
# cases-service on it (port 8093, tokens verified with a local key, mails to the mock mailer) and measures:
#   - the overdue list (first page) of a correspondant of two departments, and of a partner organisation; the due-soon
#     list; the case list with its overdue counts — goal: overdue list p95 < 50 ms;
#   - the daily digest for the 100 correspondants, the 300 organisations and the professionals still expected to send
#     pieces, computed and queued by the job itself (its log line) — goal: < 10 s.
# Needs: deploy/local/run --background (for PostgreSQL), hey, psql and openssl (Debian: hey postgresql-client).
#   bench/deadlines.sh        RUNS (default 5), REQUESTS (default 1000), CONCURRENCY (default 4), KEEP_DB=1
# Prints the medians, appends them to bench/results/deadlines.txt and writes EXPLAIN (ANALYZE, BUFFERS) of the overdue
# list's query to bench/results/explain-deadlines-overdue.txt.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
source "$here/lib/stack.sh"
source "$here/lib/jwt.sh"
source "$here/lib/measure.sh"
source "$here/lib/scale.sh"

count=${COUNT:-1000000}
runs=${RUNS:-5}
requests=${REQUESTS:-1000}
concurrency=${CONCURRENCY:-4}
port=8093
db=guichet_deadlines_bench
results=$here/results
results_file=deadlines.txt
log=$results/deadlines-service.log
mkdir -p "$results"
# The digest job ticks every second from midnight on; the sender waits a day (the mock mailer would only log).
start_scale_service "$log" -Xmx256m -Dguichet.reminders.tick=1s -Dguichet.reminders.send-at=00:00 \
  -Dguichet.mail.send-every=24h -Dquarkus.mailer.mock=true -Dguichet.privacy.anonymisation-cron=off

echo "Seeding $count cases and $((count * 10)) tasks..."
seed_start=$(date +%s)
psql "$pg/$db" -q -v count="$count" -f "$here/sql/seed-cases.sql"
psql "$pg/$db" -q -v today="$(TZ=Europe/Paris date +%F)" -f "$here/sql/seed-deadlines.sql"
echo "Seeded in $(( $(date +%s) - seed_start )) s: $(psql "$pg/$db" -qAt -c "
  select count(*) filter (where case_open and status not in ('DONE', 'NOT_APPLICABLE') and due_date < current_date)
  from partner_task") tasks overdue."

correspondant=$(bench_token guichet-bench bench-correspondant correspondant '"departments":["02","41"]')
partner=$(bench_token guichet-bench service-account-bench-partner partner '"azp":"bench-partner","partner_org":"ORG-000"')
base="http://127.0.0.1:$port"
curl -fsS -o /dev/null -H "Authorization: Bearer $correspondant" "$base/deadlines/overdue" \
  || { echo "The overdue list does not answer 200 with the bench token; see $log" >&2; exit 1; }

measure "overdue list, first page (correspondant, 2 departments)" "$base/deadlines/overdue?limit=20" "$correspondant"
measure "overdue list, first page (partner organisation)" "$base/deadlines/overdue?limit=20" "$partner"
measure "due-soon list, first page (correspondant, 2 departments)" "$base/deadlines/due-soon?limit=20" "$correspondant"
measure "case list with overdue counts, first page (2 departments)" "$base/cases?limit=20" "$correspondant"

# The digest: each run forgets the day's run and mails, and waits for the job's next tick to write them again.
digest_ms=()
for i in $(seq 1 "$runs"); do
  before=$(grep -c "Daily digests of" "$log" || true)
  psql "$pg/$db" -qc "delete from job_run" -c "delete from mail_outbox"
  for _ in $(seq 1 120); do
    [ "$(grep -c "Daily digests of" "$log" || true)" -gt "$before" ] && break
    sleep 1
  done
  line=$(grep "Daily digests of" "$log" | tail -n1)
  [ "$(grep -c "Daily digests of" "$log" || true)" -gt "$before" ] || { echo "No digest run within 2 minutes; see $log" >&2; exit 1; }
  digest_ms+=("$(echo "$line" | sed -E 's/.* in ([0-9]+) ms.*/\1/')")
  queued=$(echo "$line" | sed -E 's/.*: ([0-9]+) queued.*/\1/')
  echo "  daily digest, run $i: $queued mails in ${digest_ms[-1]} ms"
done
mails=$(psql "$pg/$db" -qAt -c "select count(*) filter (where recipient like 'correspondant%'), count(*) filter (where recipient like 'org%'),
  count(*) filter (where recipient like 'pro%') from mail_outbox" | tr '|' ' ')
echo "$(stamp) cases=$count daily digest: median $(printf '%s\n' "${digest_ms[@]}" | median) ms for $queued mails (correspondants, organisations, professionals: $mails) (runs=$runs)" \
  | tee -a "$results/$results_file"

psql "$pg/$db" -qAt >"$results/explain-deadlines-overdue.txt" <<SQL
explain (analyze, buffers)
select * from (
  (select t.id, t.case_id, c.reference, t.case_department, c.assignee, t.code, t.label, t.owner_org, t.status, t.due_date
   from partner_task t join case_file c on c.id = t.case_id
   where t.case_department = '02' and t.case_open and t.due_date is not null and t.status not in ('DONE', 'NOT_APPLICABLE')
     and t.due_date < current_date order by t.due_date, t.id limit 21)
  union all
  (select t.id, t.case_id, c.reference, t.case_department, c.assignee, t.code, t.label, t.owner_org, t.status, t.due_date
   from partner_task t join case_file c on c.id = t.case_id
   where t.case_department = '41' and t.case_open and t.due_date is not null and t.status not in ('DONE', 'NOT_APPLICABLE')
     and t.due_date < current_date order by t.due_date, t.id limit 21)
) page order by due_date, id limit 21;
SQL
echo "EXPLAIN written to $results/explain-deadlines-overdue.txt"
