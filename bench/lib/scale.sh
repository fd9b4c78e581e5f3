# A service of the benchmark's own (cases-service, or scale_module) on a throw-away database, its tokens verified with
# the bench key (no Keycloak): bench/cases-at-scale.sh, bench/deadlines.sh and bench/offers.sh. Sourced after jwt.sh;
# expects root, results, port and db.
pg="postgresql://postgres@127.0.0.1:${GUICHET_POSTGRES_PORT:-5432}"

# start_scale_service LOG [JAVA OPTIONS...]: checks the tools and PostgreSQL, creates the database afresh, starts the
# service on it (later options win over the defaults here), stops it and drops the database on exit (KEEP_DB=1 keeps
# it), and returns once it is ready.
start_scale_service() {
  local log=$1 tool
  shift
  for tool in hey psql openssl curl; do
    command -v "$tool" >/dev/null || { echo "$tool is missing (apt-get install hey postgresql-client openssl curl)" >&2; exit 1; }
  done
  psql "$pg/postgres" -qAtc "select 1" >/dev/null || { echo "No PostgreSQL on $pg: start deploy/local/run --background" >&2; exit 1; }
  local jar=$root/${scale_module:-cases-service}/target/quarkus-app/quarkus-run.jar
  [ -f "$jar" ] || (cd "$root" && ./mvnw -q -B install -DskipTests)

  echo "Creating database $db..."
  psql "$pg/postgres" -qc "drop database if exists $db" -c "create database $db owner guichet"
  ensure_bench_key
  java -Xms32m -Xmx160m -XX:+UseSerialGC -Dquarkus.http.port="$port" \
    -Dquarkus.datasource.jdbc.url="jdbc:postgresql://127.0.0.1:${GUICHET_POSTGRES_PORT:-5432}/$db" \
    -Dquarkus.datasource.username=guichet -Dquarkus.datasource.password=guichet \
    -Dquarkus.oidc.auth-server-url= -Dquarkus.oidc.public-key="$(bench_public_key)" -Dquarkus.oidc.token.issuer=guichet-bench \
    "$@" -jar "$jar" >"$log" 2>&1 &
  service=$!
  trap stop_scale_service EXIT
  until curl -fs -o /dev/null "http://127.0.0.1:$port/q/health/ready"; do
    kill -0 "$service" 2>/dev/null || { tail -20 "$log" >&2; exit 1; }
    sleep 1
  done
}

stop_scale_service() {
  kill "$service" 2>/dev/null || true
  wait "$service" 2>/dev/null || true
  [ "${KEEP_DB:-0}" = 1 ] || psql "$pg/postgres" -qc "drop database if exists $db" || true
}
