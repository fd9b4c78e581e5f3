# Shared by deploy/local/run and deploy/local/stop. Sourced, not run.
DATA=${GUICHET_DATA_DIR:-$root/.data}
LOGS=$DATA/logs
PIDS=$DATA/pids
LOCAL_PG=$root/deploy/local/embedded-postgres
POSTGRES_PORT=${GUICHET_POSTGRES_PORT:-5432}
AIDS_PORT=8081
CASES_PORT=8082
WELCOME_PORT=${GUICHET_WELCOME_PORT:-8084}
GATEWAY_PORT=8080
DESK_PORT=8083
KEYCLOAK_PORT=8180
# GreenMail standalone keeps the mails cases-service sends (nothing is delivered) and shows them on its API port
SMTP_PORT=${GUICHET_LOCAL_SMTP_PORT:-3025}
SMTP_API_PORT=${GUICHET_LOCAL_SMTP_API_PORT:-8025}
SMTP_JAR=$root/deploy/local/smtp/target/greenmail-standalone.jar
KEYCLOAK_DIST=$root/deploy/local/keycloak/target/keycloak-26.7.3
KEYCLOAK_HOME=$DATA/keycloak
DB_USER=${GUICHET_DB_USER:-guichet}
DB_PASSWORD=${GUICHET_DB_PASSWORD:-guichet}
JAVA_OPTS=${GUICHET_JAVA_OPTS:--Xms32m -Xmx160m -XX:+UseSerialGC -XX:+ExitOnOutOfMemoryError}
# The services' Java (GUICHET_JAVA_HOME, else the java on the PATH). GUICHET_AOT=1 (Java 25 or later) runs
# them from Quarkus' aot-jar packaging with an ahead-of-time cache (JEP 483/514) in $DATA/aot: a service
# started without a cache records one, written when it stops; later starts load it.
SERVICE_JAVA=${GUICHET_JAVA_HOME:+$GUICHET_JAVA_HOME/bin/}java
AOT=${GUICHET_AOT:-0}
AOT_CACHES=$DATA/aot
# Started in this order, stopped in the reverse one.
PROCESSES=(postgres smtp keycloak aids-service cases-service welcome-service desk gateway)

