#!/usr/bin/env bash
# Bad input thrown at every write endpoint through the gateway, with the rights to call it (so that
# the body, not the token, is what gets judged): malformed JSON, wrong types, unknown fields, huge
# strings, NUL characters, deep nesting, bad RPPS/INSEE/dates, wrong media types, oversized bodies
# and uploads. Must hold: every answer is a 4xx application/problem+json, no 5xx, and nothing is
# written: a digest of every table of both databases is the same before and after.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
source "$root/bench/lib/stack.sh"
source "$root/bench/drills/lib.sh"
require_tools curl psql python3
require_stack
correspondant=$(password_token correspondant)
admin=$(password_token admin)
id=$(case_in_procedures "$correspondant")
task=$(first_id "$gateway/api/cases/$id/tasks" "$correspondant")
etag=$(header_of "$gateway/api/cases/$id" ETag -H "Authorization: Bearer $correspondant")
corpus=$drill_work/corpus
mkdir -p "$corpus"

# digest of every table (content, not just row counts: an update would show too)
digest() {
  local db
  for db in guichet_aids guichet_cases; do
    psql "postgresql://${GUICHET_DB_USER:-guichet}:${GUICHET_DB_PASSWORD:-guichet}@127.0.0.1:${GUICHET_POSTGRES_PORT:-5432}/$db" -qAt <<'SQL'
select string_agg(format('%s=%s', table_name, (xpath('/row/d/text()', query_to_xml(format(
  'select md5(coalesce(string_agg(md5(t::text), '''' order by md5(t::text)), '''')) as d from %I t', table_name),
  false, true, '')))[1]::text), ' ' order by table_name)
from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE';
SQL
  done
}

# the corpus: files named after what they hold
python3 - "$corpus" <<'PY'
import json, os, sys
d = sys.argv[1]
def put(name, data):
    with open(os.path.join(d, name), "wb") as f:
        f.write(data if isinstance(data, bytes) else data.encode())
put("truncated", '{"professional": {"firstName": "Ann')
put("not-json", "this is not json")
put("empty", "")
put("null", "null")
put("array", "[]")
put("number", "42")
put("string", '"hello"')
put("empty-object", "{}")
put("unknown-field", '{"sneaky": true, "to": "QUALIFIED", "body": "x", "assignee": "x", "code": "CAII"}')
put("wrong-types", '{"professional": 1, "project": [], "to": 42, "body": {}, "assignee": [1], "code": 7,'
    ' "status": true, "daysPerWeek": "four", "onCallDuty": "yes", "plannedStartDate": 20260301}')
put("huge-string", json.dumps({"body": "A" * 2_000_000, "reason": "A" * 2_000_000, "firstName": "A" * 2_000_000}))
put("nul-character", '{"body": "a\\u0000b", "reason": "a\\u0000b", "firstName": "a\\u0000b", "to": "QUALIFIED"}')
put("deep-nesting", "[" * 100_000 + "]" * 100_000)
put("bad-dates", '{"plannedStartDate": "2026-02-30", "dueDate": "31/12/2026", "effectiveFrom": "yesterday",'
    ' "date": "2026-13-01"}')
professional = {"rpps": "12345678901", "firstName": "Ann", "lastName": "Bad", "email": "ann@example.org",
                "profession": "GENERAL_PRACTITIONER", "careerStage": "INSTALLING"}
put("bad-rpps", json.dumps({"professional": professional, "project": {"targetCommune": "02408"}}))
professional["rpps"] = "10005173140"
put("bad-insee", json.dumps({"professional": professional, "project": {"targetCommune": "2A-04"}}))
put("unknown-insee", json.dumps({"profession": "GENERAL_PRACTITIONER", "careerStage": "INSTALLING",
                                 "targetCommune": "99999", "plannedStartDate": "2026-03-01"}))
put("unknown-enum", '{"to": "TELEPORTED", "status": "MAYBE", "profession": "WIZARD", "code": "lower-case"}')
put("oversized-13MB", b'{"body": "' + b"A" * (13 * 1024 * 1024) + b'"}')
put("bad-csv", "code_insee;zone\n48095;NOT_A_ZONE\nabc;ZIP\n")
put("fake.pdf", "this is plain text, not a PDF")
put("big-11MB.pdf", b"%PDF-1.4\n" + b"0" * (11 * 1024 * 1024))
put("oversized-13MB.pdf", b"%PDF-1.4\n" + b"0" * (13 * 1024 * 1024))
PY
json_bodies=(truncated not-json empty null array number string empty-object unknown-field wrong-types huge-string
  nul-character deep-nesting bad-dates bad-rpps bad-insee unknown-insee unknown-enum oversized-13MB)

