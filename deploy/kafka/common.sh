# shellcheck shell=bash disable=SC2034 # variables here are used by the sourcing scripts
# Shared by start/stop/topics/selftest (sourced, not executed) so every script agrees on
# where the jars, the run dir and the pid file are for a given KAFKA_PORT / KAFKA_DIR.

KAFKA_HOME="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO_ROOT="$(cd "$KAFKA_HOME/../.." && pwd)"
KAFKA_LIB="$KAFKA_HOME/lib"
# The marker records which pom produced lib/, so a version bump in pom.xml re-fetches
# instead of silently running stale jars (or a half-copied lib/ from an interrupted fetch).
KAFKA_LIB_MARKER="$KAFKA_LIB/.fetched"

KAFKA_PORT="${KAFKA_PORT:-9092}"
# Checked here already because the defaults below do arithmetic with it.
[[ "$KAFKA_PORT" =~ ^[0-9]+$ ]] || { printf 'kafka: ERROR: invalid KAFKA_PORT %s\n' "$KAFKA_PORT" >&2; exit 1; }
KAFKA_CONTROLLER_PORT="${KAFKA_CONTROLLER_PORT:-$((KAFKA_PORT + 1000))}"
# Absolute, so the pid/cmdline match and the broker config do not depend on the caller's cwd.
KAFKA_DIR="$(realpath -m "${KAFKA_DIR:-$KAFKA_HOME/run/$KAFKA_PORT}")"
KAFKA_HEAP="${KAFKA_HEAP:--Xms256m -Xmx512m}"
KAFKA_START_TIMEOUT="${KAFKA_START_TIMEOUT:-90}"
KAFKA_STOP_TIMEOUT="${KAFKA_STOP_TIMEOUT:-60}"
KAFKA_BOOTSTRAP="127.0.0.1:$KAFKA_PORT"

KAFKA_PID_FILE="$KAFKA_DIR/kafka.pid"
KAFKA_CONFIG="$KAFKA_DIR/server.properties"
KAFKA_DATA_DIR="$KAFKA_DIR/data"
KAFKA_LOG_DIR="$KAFKA_DIR/logs"
KAFKA_LOG="$KAFKA_LOG_DIR/kafka.log"

log() { printf 'kafka: %s\n' "$*"; }
die() { printf 'kafka: ERROR: %s\n' "$*" >&2; exit 1; }

validate_ports() {
  local p
  for p in "$KAFKA_PORT" "$KAFKA_CONTROLLER_PORT"; do
    if ! [[ "$p" =~ ^[0-9]+$ ]] || ((10#$p < 1 || 10#$p > 65535)); then
      die "invalid port '$p'"
    fi
  done
  [[ "$KAFKA_PORT" != "$KAFKA_CONTROLLER_PORT" ]] || die "KAFKA_PORT and KAFKA_CONTROLLER_PORT must differ"
}

pom_fingerprint() { sha256sum "$KAFKA_HOME/pom.xml" | cut -d' ' -f1; }

lib_is_complete() {
  [[ -f "$KAFKA_LIB_MARKER" && "$(cat "$KAFKA_LIB_MARKER")" == "$(pom_fingerprint)" ]]
}

# Fetch the broker jars through Maven only when needed. The flock keeps parallel CI jobs
# (several brokers on different ports) from copying into the same lib/ at once.
ensure_lib() {
  lib_is_complete && return 0
  command -v flock >/dev/null || die "flock (util-linux) is required"
  mkdir -p "$KAFKA_HOME/run"
  (
    flock -w 600 9 || die "timed out waiting for another lib/ fetch"
    lib_is_complete && exit 0
    log "fetching Kafka jars into $KAFKA_LIB (via Maven)"
    rm -rf "$KAFKA_LIB"
    "$REPO_ROOT/mvnw" -q -B -f "$KAFKA_HOME/pom.xml" dependency:copy-dependencies \
      || die "Maven could not fetch the Kafka jars (see output above)"
    pom_fingerprint >"$KAFKA_LIB_MARKER"
  ) 9>"$KAFKA_HOME/run/.lib.lock"
}

# Runs a Kafka CLI class (TopicCommand, ConsoleProducer, perf tools, ...) from lib/.
# C1-only JIT and SerialGC make these short-lived JVMs start noticeably faster on 2 cores,
# and the tools log4j config keeps client INFO chatter off the terminal.
kafka_tool() {
  local cls="$1"; shift
  local -a prefix=()
  # Optional hard bound for callers that must never hang (e.g. readiness probes).
  [[ -n "${KAFKA_TOOL_TIMEOUT:-}" ]] && prefix=(timeout "$KAFKA_TOOL_TIMEOUT")
  # shellcheck disable=SC2086 # KAFKA_TOOL_OPTS is a list of JVM flags on purpose
  "${prefix[@]}" java ${KAFKA_TOOL_OPTS:--Xmx256m -XX:TieredStopAtLevel=1 -XX:+UseSerialGC} \
    -Dlog4j2.configurationFile="$KAFKA_HOME/config/log4j2-tools.properties" \
    -cp "$KAFKA_LIB/*" "$cls" "$@"
}

# A pid only counts as "our broker" if it is a live kafka.Kafka JVM using this run dir's
# config: pid files survive reboots and pids get recycled, so we never signal a stranger.
is_our_broker() {
  local cmd
  [[ "$1" =~ ^[0-9]+$ && -r "/proc/$1/cmdline" ]] || return 1
  cmd="$(tr '\0' ' ' <"/proc/$1/cmdline" 2>/dev/null)" || return 1
  [[ "$cmd" == *kafka.Kafka*"$KAFKA_CONFIG"* ]]
}

# Prints the pid of this run dir's broker. Falls back to scanning /proc so a lost pid file
# (deleted run dir, killed ./start) cannot leave an unstoppable broker on the port.
broker_pid() {
  local pid=""
  [[ -f "$KAFKA_PID_FILE" ]] && pid="$(cat "$KAFKA_PID_FILE" 2>/dev/null || true)"
  if is_our_broker "$pid"; then
    printf '%s\n' "$pid"
    return 0
  fi
  local f
  for f in /proc/[0-9]*/cmdline; do
    pid="${f#/proc/}"; pid="${pid%/cmdline}"
    if is_our_broker "$pid"; then
      printf '%s\n' "$pid" >"$KAFKA_PID_FILE" 2>/dev/null || true
      printf '%s\n' "$pid"
      return 0
    fi
  done
  return 1
}

port_open() {
  # bash's /dev/tcp needs no extra tools and costs no JVM start, unlike a real client call.
  (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

# The real readiness check: a metadata round trip through the admin client. Short client
# timeouts plus timeout(1) because the admin client otherwise retries for a minute or more.
broker_answers() {
  KAFKA_TOOL_TIMEOUT=30 kafka_tool org.apache.kafka.tools.TopicCommand \
    --bootstrap-server "$KAFKA_BOOTSTRAP" --list \
    --command-config "$KAFKA_HOME/config/probe-client.properties" >/dev/null 2>&1
}
