# Processes a benchmark starts beside its own service: the bench issuer (bench/lib/BenchIssuer.java), and Guichet's
# modules from their jars with the run script's heap settings, verifying the bench's tokens through that issuer (the
# gateway and the desk need an auth-server-url, with which Quarkus ignores a local public key). Sourced after jwt.sh;
# expects root. Each process started joins apps; stop_apps stops them.
apps=()

stop_apps() {
  local pid
  for pid in "${apps[@]}"; do kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; done
  apps=()
}

# start_issuer PORT LOG: the bench issuer, publishing the bench key; returns once it answers
start_issuer() {
  issuer_port=$1
  ensure_bench_key
  java "$root/bench/lib/BenchIssuer.java" "$1" "$(bench_public_key)" >"$2" 2>&1 &
  apps+=($!)
  until curl -fs -o /dev/null "http://127.0.0.1:$1/keys"; do
    kill -0 "${apps[-1]}" 2>/dev/null || { cat "$2" >&2; exit 1; }
    sleep 1
  done
}

# start_app MODULE PORT LOG [JAVA OPTIONS...]: the module's jar, after start_issuer; returns once it is ready
start_app() {
  local module=$1 app_port=$2 log=$3
  shift 3
  java -Xms32m -Xmx160m -XX:+UseSerialGC -Dquarkus.http.port="$app_port" \
    -Dquarkus.oidc.auth-server-url="http://127.0.0.1:$issuer_port" -Dquarkus.oidc.token.issuer=guichet-bench \
    "$@" -jar "$root/$module/target/quarkus-app/quarkus-run.jar" >"$log" 2>&1 &
  apps+=($!)
  until curl -fs -o /dev/null "http://127.0.0.1:$app_port/q/health/ready"; do
    kill -0 "${apps[-1]}" 2>/dev/null || { tail -20 "$log" >&2; exit 1; }
    sleep 1
  done
}