sent=0
bad=0
declare -A by_status=()
# try LABEL METHOD PATH TOKEN CONTENT-TYPE BODY-FILE [curl options...]
try() {
  local label=$1 method=$2 path=$3 token=$4 type=$5 file=$6 status ctype
  shift 6
  read -r status ctype < <(curl -s -o "$drill_work/answer" -w '%{http_code} %{content_type}\n' -X "$method" \
    ${token:+-H "Authorization: Bearer $token"} ${type:+-H "Content-Type: $type"} "$@" \
    ${file:+--data-binary "@$file"} "$gateway$path")
  sent=$((sent + 1))
  by_status[$status]=$(( ${by_status[$status]:-0} + 1 ))
  if [[ ! "$status" =~ ^4 ]] || [[ "$ctype" != application/problem+json* ]]; then
    bad=$((bad + 1))
    echo "  BAD ANSWER  $label: $method $path -> $status ${ctype:-no content type}: $(head -c 200 "$drill_work/answer")"
  fi
}

before=$(digest)
declare -A tokens=([correspondant]=$correspondant [admin]=$admin [anonymous]="")
json_endpoints=( # method path caller needs-If-Match
  "POST /api/cases correspondant no"
  "PATCH /api/cases/$id correspondant yes"
  "PUT /api/cases/$id/assignee correspondant yes"
  "POST /api/cases/$id/transitions correspondant yes"
  "POST /api/cases/$id/messages correspondant no"
  "PATCH /api/cases/$id/tasks/$task correspondant yes"
  "POST /api/cases/$id/aids correspondant yes"
  "POST /api/aids admin no"
  "POST /api/aids/CAII/versions admin no"
  "POST /api/aids/CAII/retirement admin no"
  "POST /api/eligibility anonymous no"
)
for endpoint in "${json_endpoints[@]}"; do
  read -r method path caller if_match <<<"$endpoint"
  headers=()
  [ "$if_match" = yes ] && headers=(-H "If-Match: $etag")
  for body in "${json_bodies[@]}"; do
    try "$body" "$method" "$path" "${tokens[$caller]}" application/json "$corpus/$body" "${headers[@]}"
  done
  try "json as text/plain" "$method" "$path" "${tokens[$caller]}" text/plain "$corpus/empty-object" "${headers[@]}"
done
# zoning import (CSV) and documents (multipart)
try "bad csv" POST /api/territories/zoning/imports "$admin" text/csv "$corpus/bad-csv"
try "json to the csv import" POST /api/territories/zoning/imports "$admin" application/json "$corpus/wrong-types"
try "oversized csv" POST /api/territories/zoning/imports "$admin" text/csv "$corpus/oversized-13MB"
try "text disguised as pdf" POST "/api/cases/$id/documents" "$correspondant" "" "" -F "file=@$corpus/fake.pdf;type=application/pdf"
try "11 MB upload" POST "/api/cases/$id/documents" "$correspondant" "" "" -F "file=@$corpus/big-11MB.pdf;type=application/pdf"
try "13 MB upload" POST "/api/cases/$id/documents" "$correspondant" "" "" -F "file=@$corpus/oversized-13MB.pdf;type=application/pdf"
# the same, chunked: no length announced, so the size is only known while the body streams
try "13 MB json, chunked" POST /api/cases "$correspondant" application/json "$corpus/oversized-13MB" -H "Transfer-Encoding: chunked"
try "13 MB upload, chunked" POST "/api/cases/$id/documents" "$correspondant" "" "" -H "Transfer-Encoding: chunked" \
  -F "file=@$corpus/oversized-13MB.pdf;type=application/pdf"
try "no file part" POST "/api/cases/$id/documents" "$correspondant" "" "" -F "taskId=$task"
try "upload for an unknown task" POST "/api/cases/$id/documents" "$correspondant" "" "" -F "file=@$corpus/fake.pdf" -F "taskId=not-a-uuid"
try "json instead of multipart" POST "/api/cases/$id/documents" "$correspondant" application/json "$corpus/wrong-types"
sleep 2
after=$(digest)

echo "  $sent bad requests sent; answers by status: $(for s in "${!by_status[@]}"; do printf '%s=%s ' "$s" "${by_status[$s]}"; done)"
check "every answer a 4xx problem+json ($bad were not)" [ "$bad" = 0 ]
check "no 5xx" [ "$(for s in "${!by_status[@]}"; do [[ $s =~ ^5 ]] && echo x; done | wc -l)" = 0 ]
check "nothing written: every table of both databases unchanged" [ "$before" = "$after" ]
if [ "$before" != "$after" ]; then
  diff <(tr ' ' '\n' <<<"$before") <(tr ' ' '\n' <<<"$after") | sed 's/^/    /' || true
fi
finish "bad-input ($sent requests)"
