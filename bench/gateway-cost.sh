#!/usr/bin/env bash
# What the gateway costs, judged the two ways that mean something on a 2-core machine shared by the
# gateway, the services and the load generator: latency added at fixed rates, and the gateway's CPU time
# per request. The saturated through/direct throughput ratio is printed too, for what it is: mostly a
# measure of two processes sharing two cores.
# Start the stack with rate limits out of the way first:
#   GUICHET_RATE_PER_SECOND=1000000 GUICHET_RATE_BURST=1000000 GUICHET_ANONYMOUS_RATE_PER_SECOND=1000000 \
#   GUICHET_ANONYMOUS_RATE_BURST=1000000 deploy/local/run --background
#   bench/gateway-cost.sh    RUNS (3), RATES ("200 500 1000"), SECONDS_PER_RUN (10), CPU_REQUESTS (30000), WARMUP (40000)
# Every cell is the median of RUNS runs; direct and through-gateway runs alternate within each run.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
source "$root/bench/lib/stack.sh"
require_tools hey curl
require_stack
runs=${RUNS:-3}
rates=${RATES:-200 500 1000}
seconds=${SECONDS_PER_RUN:-10}
cpu_requests=${CPU_REQUESTS:-30000}
warmup=${WARMUP:-40000}
results=$root/bench/results
mkdir -p "$results"
out=$results/gateway-cost.txt
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# hey_at RATE URL [TOKEN]: a fixed-rate run (10 workers); its report, refused unless every answer is 200
hey_at() {
  local report
  report=$(hey -z "${seconds}s" -c 10 -q $(($1 / 10)) ${3:+-H "Authorization: Bearer $3"} "$2")
  if [ "$(echo "$report" | hey_non2xx)" != 0 ] || [ "$(echo "$report" | hey_errors)" != 0 ]; then
    echo "Answers other than 200 at $1/s on $2:" >&2
    echo "$report" | sed -n '/Status code distribution/,$p' >&2
    exit 1
  fi
  echo "$report"
}

record() { echo "$1" >>"$work/$2"; }
median_of() { median <"$work/$1"; }

t=$(password_token doctor)
id=$(first_id "$cases/cases?limit=1" "$t")
[ -n "$id" ] || { echo "The doctor has no case: start the stack with its demo cases (GUICHET_DEMO=1)" >&2; exit 1; }
declare -A urls=(
  [public.direct]="$aids/aids?limit=20" [public.gateway]="$gateway/api/aids?limit=20"
  [authenticated.direct]="$cases/cases/$id" [authenticated.gateway]="$gateway/api/cases/$id"
)
gateway_pid=$(pid_of gateway)
cases_pid=$(pid_of cases-service)

echo "Warming up ($warmup requests per path)..."
for key in "${!urls[@]}"; do
  if [ "${key%%.*}" = authenticated ]; then
    hey -n "$warmup" -c 32 -H "Authorization: Bearer $t" "${urls[$key]}" >/dev/null
  else
    hey -n "$warmup" -c 32 "${urls[$key]}" >/dev/null
  fi
done

for run in $(seq 1 "$runs"); do
  for rate in $rates; do
    t=$(password_token doctor) # tokens live 300 s
    for kind in public authenticated; do
      token=""
      [ "$kind" = authenticated ] && token=$t
      for via in direct gateway; do
        report=$(hey_at "$rate" "${urls[$kind.$via]}" "$token")
        record "$(echo "$report" | hey_p 50)" "$kind.$rate.$via.p50"
        record "$(echo "$report" | hey_p 99)" "$kind.$rate.$via.p99"
      done
      echo "run $run, $kind at $rate/s: direct p50/p99 $(tail -n1 "$work/$kind.$rate.direct.p50")/$(tail -n1 "$work/$kind.$rate.direct.p99") ms," \
        "through gateway $(tail -n1 "$work/$kind.$rate.gateway.p50")/$(tail -n1 "$work/$kind.$rate.gateway.p99") ms"
    done
  done
  t=$(password_token doctor)
  record "$(cpu_per_request "$gateway_pid" "$cpu_requests" "${urls[public.gateway]}")" cpu.public
  record "$(cpu_per_request "$gateway_pid" "$cpu_requests" "${urls[authenticated.gateway]}" "$t")" cpu.authenticated
  record "$(cpu_per_request "$cases_pid" "$cpu_requests" "${urls[authenticated.direct]}" "$t")" cpu.service
  direct=$(hey -n "$cpu_requests" -c 32 -H "Authorization: Bearer $t" "${urls[authenticated.direct]}" | hey_rps)
  through=$(hey -n "$cpu_requests" -c 32 -H "Authorization: Bearer $t" "${urls[authenticated.gateway]}" | hey_rps)
  record "$(awk -v a="$through" -v b="$direct" 'BEGIN { printf "%.2f", a / b }')" saturated.ratio
  echo "run $run, CPU per request: gateway public $(tail -n1 "$work/cpu.public") us, gateway authenticated" \
    "$(tail -n1 "$work/cpu.authenticated") us, cases-service serving it $(tail -n1 "$work/cpu.service") us;" \
    "saturated authenticated: $through/s through, $direct/s direct"
done

now=$(stamp)
{
  for rate in $rates; do
    for kind in public authenticated; do
      d50=$(median_of "$kind.$rate.direct.p50") d99=$(median_of "$kind.$rate.direct.p99")
      g50=$(median_of "$kind.$rate.gateway.p50") g99=$(median_of "$kind.$rate.gateway.p99")
      echo "$now $kind at $rate/s (median of $runs): direct p50 $d50 p99 $d99 ms; through gateway p50 $g50 p99 $g99 ms;" \
        "added p99 $(awk -v a="$g99" -v b="$d99" 'BEGIN { printf "%+.1f", a - b }') ms"
    done
  done
  echo "$now gateway CPU per proxied request (median of $runs x $cpu_requests): public $(median_of cpu.public) us," \
    "authenticated $(median_of cpu.authenticated) us; cases-service per direct read $(median_of cpu.service) us"
  echo "$now saturated authenticated throughput through/direct (median of $runs): $(median_of saturated.ratio)"
} | tee -a "$out"
