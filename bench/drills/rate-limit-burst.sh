#!/usr/bin/env bash
# A burst beyond the rate limits: one doctor's token fires 2,000 requests at 50 connections, and one
# address 1,000 anonymous catalogue reads, while doctor2 reads their own file at 5/s. Must hold: the
# excess is refused with 429 and Retry-After, never a 5xx; doctor2 is not affected; the services behind
# stay healthy. Run it on the stack's default limits (not the benchmarks' raised ones).
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
source "$root/bench/lib/stack.sh"
source "$root/bench/drills/lib.sh"
require_tools hey curl
require_stack
doctor=$(password_token doctor)
doctor2=$(password_token doctor2)
id=$(first_id "$gateway/api/cases?limit=1" "$doctor")

echo "Rate-limit drill: bursts of 2,000 authenticated and 1,000 anonymous requests; a bystander at 5/s..."
stream bystander 20 5 -H "Authorization: Bearer $doctor2" "$gateway/api/cases?limit=5"
hey -n 2000 -c 50 -H "Authorization: Bearer $doctor" "$gateway/api/cases/$id" >"$drill_work/burst"
hey -n 1000 -c 50 "$gateway/api/aids?limit=5" >"$drill_work/anonymous-burst"
# one refusal looked at closely, taken while a third burst keeps the bucket empty
hey -n 1000 -c 20 -H "Authorization: Bearer $doctor" "$gateway/api/cases/$id" >/dev/null &
for _ in $(seq 1 200); do
  status=$(curl -s -D "$drill_work/refusal.headers" -o "$drill_work/refusal" -w '%{http_code}' \
    -H "Authorization: Bearer $doctor" "$gateway/api/cases/$id")
  [ "$status" = 429 ] && break
done
retry_after=$(tr -d '\r' <"$drill_work/refusal.headers" | awk 'tolower($1) == "retry-after:" { print $2 }')
problem=$(cat "$drill_work/refusal")
wait
for s in burst anonymous-burst bystander; do report_stream "$s"; done
echo "  one more request in the burst: Retry-After ${retry_after:-none}"
fivexx() { statuses_of "$1" | tr ' ' '\n' | grep -c '^5' || true; }
check "the authenticated burst met 429s" [ "$(count_of burst 429)" -gt 0 ]
check "the anonymous burst met 429s" [ "$(count_of anonymous-burst 429)" -gt 0 ]
check "only 200 and 429 in the authenticated burst" only burst 200 429
check "only 200 and 429 in the anonymous burst" only anonymous-burst 200 429
check "no 5xx anywhere" [ "$(fivexx burst)$(fivexx anonymous-burst)$(fivexx bystander)" = 000 ]
check "429 carries Retry-After" [ -n "$retry_after" ]
check "429 is a problem+json" grep -q '"status":429' <<<"$problem"
check "the bystander (another token) got only 200" only bystander 200
check "services behind stay healthy" [ "$(curl -s -o /dev/null -w '%{http_code}' "$cases/q/health/ready")$(curl -s -o /dev/null -w '%{http_code}' "$aids/q/health/ready")" = 200200 ]
finish "rate-limit-burst (burst: $(count_of burst 200) served, $(count_of burst 429) refused)"
