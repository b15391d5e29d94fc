# shellcheck shell=bash disable=SC2034 # variables here are used by the sourcing scripts
# Shared by deploy/cluster/{start,stop,status,node} and deploy/faults (sourced, not executed): where
# the cluster's database, broker, nodes, logs and pids are, all overridable by environment.

CLUSTER_HOME="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO_ROOT="$(cd "$CLUSTER_HOME/../.." && pwd)"
CLUSTER_DIR="$(realpath -m "${CLUSTER_DIR:-$CLUSTER_HOME/run}")"
CLUSTER_JAR="${CLUSTER_JAR:-$REPO_ROOT/deploy/target/specloop.jar}"
# one HTTP port per node; their number is the number of nodes
CLUSTER_NODE_PORTS="${CLUSTER_NODE_PORTS:-18181 18182 18183}"
CLUSTER_HEAP="${CLUSTER_HEAP:-512m}"
# C1 only and the serial collector: three JVMs start and run on a small machine without fighting for cores
CLUSTER_JAVA_OPTS="${CLUSTER_JAVA_OPTS:--XX:+UseSerialGC -XX:TieredStopAtLevel=1}"
CLUSTER_START_TIMEOUT="${CLUSTER_START_TIMEOUT:-240}"
CLUSTER_RIG_PARTITIONS="${CLUSTER_RIG_PARTITIONS:-6}"
# extra application arguments for every node (e.g. --specloop.event-store.initial-segments=12)
CLUSTER_APP_ARGS="${CLUSTER_APP_ARGS:-}"

export PGHOST="${PGHOST:-127.0.0.1}" PGPORT="${PGPORT:-5432}" PGUSER="${PGUSER:-postgres}"
CLUSTER_DB="${CLUSTER_DB:-specloop_cluster}"
[[ "$CLUSTER_DB" =~ ^[a-z_][a-z0-9_]*$ ]] || { echo "cluster: ERROR: invalid CLUSTER_DB '$CLUSTER_DB'" >&2; exit 1; }
CLUSTER_JDBC="jdbc:postgresql://$PGHOST:$PGPORT/$CLUSTER_DB"
# the PostgreSQL cluster started when it is down (Debian's pg_ctlcluster <version> <name>)
CLUSTER_PG_CLUSTER="${CLUSTER_PG_CLUSTER:-15 main}"

export KAFKA_PORT="${KAFKA_PORT:-19192}"
export KAFKA_CONTROLLER_PORT="${KAFKA_CONTROLLER_PORT:-$((KAFKA_PORT + 1000))}"
export KAFKA_DIR="${KAFKA_DIR:-$CLUSTER_DIR/kafka}"
CLUSTER_KAFKA="127.0.0.1:$KAFKA_PORT"

# The admin API key of this cluster (generated on first start, kept in the run dir) and the demo rig key.
CLUSTER_ADMIN_KEY_FILE="$CLUSTER_DIR/admin.key"
CLUSTER_RIG_KEY="rig1-demo-key-7c41e9b2d05a"

log() { printf 'cluster: %s\n' "$*"; }
die() { printf 'cluster: ERROR: %s\n' "$*" >&2; exit 1; }

