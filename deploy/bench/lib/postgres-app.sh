# Sourced (not run) by the scenarios that start the application on a fresh PostgreSQL database with a
# lab API key: measurements and baseline. Needs SPECLOOP_ROOT and SPECLOOP_JAR (set by deploy/bench/run).
# Use: bench_create_database <prefix>; bench_start_app <port> [app args...];
# call bench_stop_app from the scenario's EXIT trap (it also drops the database).
# Environment: PGHOST (127.0.0.1), PGPORT (5432), PGUSER (postgres), SPECLOOP_BENCH_HEAP (1g),
#              SPECLOOP_BENCH_JAVA_OPTS (extra JVM options), SPECLOOP_BENCH_APP_ARGS (extra app arguments).
export PGHOST="${PGHOST:-127.0.0.1}" PGPORT="${PGPORT:-5432}" PGUSER="${PGUSER:-postgres}"
bench_work="$(mktemp -d "${TMPDIR:-/tmp}/specloop-bench.XXXXXX")"
bench_app_pid=""
bench_database=""
bench_jdbc=""

bench_client_pid=""

# A scenario stopped from outside (timeout, Ctrl-C) exits through its EXIT trap, so the application log is kept;
# clients run through bench_run_client, as bash runs no trap while it waits for a command in the foreground.
trap 'exit 143' TERM
trap 'exit 130' INT

bench_stop_app() {
    local status=$?
    if [ -n "$bench_client_pid" ] && kill -0 "$bench_client_pid" 2>/dev/null; then
        kill "$bench_client_pid" 2>/dev/null || true
    fi
    if [ "$status" -ne 0 ] && [ -s "$bench_work/app.log" ]; then
        # the application log is the only place a server-side failure is explained: keep it, with the threads
        # of the application as they were (a run that hangs shows where)
        local kept="${TMPDIR:-/tmp}/specloop-bench-failed-${bench_database:-app}.log"
        if [ -n "$bench_app_pid" ] && kill -0 "$bench_app_pid" 2>/dev/null; then
            { echo "--- threads at the end of the run (exit $status) ---"; jcmd "$bench_app_pid" Thread.print 2>&1; } \
                >>"$bench_work/app.log" || true
        fi
        cp "$bench_work/app.log" "$kept" && echo "application log kept in $kept" >&2
    fi
    if [ -n "$bench_app_pid" ] && kill -0 "$bench_app_pid" 2>/dev/null; then
        kill "$bench_app_pid" 2>/dev/null || true
        wait "$bench_app_pid" 2>/dev/null || true
    fi
    bench_app_pid=""
    if [ -n "$bench_database" ] && [ "${SPECLOOP_BENCH_KEEP_DATABASE:-0}" = 1 ]; then
        echo "database kept: $bench_database (drop it with: psql -d postgres -c 'DROP DATABASE $bench_database')" >&2
    elif [ -n "$bench_database" ]; then
        psql -q -d postgres -c "DROP DATABASE IF EXISTS $bench_database WITH (FORCE)" >/dev/null 2>&1 || true
    fi
    bench_database=""
    rm -rf "$bench_work"
}

bench_create_database() {
    bench_database="${1}_$(date +%s)_$$"
    psql -q -d postgres -c "CREATE DATABASE $bench_database" >/dev/null
    bench_jdbc="jdbc:postgresql://$PGHOST:$PGPORT/$bench_database"
}

# The postgres profile drops the demo users (docs/security.md): the benchmark configures the two demo
# quality engineers (README.md passwords) for the set-up, an API key for the lab that sends the
# measurements and one for the operator who reads the processors' positions (generated per start; only
# their SHA-256 goes to the application; the clients read SPECLOOP_BENCH_LAB_KEY and SPECLOOP_BENCH_ADMIN_KEY).
bench_security_args() {
    SPECLOOP_BENCH_LAB_KEY="bench-lab-$(od -An -N16 -tx1 /dev/urandom | tr -d ' \n')"
    SPECLOOP_BENCH_ADMIN_KEY="bench-admin-$(od -An -N16 -tx1 /dev/urandom | tr -d ' \n')"
    export SPECLOOP_BENCH_LAB_KEY SPECLOOP_BENCH_ADMIN_KEY
    bench_security=(
        "--specloop.security.users[0].name=qe.alice"
        '--specloop.security.users[0].password-hash=$2a$10$0I4VESzYtH1McFtoJOTc3.Dy6opSn3dIEBXpRRAorlmhrS0HQv7pi'
        "--specloop.security.users[0].roles[0]=QUALITY_ENGINEER"
        "--specloop.security.users[1].name=qe.bob"
        '--specloop.security.users[1].password-hash=$2a$10$Qs4w5WiyqexowV9/o9yrquMjaBpnsqp0Ov/EJT.Ue8hrVJ1aWDRMe'
        "--specloop.security.users[1].roles[0]=QUALITY_ENGINEER"
        "--specloop.security.users[1].roles[1]=APPROVER"
        "--specloop.security.api-keys[0].name=lab.bench"
        "--specloop.security.api-keys[0].key-sha256=$(printf '%s' "$SPECLOOP_BENCH_LAB_KEY" | sha256sum | cut -d' ' -f1)"
        "--specloop.security.api-keys[0].roles[0]=RIG"
        "--specloop.security.api-keys[1].name=bench.admin"
        "--specloop.security.api-keys[1].key-sha256=$(printf '%s' "$SPECLOOP_BENCH_ADMIN_KEY" | sha256sum | cut -d' ' -f1)"
        "--specloop.security.api-keys[1].roles[0]=ADMIN"
    )
}

# bench_start_app <port> [app args...]: starts the jar on $bench_jdbc with the postgres profile and
# returns once it is ready; exits the scenario if it stops or is not ready within 180 s.
bench_start_app() {
    local port="$1"
    shift
    bench_security_args
    echo "starting the application on $bench_jdbc $* (log: $bench_work/app.log) ..." >&2
    # shellcheck disable=SC2086
    SPECLOOP_DB_URL="$bench_jdbc" SPECLOOP_DB_USER="$PGUSER" java "-Xmx${SPECLOOP_BENCH_HEAP:-1g}" \
        ${SPECLOOP_BENCH_JAVA_OPTS:-} -jar "$SPECLOOP_JAR" --spring.profiles.active=postgres --server.port="$port" \
        "${bench_security[@]}" "$@" ${SPECLOOP_BENCH_APP_ARGS:-} >"$bench_work/app.log" 2>&1 &
    bench_app_pid=$!
    for _ in $(seq 1 180); do
        if curl -fs "http://127.0.0.1:$port/actuator/health/readiness" >/dev/null 2>&1; then
            return 0
        fi
        if ! kill -0 "$bench_app_pid" 2>/dev/null; then
            echo "the application stopped during start:" >&2
            tail -50 "$bench_work/app.log" >&2
            exit 1
        fi
        sleep 1
    done
    echo "application not ready after 180 s" >&2
    tail -50 "$bench_work/app.log" >&2
    exit 1
}

# bench_run_client <command...>: runs a benchmark client and returns its exit status; a TERM or INT meanwhile
# stops the scenario at once (the EXIT trap stops the client and keeps the application log).
bench_run_client() {
    "$@" &
    bench_client_pid=$!
    local status=0
    wait "$bench_client_pid" || status=$?
    bench_client_pid=""
    return "$status"
}

bench_app_log_tail() {
    echo "application log tail:" >&2
    tail -40 "$bench_work/app.log" >&2
}
