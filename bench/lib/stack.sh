# What the benchmarks and drills need of the stack that deploy/local/run started. Sourced.
# Expects root to be set to the repository.
data=${GUICHET_DATA_DIR:-$root/.data}
realm=http://localhost:8180/realms/guichet
gateway=http://localhost:8080
aids=http://localhost:8081
cases=http://localhost:8082
welcome=http://localhost:${GUICHET_WELCOME_PORT:-8084}
hz=$(getconf CLK_TCK)

require_tools() {
  local tool
  for tool in "$@"; do
    command -v "$tool" >/dev/null || { echo "$tool is missing (Debian: apt-get install hey wrk postgresql-client)" >&2; exit 1; }
  done
}

require_stack() {
  curl -fsS -o /dev/null "$gateway/q/health/ready" 2>/dev/null \
    || { echo "The stack is not up: start it with deploy/local/run --background" >&2; exit 1; }
}

# password_token USER: a real Keycloak token of a demo account (password = user name); they live 300 s
password_token() {
  curl -fsS -d grant_type=password -d client_id=guichet-cli -d username="$1" -d password="$1" \
    "$realm/protocol/openid-connect/token" | sed -n 's/.*"access_token":"\([^"]*\)".*/\1/p'
}

partner_token() {
  curl -fsS -d grant_type=client_credentials -d client_id=partner-demo -d client_secret=partner-demo-secret \
    "$realm/protocol/openid-connect/token" | sed -n 's/.*"access_token":"\([^"]*\)".*/\1/p'
}

pid_of() { cat "$data/pids/$1.pid"; }
# PostgreSQL's own server process (pid_of postgres is its launcher's, which the server leaves)
postmaster_pid() { head -n1 "$data/postgres/postmaster.pid"; }
cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat"; }
# tree_cpu_ticks PID: CPU ticks of PID and of its live descendants (PostgreSQL's backends, a launcher's JVM)
tree_cpu_ticks() {
  local level=("$1") tree=() pid
  while [ ${#level[@]} -gt 0 ]; do
    tree+=("${level[@]}")
    level=($(for pid in "${level[@]}"; do cat /proc/"$pid"/task/*/children 2>/dev/null; done))
  done
  for pid in "${tree[@]}"; do cpu_ticks "$pid" 2>/dev/null; done | awk '{ s += $1 } END { print s + 0 }'
}
# RSS of a process and its children (Keycloak's pid is its launch script's; the JVM is a child)
rss_mb() { ps -o rss= --pid "$1" --ppid "$1" | awk '{ s += $1 } END { printf "%.0f\n", s / 1024 }'; }

# cpu_per_request PID REQUESTS URL [TOKEN]: microseconds of PID's CPU per request, over REQUESTS requests at 32
# connections; refused unless every answer is 2xx
cpu_per_request() {
  local before after report
  before=$(cpu_ticks "$1")
  report=$(hey -n "$2" -c 32 ${4:+-H "Authorization: Bearer $4"} "$3")
  after=$(cpu_ticks "$1")
  [ "$(echo "$report" | hey_non2xx)" = 0 ] || { echo "Answers other than 2xx on $3" >&2; return 1; }
  awk -v d=$((after - before)) -v hz="$hz" -v n="$2" 'BEGIN { printf "%.0f\n", d / hz / n * 1e6 }'
}

median() {
  sort -n | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else printf "%.2f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

# Reading hey's report (its text on stdin)
hey_p() { awk -v p=" $1% in " 'index($0, p) { print $3 * 1000 }'; }
hey_rps() { awk '/Requests\/sec/ { print $2 }'; }
hey_status() { awk -v s="[$1]" '$1 == s { print $2; found = 1 } END { if (!found) print 0 }'; }
hey_statuses() { awk '/^ +\[[0-9]+\]/ { gsub(/[\[\]]/, "", $1); printf "%s%s=%s", sep, $1, $2; sep = " " }'; }
hey_errors() { awk '/Error distribution/ { on = 1; next } on && /\[[0-9]+\]/ { gsub(/[\[\]]/, "", $1); n += $1 } END { print n + 0 }'; }
hey_non2xx() { awk '/^ +\[[0-9]+\]/ { gsub(/[\[\]]/, "", $1); if ($1 < 200 || $1 > 299) n += $2 } END { print n + 0 }'; }

stamp() { date -u +%Y-%m-%dT%H:%MZ; }

# first_id URL TOKEN: the first "id" of a JSON answer (the doctor's first case, a case's first task...)
first_id() {
  curl -fsS -H "Authorization: Bearer $2" "$1" | grep -o '"id":"[^"]*"' | head -n 1 | cut -d'"' -f4
}

# A liberal GP installing in Mende (48095), a mountain commune of Lozère, the simulator's usual question
simulation_body() {
  printf '%s' '{"profession":"GENERAL_PRACTITIONER","careerStage":"INSTALLING","targetCommune":"48095","practiceMode":"LIBERAL",' \
    '"coordinatedPractice":"MSP","sector":"SECTOR_1","onCallDuty":true,"daysPerWeek":4,"plannedStartDate":"2026-03-01"}'
}

# A case file a correspondant of 02 and 41 may create: a GP installing in Laon (02408)
new_case_body() {
  printf '{"professional":{"rpps":"10005173140","firstName":"%s","lastName":"%s","email":"bench@example.org",' "${2:-Bench}" "${1:-Load}"
  printf '"profession":"GENERAL_PRACTITIONER","careerStage":"INSTALLING"},"project":{"targetCommune":"02408"},"channel":"PHONE"}'
}