read -r -a NODE_PORTS <<<"$CLUSTER_NODE_PORTS"
((${#NODE_PORTS[@]} > 0)) || die "CLUSTER_NODE_PORTS is empty"

node_count() { echo "${#NODE_PORTS[@]}"; }
node_port() { echo "${NODE_PORTS[$(($1 - 1))]}"; }
node_url() { echo "http://127.0.0.1:$(node_port "$1")"; }
node_pid_file() { echo "$CLUSTER_DIR/node$1.pid"; }
node_log() { echo "$CLUSTER_DIR/node$1.log"; }

# A pid counts as node N only if it is a live JVM running our jar with node N's id: pid files outlive
# reboots and pids get recycled, so a stranger is never signalled.
node_pid() {
  local file pid cmd
  file="$(node_pid_file "$1")"
  [[ -f "$file" ]] || return 1
  pid="$(cat "$file" 2>/dev/null)"
  [[ "$pid" =~ ^[0-9]+$ && -r "/proc/$pid/cmdline" ]] || return 1
  cmd="$(tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null)" || return 1
  [[ "$cmd" == *"--specloop.node-id=node$1 "*"--server.port=$(node_port "$1")"* ]] || return 1
  echo "$pid"
}

node_ready() { curl -fs -m 5 "$(node_url "$1")/actuator/health/readiness" >/dev/null 2>&1; }

psql_db() { psql -X -q -v ON_ERROR_STOP=1 -d "$CLUSTER_DB" "$@"; }

admin_key() { cat "$CLUSTER_ADMIN_KEY_FILE"; }

# Demo-like users (the README's passwords: qe.alice/alice-demo, qe.bob/bob-demo, qe.carol/carol-demo,
# oem.acme/acme-demo, admin/admin-demo), the demo rig key and this cluster's admin key: the postgres
# profile configures nobody (docs/security.md), so they are given on the command line.
security_args() {
  local admin_sha
  admin_sha="$(printf '%s' "$(admin_key)" | sha256sum | cut -d' ' -f1)"
  SECURITY_ARGS=(
    "--specloop.security.users[0].name=qe.alice"
    '--specloop.security.users[0].password-hash=$2a$10$0I4VESzYtH1McFtoJOTc3.Dy6opSn3dIEBXpRRAorlmhrS0HQv7pi'
    "--specloop.security.users[0].roles[0]=QUALITY_ENGINEER" "--specloop.security.users[0].roles[1]=APPROVER"
    "--specloop.security.users[1].name=qe.bob"
    '--specloop.security.users[1].password-hash=$2a$10$Qs4w5WiyqexowV9/o9yrquMjaBpnsqp0Ov/EJT.Ue8hrVJ1aWDRMe'
    "--specloop.security.users[1].roles[0]=QUALITY_ENGINEER" "--specloop.security.users[1].roles[1]=APPROVER"
    "--specloop.security.users[2].name=qe.carol"
    '--specloop.security.users[2].password-hash=$2a$10$tpHjAu39gEOEAikaNKYspOYbb6lmsdgBHaJjGDch6GOa.SP3hTPo6'
    "--specloop.security.users[2].roles[0]=QUALITY_ENGINEER"
    "--specloop.security.users[3].name=oem.acme"
    '--specloop.security.users[3].password-hash=$2a$10$83AxO94eAc9dHQ4GMnHb4OMcZ.Gx707SfjOPeIyFbASw4fiwp9KlO'
    "--specloop.security.users[3].roles[0]=OEM"
    "--specloop.security.users[4].name=admin"
    '--specloop.security.users[4].password-hash=$2a$10$p/hdze6JL73np/dZ1wamCe4SctIufLtk6MzrplRjjTL6RYCS/zNl.'
    "--specloop.security.users[4].roles[0]=ADMIN"
    "--specloop.security.api-keys[0].name=rig.1"
    "--specloop.security.api-keys[0].key-sha256=$(printf '%s' "$CLUSTER_RIG_KEY" | sha256sum | cut -d' ' -f1)"
    "--specloop.security.api-keys[0].roles[0]=RIG"
    "--specloop.security.api-keys[1].name=cluster.admin"
    "--specloop.security.api-keys[1].key-sha256=$admin_sha"
    "--specloop.security.api-keys[1].roles[0]=ADMIN"
  )
}

# Starts node N in the background (no wait). The node id nodeN is also its token claim owner.
launch_node() {
  local n="$1" port pid
  port="$(node_port "$n")"
  if pid="$(node_pid "$n")"; then
    log "node$n already running (pid $pid, port $port)"
    return 0
  fi
  if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
    die "port $port of node$n is in use by another process"
  fi
  security_args
  printf '\n==== %s start node%s (port %s) ====\n' "$(date -Is)" "$n" "$port" >>"$(node_log "$n")"
  # setsid: a node outlives the calling shell; ./stop (or deploy/cluster/node) ends it.
  # shellcheck disable=SC2086 # CLUSTER_JAVA_OPTS and CLUSTER_APP_ARGS are lists of arguments on purpose
  SPECLOOP_DB_URL="$CLUSTER_JDBC" SPECLOOP_DB_USER="$PGUSER" SPECLOOP_DB_POOL="${CLUSTER_DB_POOL:-10}" \
  SPECLOOP_NOTIFY_WEBHOOK_ALLOWED_HOSTS=127.0.0.1 \
    setsid java "-Xmx$CLUSTER_HEAP" $CLUSTER_JAVA_OPTS -jar "$CLUSTER_JAR" \
      "--specloop.node-id=node$n" "--server.port=$port" --spring.profiles.active=postgres \
      --specloop.ingest.kafka.enabled=true "--specloop.kafka.bootstrap-servers=$CLUSTER_KAFKA" \
      "${SECURITY_ARGS[@]}" $CLUSTER_APP_ARGS \
      >>"$(node_log "$n")" 2>&1 </dev/null &
  pid=$!
  echo "$pid" >"$(node_pid_file "$n")"
  log "node$n starting (pid $pid, port $port, log $(node_log "$n"))"
}

# Waits until node N answers its readiness probe; fails if it exits or takes too long.
wait_node_ready() {
  local n="$1" deadline=$((SECONDS + CLUSTER_START_TIMEOUT)) pid
  pid="$(cat "$(node_pid_file "$n")" 2>/dev/null)"
  while ((SECONDS < deadline)); do
    node_ready "$n" && return 0
    if ! kill -0 "$pid" 2>/dev/null; then
      tail -n 40 "$(node_log "$n")" >&2
      die "node$n exited during start (log $(node_log "$n"))"
    fi
    sleep 1
  done
  die "node$n not ready within ${CLUSTER_START_TIMEOUT}s (log $(node_log "$n"))"
}

# Stops node N: SIGTERM (graceful: claims released, consumers leave the group), or SIGKILL with "kill".
stop_node() {
  local n="$1" how="${2:-term}" pid deadline
  pid="$(node_pid "$n")" || { rm -f "$(node_pid_file "$n")"; return 0; }
  if [[ "$how" == kill ]]; then
    kill -KILL "$pid" 2>/dev/null || true
  else
    kill -TERM "$pid" 2>/dev/null || true
    deadline=$((SECONDS + 60))
    while kill -0 "$pid" 2>/dev/null && ((SECONDS < deadline)); do sleep 0.5; done
    kill -0 "$pid" 2>/dev/null && kill -KILL "$pid" 2>/dev/null
  fi
  while kill -0 "$pid" 2>/dev/null; do sleep 0.2; done
  rm -f "$(node_pid_file "$n")"
  log "node$n stopped ($how, pid $pid)"
}
