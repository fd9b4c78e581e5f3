#!/usr/bin/env bash
# What the gateway costs, judged the two ways that mean something on a 2-core machine shared by the
# gateway, the services and the load generator (a saturated through/direct ratio mostly measures CPU
# sharing): latency added at fixed rates, and the gateway's CPU time per request.
# Start the stack with rate limits out of the way first:
#   GUICHET_RATE_PER_SECOND=1000000 GUICHET_RATE_BURST=1000000 GUICHET_ANONYMOUS_RATE_PER_SECOND=1000000 \
#   GUICHET_ANONYMOUS_RATE_BURST=1000000 deploy/local/run --background
#   bench/gateway-cost.sh        RATES (default "200 500 1000"), SECONDS_PER_RUN (10), CPU_REQUESTS (20000)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
results=$here/results
mkdir -p "$results"
rates=${RATES:-200 500 1000}
seconds=${SECONDS_PER_RUN:-10}
cpu_requests=${CPU_REQUESTS:-20000}
data=${GUICHET_DATA_DIR:-$root/.data}
realm=http://localhost:8180/realms/guichet
out=$results/gateway-cost.txt

token() {
  curl -fsS -d grant_type=password -d client_id=guichet-cli -d username=doctor -d password=doctor \
    "$realm/protocol/openid-connect/token" | sed -n 's/.*"access_token":"\([^"]*\)".*/\1/p'
}

# the doctor's first case, created if there is none
case_id() {
  local t=$1 id
  id=$(curl -fsS -H "Authorization: Bearer $t" "http://localhost:8082/cases?limit=1" | grep -o '"id":"[^"]*"' | head -n 1 | cut -d'"' -f4)
  if [ -z "$id" ]; then
    id=$(curl -fsS -D - -o /dev/null -H "Authorization: Bearer $t" -H 'Content-Type: application/json' \
      -d '{"professional":{"firstName":"Claire","lastName":"Martin","email":"c@example.org","profession":"GENERAL_PRACTITIONER","careerStage":"INSTALLING"},"project":{"targetCommune":"48095"}}' \
      http://localhost:8082/cases | tr -d '\r' | sed -n 's#^[Ll]ocation: .*/##p')
  fi
  echo "$id"
}

# fixed-rate run: prints "p50 p99" in ms; fails on any non-200
at_rate() {
  local rate=$1 url=$2 auth=$3 workers=10 out
  out=$(hey -z "${seconds}s" -c "$workers" -q $((rate / workers)) ${auth:+-H "Authorization: Bearer $auth"} "$url")
  if echo "$out" | grep -qE "^\s+\[[0-9]+\]" && echo "$out" | grep -E "^\s+\[[0-9]+\]" | grep -vq "\[200\]"; then
    echo "non-200 answers at $rate/s on $url:" >&2
    echo "$out" | sed -n '/Status code distribution/,$p' >&2
    exit 1
  fi
  echo "$(echo "$out" | awk '/ 50% in / { print $3 * 1000 }') $(echo "$out" | awk '/ 99% in / { print $3 * 1000 }')"
}

cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat"; }

gateway_pid=$(cat "$data/pids/gateway.pid")
hz=$(getconf CLK_TCK)
t=$(token)
id=$(case_id "$t")
public_direct="http://localhost:8081/aids?limit=20"
public_gateway="http://localhost:8080/api/aids?limit=20"
auth_direct="http://localhost:8082/cases/$id"
auth_gateway="http://localhost:8080/api/cases/$id"

echo "Warming up..."
for url in "$public_direct" "$public_gateway"; do hey -n 5000 -c 16 "$url" >/dev/null; done
for url in "$auth_direct" "$auth_gateway"; do hey -n 5000 -c 16 -H "Authorization: Bearer $t" "$url" >/dev/null; done

stamp=$(date -u +%Y-%m-%dT%H:%MZ)
for rate in $rates; do
  t=$(token) # tokens live 300 s
  read -r d50 d99 <<<"$(at_rate "$rate" "$public_direct" "")"
  read -r g50 g99 <<<"$(at_rate "$rate" "$public_gateway" "")"
  line="$stamp public GET /api/aids at $rate/s: direct p50 $d50 p99 $d99 ms, through gateway p50 $g50 p99 $g99 ms"
  echo "$line" | tee -a "$out"
  read -r d50 d99 <<<"$(at_rate "$rate" "$auth_direct" "$t")"
  read -r g50 g99 <<<"$(at_rate "$rate" "$auth_gateway" "$t")"
  line="$stamp authenticated GET /api/cases/{id} at $rate/s: direct p50 $d50 p99 $d99 ms, through gateway p50 $g50 p99 $g99 ms"
  echo "$line" | tee -a "$out"
done

t=$(token)
for kind in public authenticated; do
  url=$public_gateway auth=""
  [ "$kind" = authenticated ] && url=$auth_gateway auth=$t
  before=$(cpu_ticks "$gateway_pid")
  hey -n "$cpu_requests" -c 32 ${auth:+-H "Authorization: Bearer $auth"} "$url" >/dev/null
  after=$(cpu_ticks "$gateway_pid")
  micros=$(awk -v d=$((after - before)) -v hz="$hz" -v n="$cpu_requests" 'BEGIN { printf "%.0f", d / hz / n * 1e6 }')
  echo "$stamp gateway CPU per $kind proxied request: $micros us ($cpu_requests requests)" | tee -a "$out"
done
