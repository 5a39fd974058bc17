#!/usr/bin/env bash
# Deployment benchmark: 200 template deploys through Dumont's API into the Vast.ai simulator.
#
#   bash bench/deploy.sh
#   DEPLOY_WAIT=0s bash bench/deploy.sh          # the API without its wait for the provider's order
#
# Measures the deploy API's latency (POST /api/v1/templates/{slug}/deploy, client side) and the engine's
# overhead: from the moment a simulated instance's app answers its health path to Dumont reporting the
# deployment running; also the time to running end to end. See bench/README.md for how to read it.
#
# Environment (all optional):
#   COUNT           deployments (default 200), spread round-robin over SLUGS
#   SLUGS           templates to deploy (default jupyter-lab,stable-diffusion,comfy-ui,vllm)
#   CLIENTS         concurrent API clients firing the deploys, one keep-alive connection each (default 16)
#   USERS           accounts the deploys are spread over (default 1: all as the admin, so they queue on one
#                   user's limit check)
#   BOOT_MEDIAN     simulated boot time median in seconds (default 20)
#   BOOT_SIGMA      lognormal sigma of boot times (default 0.1: 95% of boots within 16.4-24.4 s); the draws are
#                   seeded, so every run boots the n-th instance in the same time
#   SIM_SEED        simulator seed (default 42)
#   SIM_OFFERS      offers on the simulated market (default 1000, enough compatible ones for 200 rentals)
#   SIM_RATE_LIMIT  the simulator's token bucket BURST/PER_SECOND (default off: 1000000/1000000; Vast.ai's
#                   is about 60/30, see README)
#   PROBE           1 (default): also probe every instance's health URL from outside, every PROBE_INTERVAL_MS
#                   (default 25) around its boot end, as a check of the simulator's own record; 0: no calls to
#                   the simulator during the run at all
#   DEPLOY_WAIT     dumont.deployments.deploy-wait (default: the product's 2s)
#   SETTLE_TIMEOUT  seconds to wait after the deploys for every deployment to leave pending/provisioning/starting
#                   (default 420: the provisioning timeout of 5 minutes and some)
#   JAVA_HOME       a JDK >= 21; otherwise the java on PATH, else a JDK >= 21 under /usr/lib/jvm
#   SERVER_JAR      server jar (default server/target/dumont-server-exec.jar, built when missing)
#   SIM_JAR         simulator jar (default sim/target/dumont-sim.jar, built when missing)
#   JAVA_OPTS       extra JVM options for the server (experiments only)
#   SERVER_ARGS     extra server arguments, e.g. --dumont.deployments.poll-interval=500ms (experiments only)
#   KEEP_LOGS       a directory to copy the server's and the simulator's logs to
#
# Prints a summary with the targets and PASS/MISS, and writes bench/results/deploy-<timestamp>.json.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BENCH="$ROOT/bench"
COUNT=${COUNT:-200}
SLUGS=${SLUGS:-jupyter-lab,stable-diffusion,comfy-ui,vllm}
CLIENTS=${CLIENTS:-16}
BOOT_MEDIAN=${BOOT_MEDIAN:-20}
BOOT_SIGMA=${BOOT_SIGMA:-0.1}
SIM_SEED=${SIM_SEED:-42}
SIM_OFFERS=${SIM_OFFERS:-1000}
SIM_RATE_LIMIT=${SIM_RATE_LIMIT:-1000000/1000000}
PROBE=${PROBE:-1}
PROBE_INTERVAL_MS=${PROBE_INTERVAL_MS:-25}
DEPLOY_WAIT=${DEPLOY_WAIT:-}
SETTLE_TIMEOUT=${SETTLE_TIMEOUT:-420}
SERVER_JAR_GIVEN=${SERVER_JAR:+yes}
SERVER_JAR=${SERVER_JAR:-$ROOT/server/target/dumont-server-exec.jar}
SIM_JAR_GIVEN=${SIM_JAR:+yes}
SIM_JAR=${SIM_JAR:-$ROOT/sim/target/dumont-sim.jar}
STARTUP_TIMEOUT_S=${STARTUP_TIMEOUT_S:-180}
CPUS=$(nproc)
read -r -a JAVA_OPTS_ARRAY <<<"${JAVA_OPTS:-}"
read -r -a SERVER_ARGS_ARRAY <<<"${SERVER_ARGS:-}"

