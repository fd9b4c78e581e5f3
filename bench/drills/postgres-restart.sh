#!/usr/bin/env bash
# PostgreSQL restarted under writes: a correspondant creates cases (10/s) and a doctor reads theirs
# (10/s) through the gateway for 60 s; at 15 s PostgreSQL is stopped and started again. Then: both
# services recovered without being restarted, and every case answered 201 is in the database.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
source "$root/bench/lib/stack.sh"
source "$root/bench/drills/lib.sh"
require_tools hey curl psql
require_stack
correspondant=$(password_token correspondant)
doctor=$(password_token doctor)
id=$(first_id "$gateway/api/cases?limit=1" "$doctor")
pids_before="$(pid_of aids-service) $(pid_of cases-service)"
body=$(new_drill_case)

echo "PostgreSQL restart drill: 60 s of writes and reads; PostgreSQL restarted at 15 s..."
stream writes 60 10 -m POST -T application/json -D "$body" -H "Authorization: Bearer $correspondant" "$gateway/api/cases"
stream reads 60 10 -H "Authorization: Bearer $doctor" "$gateway/api/cases/$id"
sleep 15
down=$(date +%s%3N)
"$service" restart postgres >/dev/null
echo "  PostgreSQL back after $(( $(date +%s%3N) - down )) ms"
wait
sleep 2
created=$(count_of writes 201)
stored=$(drill_cases)
report_stream writes
report_stream reads
echo "  cases answered 201: $created; drill cases in the database: $stored; lost: $((created > stored ? created - stored : 0))"
check "no acknowledged write lost" [ "$stored" -ge "$created" ]
check "no case written twice or unanswered" [ "$stored" -le "$(sent_of writes)" ]
check "services not restarted" [ "$pids_before" = "$(pid_of aids-service) $(pid_of cases-service)" ]
check "cases-service accepts writes again" \
  [ "$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $correspondant" -H 'Content-Type: application/json' --data @"$body" "$gateway/api/cases")" = 201 ]
check "aids-service ready again by itself within 30 s (its readiness checks the database)" ready_within 30 "$aids/q/health/ready"
check "cases-service ready again by itself within 30 s" ready_within 30 "$cases/q/health/ready"
failed_writes=$(awk '/^ +\[[0-9]+\]/ { gsub(/[\[\]]/, "", $1); if ($1 != 201) n += $2 } END { print n + 0 }' "$drill_work/writes")
check "writes refused during the outage were 503 (no other error status)" \
  [ "$(awk '/^ +\[[0-9]+\]/ { gsub(/[\[\]]/, "", $1); if ($1 != 201 && $1 != 503) n += $2 } END { print n + 0 }' "$drill_work/writes")" = 0 ]
echo "  writes refused: $failed_writes"
finish "postgres-restart (lost 0 required; $created acknowledged, $stored stored)"
