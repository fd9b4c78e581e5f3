# measure LABEL URL [TOKEN]: RUNS runs of REQUESTS GETs (a multiple of CONCURRENCY: hey sends whole rounds) at CONCURRENCY after a warm-up of the same size;
# prints each run, then the medians of p50 and p95 in ms, and appends them to the results file (results_file, default
# cases-at-scale.txt) after what was seeded (count_label, default cases, and count). Without a token, anonymous GETs.
# Sourced after stack.sh (for median); expects runs, requests, concurrency, results and count to be set by the caller.
# Leaves the medians in measured_p50 and measured_p95, for comparisons.
measure() {
  local label=$1 url=$2 token=$3 n=${REQUESTS:-$requests} p50s=() p95s=() out i
  local auth=()
  [ -z "$token" ] || auth=(-H "Authorization: Bearer $token")
  hey -n "$n" -c "$concurrency" "${auth[@]}" "$url" >/dev/null
  for i in $(seq 1 "$runs"); do
    out=$(hey -n "$n" -c "$concurrency" "${auth[@]}" "$url")
    if ! echo "$out" | grep -qE "\[200\][[:space:]]+$n responses"; then
      echo "$label: not every answer was 200:" >&2
      echo "$out" | sed -n '/Status code distribution/,$p' >&2
      exit 1
    fi
    p50s+=("$(echo "$out" | awk '/ 50% in / { print $3 * 1000 }')")
    p95s+=("$(echo "$out" | awk '/ 95% in / { print $3 * 1000 }')")
    echo "  $label, run $i: p50 ${p50s[-1]} ms, p95 ${p95s[-1]} ms"
  done
  local line
  measured_p50=$(printf '%s\n' "${p50s[@]}" | median)
  measured_p95=$(printf '%s\n' "${p95s[@]}" | median)
  line="$(date -u +%Y-%m-%dT%H:%MZ) ${count_label:-cases}=$count $label: median p50 $measured_p50 ms, median p95 $measured_p95 ms (runs=$runs requests=$n concurrency=$concurrency)"
  echo "$line" | tee -a "$results/${results_file:-cases-at-scale.txt}"
}
