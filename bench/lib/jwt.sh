# Signs test tokens for benchmarks of a service started with quarkus.oidc.public-key (no Keycloak needed).
# Sourced. Needs openssl. Keys live in bench/results/keys (ignored by git).
bench_keys=${bench_keys:-$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)/results/keys}

b64url() { openssl base64 -A | tr '+/' '-_' | tr -d '='; }

ensure_bench_key() {
  mkdir -p "$bench_keys"
  [ -f "$bench_keys/private.pem" ] || openssl genrsa -out "$bench_keys/private.pem" 2048 2>/dev/null
}

# The public key as quarkus.oidc.public-key wants it: base64 DER, no PEM armour.
bench_public_key() {
  openssl rsa -in "$bench_keys/private.pem" -pubout -outform DER 2>/dev/null | openssl base64 -A
}

# bench_token ISSUER SUBJECT ROLE EXTRA_CLAIMS_JSON (e.g. '"departments":["02","41"]')
bench_token() {
  local now exp header payload
  now=$(date +%s)
  exp=$((now + 7200))
  header=$(printf '{"alg":"RS256","typ":"JWT"}' | b64url)
  payload=$(printf '{"iss":"%s","sub":"%s","preferred_username":"%s","aud":"guichet-api","iat":%d,"exp":%d,"realm_access":{"roles":["%s"]}%s}' \
    "$1" "$2" "$2" "$now" "$exp" "$3" "${4:+,$4}" | b64url)
  printf '%s.%s.%s' "$header" "$payload" \
    "$(printf '%s.%s' "$header" "$payload" | openssl dgst -sha256 -sign "$bench_keys/private.pem" | b64url)"
}
