#!/usr/bin/env bash
# The desk at scale (issue #18): server time of the correspondant's case list and case page at COUNT seeded cases
# (default 1,000,000). Seeds the cases as bench/cases-at-scale.sh does into a database of its own, starts a
# cases-service on it (port 8096, tokens verified with the local bench key), a gateway (port 8097) routing /api/cases
# to it, and a desk (port 8098) calling the API through that gateway. No Keycloak: the gateway and the desk find the
# bench key through bench/lib/BenchIssuer.java (port 8094, a discovery document and a key set, as Keycloak publishes
# them), since both need an auth-server-url, with which Quarkus ignores a local public key. The desk runs in OIDC
# "hybrid" mode: its pages' code flow for browsers, and bearer tokens too, whose AccessTokenCredential it forwards to
# the API as it forwards a logged-in user's access token. hey asks the desk for the pages with a correspondant's bearer
# token (the gateway forwards no Authorization header to the desk: a browser's session cookie is the one thing not
# exercised, nor the gateway's hop in front of the desk).
# Measured, in the same run: the list filtered by status (first page), and the page of a case among the million that
# the bench files through the API (so that it has its partner checklist and history, as real cases do); plus each
# page's size, plain and gzip-compressed.
# Needs: deploy/local/run --background (for PostgreSQL), hey, psql and openssl (Debian: hey postgresql-client).
#   bench/desk-at-scale.sh        RUNS (default 5), REQUESTS (default 1000), CONCURRENCY (default 4), KEEP_DB=1
# Prints the medians of p50/p95 and the sizes, and appends them to bench/results/desk-at-scale.txt.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
source "$here/lib/stack.sh"
source "$here/lib/jwt.sh"
source "$here/lib/measure.sh"
source "$here/lib/scale.sh"
source "$here/lib/apps.sh"

count=${COUNT:-1000000}
runs=${RUNS:-5}
requests=${REQUESTS:-1000}
concurrency=${CONCURRENCY:-4}
port=8096
gateway_port=8097
desk_port=8098
issuer_port=8094
db=guichet_desk_bench
results=$here/results
results_file=desk-at-scale.txt
mkdir -p "$results"
for module in gateway desk; do
  [ -f "$root/$module/target/quarkus-app/quarkus-run.jar" ] || (cd "$root" && ./mvnw -q -B package -DskipTests -pl "$module" -am)
done
start_scale_service "$results/desk-at-scale-cases.log" -Dquarkus.scheduler.enabled=false

stop_all() {
  stop_apps
  stop_scale_service
}
trap stop_all EXIT

start_issuer "$issuer_port" "$results/desk-at-scale-issuer.log"
# The pages measured call cases-service only: aids-service's route points at a closed port.
start_app gateway "$gateway_port" "$results/desk-at-scale-gateway.log" \
  -Dguichet.gateway.routes.cases-service.target="http://127.0.0.1:$port" \
  -Dguichet.gateway.routes.aids-service.target=http://127.0.0.1:9 \
  -Dguichet.gateway.rate-limit.authenticated.per-second=1000000 -Dguichet.gateway.rate-limit.authenticated.burst=1000000
gateway_pid=${apps[-1]}
GUICHET_DESK_SESSION_KEY=$(head -c 32 /dev/urandom | openssl base64 -A) start_app desk "$desk_port" "$results/desk-at-scale-desk.log" \
  -Dquarkus.oidc.application-type=hybrid -Dquarkus.rest-client.guichet-api.url="http://127.0.0.1:$gateway_port"
desk_pid=${apps[-1]}

echo "Seeding $count cases..."
seed_start=$(date +%s)
psql "$pg/$db" -q -v count="$count" -f "$here/sql/seed-cases.sql"
echo "Seeded in $(( $(date +%s) - seed_start )) s."

token=$(bench_token guichet-bench bench-correspondant correspondant '"departments":["02","41"]')
# A case filed through the API, as a correspondant does: its history entry and partner checklist come with it.
new_case_body Desk Bench >"$results/desk-case.json"
location=$(curl -fsS -D - -o /dev/null -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
  -d @"$results/desk-case.json" "http://127.0.0.1:$port/cases" | tr -d '\r' | awk 'tolower($1) == "location:" { print $2 }')
