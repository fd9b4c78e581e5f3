# welcome-service's API through the gateway, as the demo seeds (deploy/local/demo-events) and the registrations
# benchmark (bench/registrations.sh) call it: an organiser's token, a draft created, then published. Sourced; needs
# bash and curl.
api=${GUICHET_API:-http://localhost:8080/api}
realm=${GUICHET_REALM:-http://localhost:8180/realms/guichet}

field() { sed -n "s/.*\"$1\":\"\([^\"]*\)\".*/\1/p"; }
header() { tr -d '\r' | sed -n "s/^$1: *//Ip" | head -n 1; }

# token USER: a demo account's access token (password = user name); it lives 300 s
token() {
  curl -fsS -d grant_type=password -d client_id=guichet-cli -d "username=$1" -d "password=$1" \
    "$realm/protocol/openid-connect/token" | field access_token
}

# at DAYS HH:MM: that day from today at that time (UTC), as an ISO-8601 instant (GNU date, else BSD date)
at() {
  date -u -d "+$1 days" "+%Y-%m-%dT$2:00Z" 2>/dev/null || date -u -v "+$1d" "+%Y-%m-%dT$2:00Z"
}

# create COLLECTION TOKEN JSON -> "ID ETAG" of the new draft
create() {
  local created
  created=$(curl -fsS -D - -H "Authorization: Bearer $2" -H 'Content-Type: application/json' -d "$3" "$api/$1")
  echo "$(printf '%s' "$created" | grep -o '"id":"[^"]*"' | head -n 1 | cut -d'"' -f4) $(printf '%s' "$created" | header etag)"
}

# publication COLLECTION TOKEN ID ETAG: publishes the draft
publication() {
  curl -fsS -o /dev/null -X POST -H "Authorization: Bearer $2" -H "If-Match: $4" "$api/$1/$3/publication"
}

# event TOKEN JSON -> publishes the event the organiser describes and prints its id
event() {
  local id etag
  read -r id etag < <(create events "$1" "$2")
  publication events "$1" "$id" "$etag"
  echo "$id"
}
