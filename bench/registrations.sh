#!/usr/bin/env bash
# Public registrations to events through the gateway (issue #19: >= 500 registrations/s): a visitor's POST
# /api/events/{id}/registrations without a token, each a new person, spread in turn over EVENTS events that
# organisateur-41 publishes for each run. Two cases, alternating within each run:
#   room  events of 5,000 places (the most an event takes): every registration gets a CONFIRMED place
#   full  events of SMALL_CAPACITY places: beyond them, every registration goes to the WAITING list
# Each registration holds its event's row lock while it counts the places left, and writes its confirmation mail to
# the outbox in the same transaction (sent later, 200 every 30 s, to the local SMTP server).
# The gateway counts every anonymous request against its per-address rate limit (default 20/s, burst 40): from one
# load generator, that limit is all this would measure. Start the stack with it raised:
#   GUICHET_ANONYMOUS_RATE_PER_SECOND=1000000 GUICHET_ANONYMOUS_RATE_BURST=1000000 deploy/local/run --background
#   bench/registrations.sh    RUNS (5), REQUESTS (4000 per case and run), CONCURRENCY (32), EVENTS (8),
#                             SMALL_CAPACITY (10), WARMUP (3 runs of both cases, not measured)
# The load is bench/lib/RegistrationLoad.java (hey sends one body again and again; an event refuses an e-mail twice),
# one JVM for the whole benchmark.
# Prints each run, then per case the medians of registrations/s, p50 and p95, appended to bench/results/registrations.txt.
# Every 201 is counted back in the database, and each run fails unless every answer was 201, the database holds as many
# registrations as 201s, and each full event holds exactly its capacity of CONFIRMED places, the rest WAITING.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
source "$here/lib/stack.sh"
source "$root/deploy/local/welcome-api.sh"
require_tools java psql curl
require_stack

runs=${RUNS:-5}
requests=${REQUESTS:-4000}
concurrency=${CONCURRENCY:-32}
events=${EVENTS:-8}
small_capacity=${SMALL_CAPACITY:-10}
warmup=${WARMUP:-3}
room_capacity=5000
results=$here/results
mkdir -p "$results"
pg="postgresql://postgres@127.0.0.1:${GUICHET_POSTGRES_PORT:-5432}/guichet_welcome"
((requests / events <= room_capacity)) || { echo "REQUESTS / EVENTS must be at most $room_capacity" >&2; exit 2; }
((requests / events > small_capacity)) || { echo "REQUESTS / EVENTS must exceed SMALL_CAPACITY" >&2; exit 2; }

anonymous_limit=$(sed -n 's/^export GUICHET_ANONYMOUS_RATE_PER_SECOND=//p' "$data/settings.env" 2>/dev/null | tr -d "'\"")
if [ "${anonymous_limit:-20}" -lt 100000 ]; then
  echo "The gateway's anonymous rate limit is ${anonymous_limit:-20}/s: it, not the registrations, would be measured." >&2
  echo "Start the stack with GUICHET_ANONYMOUS_RATE_PER_SECOND=1000000 GUICHET_ANONYMOUS_RATE_BURST=1000000." >&2
  exit 1
fi
work=$(mktemp -d)
javac -d "$work" "$here/lib/RegistrationLoad.java"
coproc load { java -cp "$work" RegistrationLoad "$gateway/api" "$concurrency"; }
finish() {
  exec {load[1]}>&- # its end of input: it stops
  wait "$load_PID" 2>/dev/null || true
  rm -rf "$work"
}
trap finish EXIT

# new_events CAPACITY -> the ids of EVENTS events published for one run, 60 days from now in Blois
new_events() {
  local organiser i
  organiser=$(token organisateur-41)
  for i in $(seq 1 "$events"); do
    event "$organiser" "{\"kind\":\"WELCOME_DAY\",\"title\":\"Banc d'essai des inscriptions $i\",
      \"startsAt\":\"$(at 60 09:00)\",\"endsAt\":\"$(at 60 17:00)\",\"department\":\"41\",
      \"place\":{\"communeInsee\":\"41018\",\"address\":\"Blois\"},
      \"audience\":{\"studentYears\":[5],\"internSpecialties\":[],\"replacements\":false},\"capacity\":$1}"
  done | paste -sd ' ' -
}

# stored IDS... -> "REGISTRATIONS CONFIRMED WAITING MIN_CONFIRMED MAX_CONFIRMED" of those events (the last two: an event's)
stored() {
  local ids="array['$(echo "$*" | sed "s/ /','/g")']::uuid[]"
  psql "$pg" -qAt -F ' ' -c "with per_event as (
        select count(*) as registrations, count(*) filter (where status = 'CONFIRMED') as confirmed,
               count(*) filter (where status = 'WAITING') as waiting
        from registration where event_id = any($ids) group by event_id)
      select sum(registrations), sum(confirmed), sum(waiting), min(confirmed), max(confirmed) from per_event"
}

value() { echo "$2" | tr ' ' '\n' | sed -n "s/^$1=//p"; }

# register CASE RUN CAPACITY: one run of one case on events of its own; checks it and records its figures
register() {
  local ids report created count confirmed waiting least most
  ids=$(new_events "$3")
  echo "$requests $1-$2-$$ $ids" >&"${load[1]}"
  read -r report <&"${load[0]}" || { echo "The load generator stopped" >&2; exit 1; }
  created=$(value status_201 "$report")
  [ "$created" = "$requests" ] || { echo "$1, run $2: not every answer was 201: $report" >&2; exit 1; }
  read -r count confirmed waiting least most < <(stored $ids)
  [ "$count" = "$created" ] || { echo "$1, run $2: $count registrations stored for $created answered 201" >&2; exit 1; }
  if [ "$1" = full ]; then
    [ "$least" = "$3" ] && [ "$most" = "$3" ] && [ "$waiting" = $((count - events * $3)) ] \
      || { echo "full, run $2: $confirmed confirmed ($least to $most an event) and $waiting waiting" >&2; exit 1; }
  else
    [ "$confirmed" = "$count" ] || { echo "room, run $2: $confirmed confirmed of $count" >&2; exit 1; }
  fi
  [[ "$2" == warm-up* ]] && return
  value per_second "$report" >>"$work/$1.rate"
  value p50_ms "$report" >>"$work/$1.p50"
  value p95_ms "$report" >>"$work/$1.p95"
  echo "  $1, run $2: $(value per_second "$report") registrations/s, p50 $(value p50_ms "$report") ms," \
    "p95 $(value p95_ms "$report") ms, p99 $(value p99_ms "$report") ms; stored $count ($confirmed confirmed, $waiting waiting)"
}

echo "Warming up ($warmup runs of both cases)..."
for run in $(seq 1 "$warmup"); do
  register room "warm-up$run" "$room_capacity"
  register full "warm-up$run" "$small_capacity"
done
for run in $(seq 1 "$runs"); do
  register room "$run" "$room_capacity"
  register full "$run" "$small_capacity"
done
for case in room full; do
  label="places left (capacity $room_capacity)"
  [ "$case" = room ] || label="waiting list (capacity $small_capacity)"
  echo "$(stamp) public registration through the gateway, $label: median $(median <"$work/$case.rate") registrations/s," \
    "median p50 $(median <"$work/$case.p50") ms, median p95 $(median <"$work/$case.p95") ms (runs=$runs requests=$requests" \
    "concurrency=$concurrency events=$events; every 201 stored; anonymous limit ${anonymous_limit}/s)"
done | tee -a "$results/registrations.txt"