log() { printf '[deploy-bench] %s\n' "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }
now_ms() { date +%s%3N; }

WORK=$(mktemp -d "${TMPDIR:-/tmp}/dumont-deploy-bench.XXXXXX")
SERVER_PID=""
SIM_PID=""

stop_process() { # pid: TERM, up to 10 s, then KILL
    local pid=$1
    [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null || return 0
    kill -TERM "$pid" 2>/dev/null || true
    for _ in $(seq 1 100); do
        kill -0 "$pid" 2>/dev/null || break
        sleep 0.1
    done
    kill -KILL "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
}

cleanup() {
    local rc=$?
    # The server first: it may still be destroying instances at the simulator.
    stop_process "$SERVER_PID"
    stop_process "$SIM_PID"
    if [[ -n "${KEEP_LOGS:-}" ]]; then
        mkdir -p "$KEEP_LOGS"
        cp "$WORK/server.log" "$WORK/sim.log" "$KEEP_LOGS/" 2>/dev/null || true
        log "logs copied to $KEEP_LOGS"
    fi
    if ((rc != 0)) && [[ -f "$WORK/server.log" ]]; then
        log "server log (last 40 lines):"
        tail -n 40 "$WORK/server.log" >&2 || true
    fi
    rm -rf "$WORK"
    exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# shellcheck source=lib/java.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib/java.sh"

free_port() {
    python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

# --- main -------------------------------------------------------------------------------------------

command -v curl >/dev/null 2>&1 || die "curl is needed"
command -v python3 >/dev/null 2>&1 || die "python3 (3.9 or newer) is needed"
JAVA=$(find_java) || die "no JDK >= 21 found; set JAVA_HOME"
export JAVA_HOME
JAVA_HOME=$(dirname "$(dirname "$(readlink -f "$JAVA")")")
JAVA_VERSION=$("$JAVA" -version 2>&1 | head -n 1)
log "java: $JAVA ($JAVA_VERSION)"

if [[ ! -f "$SERVER_JAR" || ! -f "$SIM_JAR" ]]; then
    log "building the server and simulator jars"
    (cd "$ROOT" && ./mvnw -B -q -pl server -am package -DskipTests)
    [[ -f "$SERVER_JAR" ]] || die "the build did not produce $SERVER_JAR"
    [[ -f "$SIM_JAR" ]] || die "the build did not produce $SIM_JAR"
fi

# Private copies: a rebuild of target/ during the run would break the JVMs' class loading.
RUN_JAR="$SERVER_JAR"
if [[ -z "$SERVER_JAR_GIVEN" ]]; then
    RUN_JAR="$WORK/server.jar"
    cp "$SERVER_JAR" "$RUN_JAR"
fi
RUN_SIM_JAR="$SIM_JAR"
if [[ -z "$SIM_JAR_GIVEN" ]]; then
    RUN_SIM_JAR="$WORK/sim.jar"
    cp "$SIM_JAR" "$RUN_SIM_JAR"
fi
JAR_SHA=$(sha256sum "$RUN_JAR" | cut -c1-12)
JAR_MTIME=$(date -u -r "$SERVER_JAR" +%Y-%m-%dT%H:%M:%SZ)
log "server jar: $SERVER_JAR (built $JAR_MTIME, sha256 $JAR_SHA...)"
LOADAVG_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
log "load average before start: $LOADAVG_BEFORE ($CPUS CPUs)"

# 1. The simulator on its own, so that this script knows its URL and key and can read each instance's
#    record (when its boot started, how long it takes, when its app's ports opened).
SIM_ARGS=(--port 0 --seed "$SIM_SEED" --offers "$SIM_OFFERS" --boot-median "$BOOT_MEDIAN" --boot-sigma "$BOOT_SIGMA"
    --failure-rate 0 --churn-every 0 --rate-limit "$SIM_RATE_LIMIT")
log "starting the simulator: ${SIM_ARGS[*]}"
"$JAVA" -jar "$RUN_SIM_JAR" "${SIM_ARGS[@]}" >"$WORK/sim.log" 2>&1 &
SIM_PID=$!
SIM_URL=""
SIM_KEY=""
deadline=$(($(now_ms) + 60000))
while [[ -z "$SIM_URL" || -z "$SIM_KEY" ]]; do
    kill -0 "$SIM_PID" 2>/dev/null || { cat "$WORK/sim.log" >&2; die "the simulator exited"; }
    (($(now_ms) < deadline)) || die "the simulator did not announce its URL within 60 s"
    sleep 0.1
    # "Use it with: VAST_URL=... VAST_API_KEY=..." (the key is kept out of this script's output)
    SIM_URL=$(sed -n 's/^Use it with: VAST_URL=\([^ ]*\) .*/\1/p' "$WORK/sim.log")
    SIM_KEY=$(sed -n 's/^Use it with: .* VAST_API_KEY=\(.*\)$/\1/p' "$WORK/sim.log")
done
log "simulator at $SIM_URL"

# 2. The server on the embedded defaults (H2 file in a fresh data dir, in-process cache), pointed at that
#    simulator as if it were Vast.ai. Only the per-user limit of live deployments is raised (default 3).
SERVER_PORT=$(free_port)
DATA_DIR="$WORK/data"
mkdir -p "$DATA_DIR"
BENCH_ARGS=(--dumont.deployments.max-per-user=$((COUNT + 100)))
[[ -n "$DEPLOY_WAIT" ]] && BENCH_ARGS+=("--dumont.deployments.deploy-wait=$DEPLOY_WAIT")
log "starting the server on port $SERVER_PORT: ${BENCH_ARGS[*]}${SERVER_ARGS:+ $SERVER_ARGS}${JAVA_OPTS:+ (JAVA_OPTS=$JAVA_OPTS)}"
T0=$(now_ms)
env -u DATABASE_URL -u REDIS_URL -u SPRING_PROFILES_ACTIVE -u HUGGINGFACE_TOKEN \
    DUMONT_DATA_DIR="$DATA_DIR" APP_PORT="$SERVER_PORT" VAST_URL="$SIM_URL" VAST_API_KEY="$SIM_KEY" \
    "$JAVA" "${JAVA_OPTS_ARRAY[@]}" -jar "$RUN_JAR" "${BENCH_ARGS[@]}" "${SERVER_ARGS_ARRAY[@]}" \
    >"$WORK/server.log" 2>&1 &
SERVER_PID=$!
BASE="http://127.0.0.1:$SERVER_PORT"
deadline=$((T0 + STARTUP_TIMEOUT_S * 1000))
while :; do
    kill -0 "$SERVER_PID" 2>/dev/null || die "the server exited during startup"
    ready=$(curl -s --max-time 1 "$BASE/actuator/health/readiness" 2>/dev/null || true)
    [[ "$ready" == *'"status":"UP"'* ]] && break
    (($(now_ms) < deadline)) || die "no readiness within ${STARTUP_TIMEOUT_S}s"
    sleep 0.2
done
READY_MS=$(($(now_ms) - T0))
log "server ready after ${READY_MS} ms"
grep -q 'GPU cloud: Vast.ai at' "$WORK/server.log" || die "the server did not take the simulator as its GPU cloud"

# 3. The load and the measurements.
TIMESTAMP=$(date -u +%Y%m%dT%H%M%SZ)
mkdir -p "$BENCH/results"
OUT="$BENCH/results/deploy-$TIMESTAMP.json"
PROBE_FLAG=--probe
[[ "$PROBE" == 0 ]] && PROBE_FLAG=--no-probe
set +e
VAST_SIM_KEY="$SIM_KEY" python3 "$BENCH/deploy_bench.py" \
    --base "$BASE" --sim-url "$SIM_URL" --count "$COUNT" --clients "$CLIENTS" --users "${USERS:-1}" --slugs "$SLUGS" \
    "$PROBE_FLAG" --probe-interval-ms "$PROBE_INTERVAL_MS" --timeout "$SETTLE_TIMEOUT" \
    --server-pid "$SERVER_PID" --sim-pid "$SIM_PID" --server-log "$WORK/server.log" --out "$OUT" \
    --meta "timestamp=$TIMESTAMP" --meta "cpus=$CPUS" --meta "loadavg_before=$LOADAVG_BEFORE" \
    --meta "ready_ms=$READY_MS" --meta "java_version=$JAVA_VERSION" \
    --meta "jar_sha256=$JAR_SHA" --meta "jar_built=$JAR_MTIME" \
    --meta "boot_median_s=$BOOT_MEDIAN" --meta "boot_sigma=$BOOT_SIGMA" --meta "sim_seed=$SIM_SEED" \
    --meta "sim_offers=$SIM_OFFERS" --meta "sim_rate_limit=$SIM_RATE_LIMIT" \
    --meta "deploy_wait=${DEPLOY_WAIT:-default}" --meta "users=${USERS:-1}" \
    --meta "server_args=${BENCH_ARGS[*]}${SERVER_ARGS:+ $SERVER_ARGS}" --meta "java_opts=${JAVA_OPTS:-}" \
    --meta "custom_jar=${SERVER_JAR_GIVEN:+$SERVER_JAR}" \
    --meta "experiment=${JAVA_OPTS:+JAVA_OPTS }${SERVER_ARGS:+SERVER_ARGS }${SERVER_JAR_GIVEN:+SERVER_JAR}"
RC=$?
set -e
exit "$RC"
