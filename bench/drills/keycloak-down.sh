#!/usr/bin/env bash
# Keycloak stopped: tokens issued before keep working through the gateway and the services (they hold
# the realm's keys), including a token neither has seen yet; a new login fails clearly; after Keycloak
# is back, logins work again. 40 s of traffic with Keycloak down.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
source "$root/bench/lib/stack.sh"
source "$root/bench/drills/lib.sh"
require_tools hey curl psql
require_stack
correspondant=$(password_token correspondant)
doctor=$(password_token doctor)
partner=$(partner_token)
unseen=$(password_token doctor2) # issued now, first shown to the gateway while Keycloak is down
id=$(first_id "$gateway/api/cases?limit=1" "$doctor")
body=$(new_drill_case)

echo "Keycloak drill: Keycloak stopped, then 40 s of traffic with the tokens issued before..."
"$service" stop keycloak
stream writes 40 10 -m POST -T application/json -D "$body" -H "Authorization: Bearer $correspondant" "$gateway/api/cases"
stream reads 40 10 -H "Authorization: Bearer $doctor" "$gateway/api/cases/$id"
stream direct-reads 40 5 -H "Authorization: Bearer $doctor" "$cases/cases/$id"
stream partner 40 5 -H "Authorization: Bearer $partner" "$gateway/api/cases?limit=5"
unseen_answer=$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $unseen" "$gateway/api/cases?limit=5")
login=$(curl -s -o /dev/null -w '%{http_code}' -d grant_type=password -d client_id=guichet-cli -d username=doctor \
  -d password=doctor "$realm/protocol/openid-connect/token" || true)
wait
for s in writes reads direct-reads partner; do report_stream "$s"; done
echo "  doctor2's token, never seen before: $unseen_answer; a new login: HTTP ${login} (000 = no answer: Keycloak is down)"
created=$(count_of writes 201)
check "creations all 201" only writes 201
check "reads through the gateway all 200" only reads 200
check "reads straight at cases-service all 200" only direct-reads 200
check "partner's client-credentials token still works" only partner 200
check "a token neither had seen is verified with the cached keys" [ "$unseen_answer" = 200 ]
check "a new login fails (no token issued)" [ "$login" != 200 ]
check "no acknowledged case lost" [ "$(drill_cases)" = "$created" ]
echo "  starting Keycloak again..."
"$service" start keycloak >/dev/null
check "logins work again once Keycloak is back" [ -n "$(password_token doctor)" ]
finish "keycloak-down"
