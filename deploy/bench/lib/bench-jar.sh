# Sourced (not run) by deploy/bench/run, deploy/bench/scenarios/ingest and deploy/faults/run: the jar of the
# benchmark and fault-test clients (module deploy/bench, self-contained), built when it is missing.
# A jar that exists is used as it is: after changing deploy/bench/src, rebuild it (./mvnw verify does).

# bench_ensure_jar <repository root>: exports SPECLOOP_BENCH_JAR, building the module first if needed
bench_ensure_jar() {
    SPECLOOP_BENCH_JAR="$1/deploy/bench/target/bench.jar"
    export SPECLOOP_BENCH_JAR
    if [ ! -f "$SPECLOOP_BENCH_JAR" ]; then
        echo "building $SPECLOOP_BENCH_JAR ..." >&2
        (cd "$1" && ./mvnw -q -B -pl deploy/bench -am package -DskipTests) >&2
    fi
}