port_taken() {
  (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

require_free_port() {
  if port_taken "$1"; then
    echo "Port $1 ($2) is already taken by another program; free it or change the port." >&2
    exit 1
  fi
}

pid_of() {
  local file=$PIDS/$1.pid
  [ -f "$file" ] && kill -0 "$(cat "$file")" 2>/dev/null && cat "$file"
}

any_running() {
  local name
  for name in "${PROCESSES[@]}"; do
    [ -n "$(pid_of "$name")" ] && return 0
  done
  return 1
}

refuse_if_running() {
  if any_running; then
    echo "Guichet is already running (see $PIDS); stop it first with deploy/local/stop." >&2
    exit 1
  fi
}

# the folder a service runs from: Quarkus' default fast-jar, or the aot-jar packaging beside it
service_app() {
  if [ "$AOT" = 1 ]; then echo "$root/$1/target/aot"; else echo "$root/$1/target/quarkus-app"; fi
}

build_if_missing() {
  local module jar
  for module in aids-service cases-service welcome-service gateway desk common; do
    jar=$(service_app "$module")/quarkus-run.jar
    [ "$module" = common ] && jar=$root/$module/target/guichet-common-1.0.0-SNAPSHOT.jar
    # missing, or older than a source file: a stale build would run yesterday's code
    if [ ! -f "$jar" ] || [ -n "$(find "$root/$module/src/main" -newer "$jar" -print -quit)" ]; then
      build
      return
    fi
  done
  [ -d "$LOCAL_PG/target/lib" ] && [ -d "$KEYCLOAK_DIST" ] && [ -f "$SMTP_JAR" ] || build
}

build() {
  echo "Building Guichet (first run, or sources changed; tests skipped)..."
  (cd "$root" && ./mvnw -q -B install -DskipTests)
  if [ "$AOT" = 1 ]; then
    (cd "$root" && ./mvnw -q -B package -DskipTests -pl aids-service,cases-service,welcome-service,gateway,desk \
      -Dquarkus.package.jar.type=aot-jar -Dquarkus.package.output-directory=aot)
  fi
}

# java_major JAVA: its version's feature number (17, 25...); nothing if it does not run
java_major() {
  "$1" -XshowSettings:properties -version 2>&1 | awk '/java.specification.version/ { print $3 }'
}

require_aot_java() {
  [ "$AOT" = 1 ] || return 0
  local version
  version=$(java_major "$SERVICE_JAVA")
  if ! [ "${version:-0}" -ge 25 ] 2>/dev/null; then
    echo "GUICHET_AOT=1 needs Java 25 or later for the services; $SERVICE_JAVA is Java ${version:-unknown}." \
      "Point GUICHET_JAVA_HOME at one." >&2
    exit 2
  fi
}

# the service's cache if it is newer than the application; else record one, written when the service stops
aot_options() {
  [ "$AOT" = 1 ] || return 0
  local cache=$AOT_CACHES/$1.aot
  mkdir -p "$AOT_CACHES"
  if [ -f "$cache" ] && [ -z "$(find "$(service_app "$1")" -newer "$cache" -print -quit)" ]; then
    echo "-XX:AOTCache=$cache"
  else
    rm -f "$cache"
    echo "-XX:AOTCacheOutput=$cache"
  fi
}

# Keycloak lives in the data folder, so that its realm and users survive rebuilds; the realm exports (one file
# per realm: guichet, and psc-demo, the local imitation of Pro Santé Connect) are imported at the first start
# only (Keycloak skips a realm that exists).
prepare_keycloak() {
  if [ ! -d "$KEYCLOAK_HOME" ]; then
    cp -r "$KEYCLOAK_DIST" "$KEYCLOAK_HOME"
  fi
  local imports=$KEYCLOAK_HOME/data/import realm imported
  # Keycloak imports a realm only when it has none: a changed export (roles, clients, mappers pulled since the
  # last run) starts it from a fresh database, which holds nothing but the imported realms and their sessions.
  for realm in "$root"/deploy/keycloak/*-realm.json; do
    imported=$imports/$(basename "$realm")
    if [ -f "$imported" ] && ! cmp -s "$realm" "$imported"; then
      echo "The realm export $(basename "$realm") changed since the last run: Keycloak's local database is reset to import it again."
      rm -rf "$KEYCLOAK_HOME/data/h2"
    fi
  done
  mkdir -p "$imports"
  rm -f "$imports"/*.json
  cp "$root"/deploy/keycloak/*-realm.json "$imports/"
}

start_process() {
  local name=$1
  shift
  echo "Starting $name (log: $LOGS/$name.log)"
  "$@" >"$LOGS/$name.log" 2>&1 &
  echo $! >"$PIDS/$name.pid"
}

# The settings run started with (every GUICHET_ variable), so that one process can be started again alike.
save_settings() {
  local name
  for name in $(compgen -e | grep '^GUICHET_'); do
    printf 'export %s=%q\n' "$name" "${!name}"
  done >"$DATA/settings.env"
}

start_named() {
  case $1 in
    postgres)
      start_process postgres java -cp "$LOCAL_PG/target/classes:$LOCAL_PG/target/lib/*" fr.guichet.localpg.LocalPostgres \
        "$DATA/postgres" "$POSTGRES_PORT" "$DB_USER" "$DB_PASSWORD" guichet_aids guichet_cases guichet_welcome ;;
    smtp)
      start_process smtp java -Xmx64m -Dgreenmail.smtp.hostname=127.0.0.1 -Dgreenmail.smtp.port="$SMTP_PORT" \
        -Dgreenmail.auth.disabled -Dgreenmail.api.hostname=127.0.0.1 -Dgreenmail.api.port="$SMTP_API_PORT" -jar "$SMTP_JAR" ;;
    keycloak)
      start_process keycloak env KC_BOOTSTRAP_ADMIN_USERNAME=admin KC_BOOTSTRAP_ADMIN_PASSWORD=admin \
        JAVA_OPTS_KC_HEAP="-Xms64m -Xmx512m" "$KEYCLOAK_HOME/bin/kc.sh" start-dev --http-port "$KEYCLOAK_PORT" \
        --hostname "http://localhost:$KEYCLOAK_PORT" --import-realm ;;
    aids-service | cases-service | welcome-service | desk | gateway)
      # shellcheck disable=SC2086
      start_process "$1" "$SERVICE_JAVA" $JAVA_OPTS $(aot_options "$1") -jar "$(service_app "$1")/quarkus-run.jar" ;;
    *) echo "No process named $1 (one of: ${PROCESSES[*]})" >&2; return 2 ;;
  esac
}

wait_ready() {
  case $1 in
    postgres) wait_for postgres PostgreSQL 120 postgres_ready ;;
    smtp) wait_for smtp "the SMTP server" 60 http_ready "http://127.0.0.1:$SMTP_API_PORT/api/service/readiness" ;;
    keycloak) wait_for keycloak Keycloak 240 http_ready "http://localhost:$KEYCLOAK_PORT/realms/guichet/.well-known/openid-configuration" ;;
    aids-service) wait_for aids-service aids-service 120 http_ready "http://127.0.0.1:$AIDS_PORT/q/health/ready" ;;
    cases-service) wait_for cases-service cases-service 120 http_ready "http://127.0.0.1:$CASES_PORT/q/health/ready" ;;
    welcome-service) wait_for welcome-service welcome-service 120 http_ready "http://127.0.0.1:$WELCOME_PORT/q/health/ready" ;;
    desk) wait_for desk desk 120 http_ready "http://127.0.0.1:$DESK_PORT/q/health/ready" ;;
    gateway) wait_for gateway gateway 120 http_ready "http://127.0.0.1:$GATEWAY_PORT/q/health/ready" ;;
  esac
}

postgres_ready() {
  grep -q "PostgreSQL ready" "$LOGS/postgres.log" 2>/dev/null
}

http_ready() {
  curl -fsS -o /dev/null "$1" 2>/dev/null
}

# wait_for NAME LABEL SECONDS CHECK [ARGS...]: dots while waiting; if the process NAME ends or time runs
# out, the logs' tails and status 1.
wait_for() {
  local name=$1 label=$2 seconds=$3
  shift 3
  local waited=0
  printf "Waiting for %s " "$label"
  until "$@"; do
    local ended=""
    pid_of "$name" >/dev/null || ended=" it stopped."
    if [ -n "$ended" ] || [ "$waited" -ge "$seconds" ]; then
      echo "${ended:- gave up after ${seconds}s.}" >&2
      tail -n 20 "$LOGS"/*.log >&2 || true
      return 1
    fi
    printf "."
    sleep 1
    waited=$((waited + 1))
  done
  echo " ready (${waited}s)."
}

wait_any_exit() {
  while true; do
    local name
    for name in "${PROCESSES[@]}"; do
      if [ -f "$PIDS/$name.pid" ] && [ -z "$(pid_of "$name")" ]; then
        return
      fi
    done
    sleep 1
  done
}

stop_all() {
  local i
  for ((i = ${#PROCESSES[@]} - 1; i >= 0; i--)); do
    stop_named "${PROCESSES[$i]}"
  done
}

# stop_named NAME [SIGNAL]: TERM (or SIGNAL) and 15 s to finish (3 minutes with GUICHET_AOT=1: a service
# recording its cache writes it as it exits, in a second JVM: over 60 s on a busy 2-core machine), then KILL
stop_named() {
  local pid
  pid=$(pid_of "$1" || true)
  if [ -n "$pid" ]; then
    kill "-${2:-TERM}" "$pid" 2>/dev/null || true
    for _ in $(seq 1 "$([ "$AOT" = 1 ] && echo 360 || echo 30)"); do
      kill -0 "$pid" 2>/dev/null || break
      sleep 0.5
    done
    kill -KILL "$pid" 2>/dev/null || true
  fi
  rm -f "$PIDS/$1.pid"
}
