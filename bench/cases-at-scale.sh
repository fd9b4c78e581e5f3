#!/usr/bin/env bash
# Cases at scale: seeds COUNT synthetic cases (default 1,000,000) into a dedicated database, starts a
# cases-service on it (port 8092, tokens verified with a local key: no Keycloak needed) and measures, in
# the same run: a filtered first page, a page 1,000 pages deep (keyset cursor), the indicators, and case
# creations per second (CREATIONS per run, default 5000, at 16 connections), every one counted back in
# the database.
# Needs: deploy/local/run --background (for PostgreSQL), hey, psql and openssl (Debian: hey postgresql-client).
#   bench/cases-at-scale.sh        RUNS (default 5), REQUESTS (default 1000), CONCURRENCY (default 4), KEEP_DB=1
# Prints the medians of p50/p95, appends them to bench/results/cases-at-scale.txt, and writes
# EXPLAIN (ANALYZE, BUFFERS) of the list and indicators queries to bench/results/explain-*.txt.
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
port=8092
db=guichet_cases_bench
results=$here/results
mkdir -p "$results"
start_scale_service "$results/cases-at-scale-service.log" -Dquarkus.scheduler.enabled=false

echo "Seeding $count cases..."
seed_start=$(date +%s)
psql "$pg/$db" -q -v count="$count" -f "$here/sql/seed-cases.sql"
echo "Seeded in $(( $(date +%s) - seed_start )) s."

token=$(bench_token guichet-bench bench-correspondant correspondant '"departments":["02","41"]')
base="http://127.0.0.1:$port/cases"
filter="status=PROCEDURES&limit=20"
# The cursor of the page 1,000 pages deep: the 20,000th case of that list, encoded as the service does.
deep=$(psql "$pg/$db" -qAt -F'|' -c "
  select (extract(epoch from created_at) * 1000000)::bigint, id from case_file
  where department in ('02', '41') and status = 'PROCEDURES'
  order by created_at desc, id desc offset 19999 limit 1")
cursor=$(printf '%s' "$deep" | openssl base64 -A | tr '+/' '-_' | tr -d '=')

curl -fsS -o /dev/null -H "Authorization: Bearer $token" "$base?$filter" \
  || { echo "The list does not answer 200 with the bench token; see $results/cases-at-scale-service.log" >&2; exit 1; }

measure "first page (status filter, 2 departments)" "$base?$filter" "$token"
measure "page 1,000 deep (keyset cursor)" "$base?$filter&cursor=$cursor" "$token"
# one report at a time, as the agency asks for them
concurrency=1 REQUESTS=$((requests / 10)) measure "indicators, one year, 2 departments" \
  "$base/indicators?from=2025-01-01&to=2025-12-31" "$token"

# Case creations: each writes the case, its history entry, its partner checklist (one task per partner)
# and an outbox event in one transaction.
creations=$(( ${CREATIONS:-5000} / 16 * 16 )) # hey sends a whole number of requests per connection
new_case_body Load Bench >"$results/new-case.json"
create() {
  hey -n "$1" -c 16 -m POST -T application/json -D "$results/new-case.json" -H "Authorization: Bearer $token" "$base"
}
create "$creations" >/dev/null
acknowledged=0
for i in $(seq 1 "$runs"); do
  report=$(create "$creations")
  created=$(echo "$report" | hey_status 201)
  [ "$created" = "$creations" ] || { echo "creation run $i: $(echo "$report" | hey_statuses)" >&2; exit 1; }
  acknowledged=$((acknowledged + created))
  echo "$report" | hey_rps >>"$results/.creation.rps"
  echo "$report" | hey_p 95 >>"$results/.creation.p95"
  echo "  case creation, run $i: $(tail -n1 "$results/.creation.rps") cases/s, p95 $(tail -n1 "$results/.creation.p95") ms"
done
stored=$(psql "$pg/$db" -qAt -c "select count(*) from case_file where last_name = 'Load'")
[ "$stored" = $((acknowledged + creations)) ] || { echo "$stored cases stored for $((acknowledged + creations)) answered 201" >&2; exit 1; }
echo "$(stamp) cases=$count case creation: median $(median <"$results/.creation.rps") cases/s, median p95 $(median <"$results/.creation.p95") ms (runs=$runs creations=$creations concurrency=16; $stored stored = 201 answers)" \
  | tee -a "$results/cases-at-scale.txt"
rm -f "$results/.creation.rps" "$results/.creation.p95" "$results/new-case.json"

psql "$pg/$db" -qAt >"$results/explain-cases-list.txt" <<SQL
explain (analyze, buffers)
select * from (
  (select * from case_file where department = '02' and status = 'PROCEDURES' order by created_at desc, id desc limit 21)
  union all
  (select * from case_file where department = '41' and status = 'PROCEDURES' order by created_at desc, id desc limit 21)
) page order by created_at desc, id desc limit 21;
SQL
psql "$pg/$db" -qAt >"$results/explain-cases-indicators.txt" <<SQL
explain (analyze, buffers)
select department, profession, channel, grouping(department), grouping(profession), grouping(channel), count(*),
       count(qualified_at), count(installed_at),
       count(*) filter (where status in ('RECEIVED', 'QUALIFIED', 'PROJECT_DEFINED', 'PROCEDURES')),
       count(*) filter (where status = 'ABANDONED'),
       percentile_cont(0.5) within group (order by extract(epoch from installed_at - created_at) / 86400.0)
from case_file
where created_at >= '2025-01-01' and created_at < '2026-01-01' and department in ('02', '41')
group by grouping sets ((), (department), (profession), (channel));
SQL
echo "EXPLAIN written to $results/explain-cases-list.txt and $results/explain-cases-indicators.txt"
