#!/usr/bin/env bash
# aids-service killed (SIGKILL) and restarted under load, for 75 s through the gateway: a correspondant
# creates cases (10/s), a doctor reads their case (10/s) and asks its eligibility (4/s), a visitor runs
# the simulator (4/s). aids-service dies at 15 s and is started again 20 s later. Must hold: case
# operations all succeed; eligibility answers 503 with Retry-After while it is down (never a 500 or a
# hang); it recovers by itself; no case is lost.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
source "$root/bench/lib/stack.sh"
source "$root/bench/drills/lib.sh"
require_tools hey curl psql
require_stack
correspondant=$(password_token correspondant)
doctor=$(password_token doctor)
id=$(first_id "$gateway/api/cases?limit=1" "$doctor")
body=$(new_drill_case)
cat >"$drill_work/simulation.json" <<'JSON'
{"profession":"GENERAL_PRACTITIONER","careerStage":"INSTALLING","targetCommune":"48095","practiceMode":"LIBERAL",
 "coordinatedPractice":"MSP","onCallDuty":true,"plannedStartDate":"2026-03-01"}
JSON

echo "aids-service drill: 75 s of traffic; aids-service killed at 15 s, started again at 35 s..."
stream writes 75 10 -m POST -T application/json -D "$body" -H "Authorization: Bearer $correspondant" "$gateway/api/cases"
stream reads 75 10 -H "Authorization: Bearer $doctor" "$gateway/api/cases/$id"
stream case-eligibility 75 4 -t 12 -H "Authorization: Bearer $doctor" "$gateway/api/cases/$id/eligibility"
stream simulations 75 4 -t 12 -m POST -T application/json -D "$drill_work/simulation.json" "$gateway/api/eligibility"
sleep 15
"$service" kill aids-service
sleep 5
while_down=$(curl -s -D - -o "$drill_work/problem" -w '%{http_code} %{time_total}' -H "Authorization: Bearer $doctor" \
  "$gateway/api/cases/$id/eligibility" | tr -d '\r')
retry_after=$(echo "$while_down" | awk 'tolower($1) == "retry-after:" { print $2 }')
answer=$(echo "$while_down" | tail -n 1)
echo "  while down, the case's eligibility answered: $answer s, Retry-After: ${retry_after:-none}"
sleep 15
restarted=$(date +%s%3N)
"$service" start aids-service >/dev/null
until [ "$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $doctor" "$gateway/api/cases/$id/eligibility")" = 200 ]; do
  sleep 0.5
done
echo "  eligibility of the case answers 200 again $(( $(date +%s%3N) - restarted )) ms after the restart began"
wait
sleep 1
for s in writes reads case-eligibility simulations; do report_stream "$s"; done
created=$(count_of writes 201)
stored=$(drill_cases)
check "case creations all 201" only writes 201
check "case reads all 200" only reads 200
check "the case's eligibility: 200 or 503, nothing else" only case-eligibility 200 503
check "the simulator through the gateway: 200 or 503, nothing else" only simulations 200 503
check "503 while down came with Retry-After" [ -n "$retry_after" ] 
check "503 while down was a problem+json" grep -q '"status":503' "$drill_work/problem"
check "no acknowledged case lost ($created answered 201, $stored stored)" [ "$stored" = "$created" ]
finish "aids-service-down"
