#!/usr/bin/env bash
# Public offer search at scale (issue #19: p95 < 20 ms at 100,000 offers): seeds COUNT synthetic offers (default
# 100,000) into a throw-away welcome-service database, placed at the centres of real communes copied from aids-service,
# starts a welcome-service on it (port 8094, tokens verified with the bench key: no Keycloak) and a gateway in front of it
# (port 8095, anonymous rate limit raised so that it is not what is measured; bench/lib/BenchIssuer.java on 8096 gives it
# the bench key), and measures anonymous searches as the public makes them: newest first, one department, around a
# commune, a kind in a department, French full text, an audience around a commune. Each search straight to the service,
# then through the gateway (/api/offers), in the same run: the ratio of their p95 is what the gateway adds.
# aids-service gives the communes' centres (and the searches' origins): the stack's (deploy/local/run --background) when
# it answers on 8081, else one of the benchmark's own on a throw-away database (port 8091).
# Needs: PostgreSQL (deploy/local/run --background), hey, psql, openssl, curl (Debian: hey postgresql-client).
#   bench/offers.sh        COUNT (default 100000), RUNS (default 5), REQUESTS (default 1000), CONCURRENCY (default 4), KEEP_DB=1
# Prints each run and the medians of p50/p95 (and the gateway/direct ratios), appends them to bench/results/offers.txt,
# and writes EXPLAIN (ANALYZE, BUFFERS) of the searches to bench/results/explain-offers.txt.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
source "$here/lib/stack.sh"
source "$here/lib/jwt.sh"
source "$here/lib/measure.sh"
source "$here/lib/scale.sh"
source "$here/lib/apps.sh"

count=${COUNT:-100000}
count_label=offers
results_file=offers.txt
runs=${RUNS:-5}
requests=${REQUESTS:-1000}
concurrency=${CONCURRENCY:-4}
results=$here/results
mkdir -p "$results"
pgport=${GUICHET_POSTGRES_PORT:-5432}

port=8094
gateway_port=8095
db=guichet_welcome_bench
scale_module=welcome-service
service=
aids_pid=
stop_all() {
  stop_apps
  [ -z "$service" ] || stop_scale_service
  if [ -n "$aids_pid" ]; then
    kill "$aids_pid" 2>/dev/null || true
    wait "$aids_pid" 2>/dev/null || true
    [ "${KEEP_DB:-0}" = 1 ] || psql "$pg/postgres" -qc "drop database if exists $aids_db" || true
  fi
}
trap stop_all EXIT

# aids-service: the stack's, or the benchmark's own
aids_url=$aids
if ! curl -fs -o /dev/null "$aids/q/health/ready"; then
  aids_url=http://127.0.0.1:8091
  aids_db=guichet_aids_bench
  aids_jar=$root/aids-service/target/quarkus-app/quarkus-run.jar
  [ -f "$aids_jar" ] || (cd "$root" && ./mvnw -q -B install -DskipTests)
  psql "$pg/postgres" -qc "drop database if exists $aids_db" -c "create database $aids_db owner guichet"
  ensure_bench_key
  java -Xms32m -Xmx160m -XX:+UseSerialGC -Dquarkus.http.port=8091 \
    -Dquarkus.datasource.jdbc.url="jdbc:postgresql://127.0.0.1:$pgport/$aids_db" \
    -Dquarkus.datasource.username=guichet -Dquarkus.datasource.password=guichet \
    -Dquarkus.oidc.auth-server-url= -Dquarkus.oidc.public-key="$(bench_public_key)" -Dquarkus.oidc.token.issuer=guichet-bench \
    -jar "$aids_jar" >"$results/offers-aids-service.log" 2>&1 &
  aids_pid=$!
  until curl -fs -o /dev/null "$aids_url/q/health/ready"; do
    kill -0 "$aids_pid" 2>/dev/null || { tail -20 "$results/offers-aids-service.log" >&2; exit 1; }
    sleep 1
  done
fi
aids_database=${aids_db:-guichet_aids}

start_scale_service "$results/offers-service.log" -Dquarkus.scheduler.enabled=false -Dquarkus.rest-client.aids-service.url="$aids_url"
trap stop_all EXIT # start_scale_service set its own
start_issuer 8096 "$results/offers-issuer.log"
# The searches call welcome-service only (which asks aids-service for the communes' centres): cases-service's route
# points at a closed port.
[ -f "$root/gateway/target/quarkus-app/quarkus-run.jar" ] || (cd "$root" && ./mvnw -q -B package -DskipTests -pl gateway -am)
start_app gateway "$gateway_port" "$results/offers-gateway.log" \
  -Dguichet.gateway.routes.welcome-service.target="http://127.0.0.1:$port" \
  -Dguichet.gateway.routes.aids-service.target="$aids_url" -Dguichet.gateway.routes.cases-service.target=http://127.0.0.1:9 \
  -Dguichet.gateway.rate-limit.anonymous.per-second=1000000 -Dguichet.gateway.rate-limit.anonymous.burst=1000000

