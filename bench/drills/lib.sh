# Shared by the fault drills. Sourced after bench/lib/stack.sh.
# Each drill runs streams of traffic (hey at a fixed rate, for a fixed time) while it breaks something,
# then reports every stream's answers by status and checks what must hold. The drills run on the stack
# as deploy/local/run starts it, default rate limits included: each stream stays under them.
service=$root/deploy/local/service
drill_work=$(mktemp -d)
at_exit=: # what a drill must undo at exit, before its streams are stopped (e.g. a subscription)
trap 'eval "$at_exit"; kill $(jobs -p) 2>/dev/null || true; rm -rf "$drill_work"' EXIT
failures=0
tag="" # marks this drill's cases: last name "Drill <tag>", ten random letters
for _ in $(seq 1 10); do tag+=$(printf "\\x$(printf %x $((97 + RANDOM % 26)))"); done

# stream NAME SECONDS RATE [hey options...] URL: in the background; its report goes to $drill_work/NAME
stream() {
  local name=$1 seconds=$2 rate=$3 c=5
  shift 3
  [ "$rate" -lt 5 ] && c=$rate
  hey -z "${seconds}s" -c "$c" -q $((rate / c)) "$@" >"$drill_work/$name" 2>&1 &
}

statuses_of() { hey_statuses <"$drill_work/$1"; }
errors_of() { hey_errors <"$drill_work/$1"; }
count_of() { hey_status "$2" <"$drill_work/$1"; }
sent_of() { awk '/^ +\[[0-9]+\]/ { n += $2 } END { print n + 0 }' "$drill_work/$1"; }

# check DESCRIPTION CONDITION...: prints PASS or FAIL and remembers failures
check() {
  local description=$1
  shift
  if "$@"; then echo "  PASS  $description"; else echo "  FAIL  $description"; failures=$((failures + 1)); fi
}

# only STREAM STATUS...: every answer of the stream had one of these statuses, and no connection failed
only() {
  local name=$1
  shift
  [ "$(errors_of "$name")" = 0 ] \
    && [ "$(statuses_of "$name" | tr ' ' '\n' | cut -d= -f1 | grep -vxF -f <(printf '%s\n' "$@") | grep -c . || true)" = 0 ]
}

report_stream() {
  echo "  $1: $(sent_of "$1") answers ($(statuses_of "$1")), $(errors_of "$1") connection errors"
}

cases_db() { psql "postgresql://${GUICHET_DB_USER:-guichet}:${GUICHET_DB_PASSWORD:-guichet}@127.0.0.1:${GUICHET_POSTGRES_PORT:-5432}/guichet_cases" -qAtc "$1"; }
drill_cases() { cases_db "select count(*) from case_file where last_name = 'Drill $tag'"; }
new_drill_case() { new_case_body "Drill $tag" >"$drill_work/case.json"; echo "$drill_work/case.json"; }

# header URL NAME [curl options...]: one header of the answer
header_of() {
  local url=$1 name=$2
  shift 2
  curl -s -D - -o /dev/null "$@" "$url" | tr -d '\r' | awk -v h="$(echo "$name" | tr 'A-Z' 'a-z'):" 'tolower($1) == h { print $2 }'
}

finish() {
  echo "$(stamp) $1: $([ "$failures" = 0 ] && echo "all checks passed" || echo "$failures checks FAILED")" \
    | tee -a "$root/bench/results/drills.txt"
  [ "$failures" = 0 ]
}

# case_in_procedures TOKEN: a new case of this drill moved to PROCEDURES, where its checklist is open; prints its id
case_in_procedures() {
  local token=$1 location step
  printf '{"professional":{"rpps":"10005173140","firstName":"Bench","lastName":"Drill %s","email":"bench@example.org",%s' "$tag" \
    '"profession":"GENERAL_PRACTITIONER","careerStage":"INSTALLING"},"project":{"targetCommune":"02408","practiceMode":"LIBERAL","plannedStartDate":"2027-01-04"}}' \
    >"$drill_work/procedures.json"
  location=$(curl -fsS -D - -o /dev/null -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
    --data @"$drill_work/procedures.json" "$gateway/api/cases" | tr -d '\r' | awk 'tolower($1) == "location:" { print $2 }')
  for step in QUALIFIED PROJECT_DEFINED PROCEDURES; do
    curl -fsS -o /dev/null -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
      -H "If-Match: $(header_of "$gateway$location" ETag -H "Authorization: Bearer $token")" \
      -d "{\"to\":\"$step\"}" "$gateway$location/transitions"
  done
  echo "${location##*/}"
}

# ready_within SECONDS URL: polls a readiness URL until it answers 200; prints how long it took
ready_within() {
  local until=$(( $(date +%s) + $1 )) start
  start=$(date +%s%3N)
  until [ "$(curl -s -o /dev/null -w '%{http_code}' "$2")" = 200 ]; do
    [ "$(date +%s)" -lt "$until" ] || return 1
    sleep 0.5
  done
  echo "  $2 ready $(( $(date +%s%3N) - start )) ms after the drill's traffic ended"
}