rm -f "$results/desk-case.json"
id=${location##*/}
[ -n "$id" ] || { echo "Could not file the bench's case; see $results/desk-at-scale-cases.log" >&2; exit 1; }

desk="http://127.0.0.1:$desk_port"
list="$desk/dossiers?status=PROCEDURES"
page="$desk/dossiers/$id"
for url in "$list" "$page"; do
  curl -fsS -o /dev/null -H "Authorization: Bearer $token" "$url" \
    || { echo "$url does not answer 200 with the bench token; see $results/desk-at-scale-desk.log" >&2; exit 1; }
done
# what the pages show, so that a fast error page cannot pass for a page
rows=$(curl -fsS -H "Authorization: Bearer $token" "$list" | grep -c 'href="/dossiers/[0-9a-f-]\{36\}"' || true)
[ "$rows" = 20 ] || { echo "The case list shows $rows cases, not a page of 20" >&2; exit 1; }
# read whole before looking into it: grep -q would stop reading early, and pipefail take curl's broken pipe for a failure
case_page=$(curl -fsS -H "Authorization: Bearer $token" "$page")
grep -q "Bench" <<<"$case_page" || { echo "The case page does not show the case" >&2; exit 1; }

# size LABEL URL: bytes of the page as sent, plain and gzip-compressed (the desk compresses text/html)
size() {
  local plain gzipped encoding
  plain=$(curl -fsS -o /dev/null -w '%{size_download}' -H "Authorization: Bearer $token" "$2")
  gzipped=$(curl -fsS -o /dev/null -w '%{size_download}' -H 'Accept-Encoding: gzip' -H "Authorization: Bearer $token" "$2")
  encoding=$(curl -fsS -D - -o /dev/null -H 'Accept-Encoding: gzip' -H "Authorization: Bearer $token" "$2" \
    | tr -d '\r' | awk 'tolower($1) == "content-encoding:" { print $2 }')
  [ "$encoding" = gzip ] || { echo "$1 is not sent gzip-compressed" >&2; exit 1; }
  echo "$(stamp) cases=$count $1 size: $plain bytes, $gzipped bytes gzip-compressed" | tee -a "$results/$results_file"
}

# measure_with_cpu LABEL URL: measure, then the CPU each process spent per page over its requests (warm-up included),
# to say where the time goes on cores they share; PostgreSQL's when its data folder is the local run's
measure_with_cpu() {
  local before after n=$(( (runs + 1) * ${REQUESTS:-$requests} )) pg_pid="" pid
  [ -r "$data/postgres/postmaster.pid" ] && pg_pid=$(postmaster_pid)
  cpu() { for pid in "$desk_pid" "$gateway_pid" "$service"; do cpu_ticks "$pid"; done; [ -z "$pg_pid" ] || tree_cpu_ticks "$pg_pid"; }
  before=($(cpu))
  measure "$1" "$2" "$token"
  after=($(cpu))
  awk -v hz="$hz" -v n="$n" -v label="$1" -v stamp="$(stamp)" -v count="$count" -v b="${before[*]}" -v a="${after[*]}" 'BEGIN {
    split(b, x, " "); split(a, y, " "); split("desk gateway cases-service PostgreSQL", name, " ")
    line = stamp " cases=" count " " label ", CPU per page:"
    for (i = 1; i in x; i++) line = line sprintf(" %s %.1f ms", name[i], (y[i] - x[i]) / hz / n * 1000)
    print line " (" n " pages)"
  }' | tee -a "$results/$results_file"
}
# Three JVMs compile the pages' path on the cores they share, and measure's warm-up (one run's worth) left the runs
# still getting faster one after the other: both pages are warmed up three runs' worth first.
for url in "$list" "$page"; do
  hey -n $((requests * 3)) -c "$concurrency" -H "Authorization: Bearer $token" "$url" >/dev/null
done
measure_with_cpu "desk case list (status filter, 2 departments), first page" "$list"
measure_with_cpu "desk case page (a case filed through the API)" "$page"
# the same, one page at a time: the server's time without other pages queueing for the two cores (at least 40
# requests: with fewer, hey prints no 95th percentile)
concurrency=1 REQUESTS=$((requests / 4 > 40 ? requests / 4 : 40)) measure "desk case list, one at a time" "$list" "$token"
concurrency=1 REQUESTS=$((requests / 4 > 40 ? requests / 4 : 40)) measure "desk case page, one at a time" "$page" "$token"
size "desk case list" "$list"
size "desk case page" "$page"

# What the pages wait for: the API call each makes, measured alone through the gateway.
api="http://127.0.0.1:$gateway_port/api/cases"
measure "API behind the list: GET /api/cases?status=PROCEDURES" "$api?status=PROCEDURES" "$token"
measure "API behind the case page: GET /api/cases/{id}/folder" "$api/$id/folder" "$token"