echo "Seeding $count offers..."
seed_start=$(date +%s)
psql "$pg/$db" -qc "create table bench_commune (insee text, department text, latitude double precision, longitude double precision)"
psql "$pg/$aids_database" -qc "\copy (select insee, department_code, latitude, longitude from commune where latitude is not null) to stdout" \
  | psql "$pg/$db" -qc "\copy bench_commune from stdin"
psql "$pg/$db" -q -v count="$count" -f "$here/sql/seed-offers.sql"
psql "$pg/$db" -qc "drop table bench_commune"
echo "Seeded in $(( $(date +%s) - seed_start )) s: $(psql "$pg/$db" -qAtc "select count(*) from offer where status = 'PUBLISHED' and current_date between published_from and expires_on") open today."

base="http://127.0.0.1:$port/offers"
through="http://127.0.0.1:$gateway_port/api/offers"
queries=(
  "newest first|"
  "one department (Lozère)|department=48"
  "30 km around Mende|commune=48095&radiusKm=30"
  "housing in Loir-et-Cher|kind=HOUSING&department=41"
  "full text: médecin généraliste|q=m%C3%A9decin%20g%C3%A9n%C3%A9raliste"
  "full text in a department: pédiatre, Gironde|q=p%C3%A9diatre&department=33"
  "full text, two words: psychiatre montagne|q=psychiatre%20montagne"
  "full text, a word no offer holds (a typo)|q=xylophone"
  "interns 50 km around Blois|audience=INTERNS&commune=41018&radiusKm=50"
)
for query in "${queries[@]}"; do
  curl -fsS -o /dev/null "$base?${query#*|}" \
    || { echo "The search ${query#*|} does not answer 200; see $results/offers-service.log" >&2; exit 1; }
  # the same answer through the gateway, so that a fast error cannot pass for a search
  [ "$(curl -fsS "$through?${query#*|}")" = "$(curl -fsS "$base?${query#*|}")" ] \
    || { echo "The gateway does not answer the search ${query#*|} as the service does; see $results/offers-gateway.log" >&2; exit 1; }
done
for query in "${queries[@]}"; do
  measure "offer search, ${query%%|*}" "$base?${query#*|}" ""
  direct_p50=$measured_p50 direct_p95=$measured_p95
  measure "offer search through the gateway, ${query%%|*}" "$through?${query#*|}" ""
  echo "$(stamp) offers=$count offer search, ${query%%|*}: through the gateway / direct, p50 $(awk -v a="$measured_p50" -v b="$direct_p50" 'BEGIN { printf "%.2f", a / b }')," \
    "p95 $(awk -v a="$measured_p95" -v b="$direct_p95" 'BEGIN { printf "%.2f", a / b }')" | tee -a "$results/$results_file"
done

today=$(psql "$pg/$db" -qAtc "select current_date")
psql "$pg/$db" -qAt >"$results/explain-offers.txt" <<SQL
explain (analyze, buffers)
select o.* from offer o where o.status = 'PUBLISHED' and o.published_from <= '$today' and o.expires_on >= '$today'
order by o.published_from desc, o.id offset 0 limit 21;
explain (analyze, buffers)
select o.* from offer o where o.status = 'PUBLISHED' and o.published_from <= '$today' and o.expires_on >= '$today'
  and o.search_text @@ websearch_to_tsquery('french', offer_unaccent('médecin généraliste'))
order by o.published_from desc, o.id offset 0 limit 21;
explain (analyze, buffers)
select o.* from offer o where o.status = 'PUBLISHED' and o.published_from <= '$today' and o.expires_on >= '$today'
  and o.latitude is not null and point(o.longitude, o.latitude) <@ box(point(3.1054, 44.2616), point(3.8658, 44.8012))
  and (2 * 6371.0088 * asin(sqrt(power(sin(radians(o.latitude - 44.5314) / 2), 2)
      + cos(radians(44.5314)) * cos(radians(o.latitude)) * power(sin(radians(o.longitude - 3.4856) / 2), 2)))) <= 30
order by 2 * 6371.0088 * asin(sqrt(power(sin(radians(o.latitude - 44.5314) / 2), 2)
      + cos(radians(44.5314)) * cos(radians(o.latitude)) * power(sin(radians(o.longitude - 3.4856) / 2), 2))),
  o.published_from desc, o.id offset 0 limit 21;
SQL
echo "EXPLAIN of the searches: $results/explain-offers.txt"
