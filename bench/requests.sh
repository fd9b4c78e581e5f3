#!/usr/bin/env bash
# Logging a quick request (issue #17, goal p95 < 20 ms in the service): a phone call logged and closed in one POST
# (question, answer, outcome ANSWERED) straight to a cases-service of its own (port 8093, tokens verified with a
# local key: no Keycloak, no gateway), over a table already holding SEED (default 100,000) requests, so that each
# insert also updates the French full-text GIN index at a realistic size. hey's latency is the client's side of
# the loopback: an upper bound of the time spent in the service.
# Needs: deploy/local/run --background (for PostgreSQL), hey, psql, openssl and curl.
#   bench/requests.sh     RUNS (default 5), REQUESTS (default 2000), CONCURRENCY (default 4), SEED, KEEP_DB=1
# Prints each run and the medians of p50/p95, appended to bench/results/requests.txt; every 201 is counted back
# in the database.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
source "$here/lib/stack.sh"
source "$here/lib/jwt.sh"

runs=${RUNS:-5}
concurrency=${CONCURRENCY:-4}
requests=$(( ${REQUESTS:-2000} / concurrency * concurrency )) # hey sends a whole number of requests per connection
seed=${SEED:-100000}
port=8093
db=guichet_requests_bench
pg="postgresql://postgres@127.0.0.1:${GUICHET_POSTGRES_PORT:-5432}"
results=$here/results
mkdir -p "$results"
require_tools hey psql openssl curl java
psql "$pg/postgres" -qAtc "select 1" >/dev/null || { echo "No PostgreSQL on $pg: start deploy/local/run --background" >&2; exit 1; }
jar=$root/cases-service/target/quarkus-app/quarkus-run.jar
[ -f "$jar" ] || (cd "$root" && ./mvnw -q -B package -DskipTests -pl cases-service -am)

psql "$pg/postgres" -qc "drop database if exists $db" -c "create database $db owner guichet"
ensure_bench_key
java -Xms32m -Xmx160m -XX:+UseSerialGC -Dquarkus.http.port=$port \
  -Dquarkus.datasource.jdbc.url="jdbc:postgresql://127.0.0.1:${GUICHET_POSTGRES_PORT:-5432}/$db" \
  -Dquarkus.datasource.username=guichet -Dquarkus.datasource.password=guichet \
  -Dquarkus.oidc.auth-server-url= -Dquarkus.oidc.public-key="$(bench_public_key)" -Dquarkus.oidc.token.issuer=guichet-bench \
  -Dquarkus.scheduler.enabled=false -jar "$jar" >"$results/requests-service.log" 2>&1 &
service=$!
work=$(mktemp -d)
cleanup() {
  kill "$service" 2>/dev/null || true
  wait "$service" 2>/dev/null || true
  rm -rf "$work"
  [ "${KEEP_DB:-0}" = 1 ] || psql "$pg/postgres" -qc "drop database if exists $db" || true
}
trap cleanup EXIT
until curl -fs -o /dev/null "http://127.0.0.1:$port/q/health/ready"; do
  kill -0 "$service" 2>/dev/null || { tail -20 "$results/requests-service.log" >&2; exit 1; }
  sleep 1
done

echo "Seeding $seed requests..."
psql "$pg/$db" -q <<SQL
insert into quick_request (id, version, status, channel, last_name, profession, subject, department, question, answer,
                           logged_by, received_at, answered_at, created_at, updated_at)
select gen_random_uuid(), 0, 'ANSWERED', (array['PHONE','EMAIL','WEB_FORM','EVENT','WALK_IN'])[1 + i % 5], 'Seed' || i,
       'GENERAL_PRACTITIONER', (array['AIDS','ZONING','STEPS','PREMISES','TRAINING','OTHER'])[1 + i % 6],
       (array['02','41','48'])[1 + i % 3],
       'Quelles aides pour une installation en zone rurale, question ' || i,
       'Le CAIM et le CESP selon le zonage ; réponse ' || i, 'seed',
       now() - make_interval(mins => i), now() - make_interval(mins => i) + interval '5 minutes',
       now() - make_interval(mins => i), now() - make_interval(mins => i)
from generate_series(1, $seed) i;
analyze quick_request;
SQL

token=$(bench_token guichet-bench bench-correspondant correspondant '"departments":["02","41"]')
cat >"$work/call.json" <<'JSON'
{"channel":"PHONE","requester":{"firstName":"Léa","lastName":"Durand","profession":"GENERAL_PRACTITIONER","careerStage":"INTERN"},"subject":"AIDS","department":"02","question":"Quelles aides pour m'installer dans l'Aisne après mon internat ?","answer":"Le CESP pendant l'internat, puis le CAIM en zone d'intervention prioritaire.","status":"ANSWERED"}
JSON
log_calls() {
  hey -n "$requests" -c "$concurrency" -m POST -T application/json -D "$work/call.json" \
    -H "Authorization: Bearer $token" "http://127.0.0.1:$port/requests"
}
log_calls >/dev/null # warm-up, counted below
acknowledged=$requests
for i in $(seq 1 "$runs"); do
  report=$(log_calls)
  created=$(echo "$report" | hey_status 201)
  [ "$created" = "$requests" ] || { echo "run $i: $(echo "$report" | hey_statuses)" >&2; exit 1; }
  acknowledged=$((acknowledged + created))
  echo "$report" | hey_p 50 >>"$work/p50"
  echo "$report" | hey_p 95 >>"$work/p95"
  echo "$report" | hey_rps >>"$work/rps"
  echo "  logging a request, run $i: p50 $(tail -n1 "$work/p50") ms, p95 $(tail -n1 "$work/p95") ms, $(tail -n1 "$work/rps") requests/s"
done
stored=$(psql "$pg/$db" -qAt -c "select count(*) from quick_request where logged_by = 'bench-correspondant'")
[ "$stored" = "$acknowledged" ] || { echo "$stored requests stored for $acknowledged answered 201" >&2; exit 1; }
echo "$(stamp) seed=$seed logging a request (one POST, answered and closed): median p50 $(median <"$work/p50") ms, median p95 $(median <"$work/p95") ms, median $(median <"$work/rps") requests/s (runs=$runs requests=$requests concurrency=$concurrency; $stored stored = 201 answers)" \
  | tee -a "$results/requests.txt"
