#!/usr/bin/env bash
# Catalog benchmark: GET /api/v1/templates on Dumont against nginx serving the identical JSON.
#
#   bash bench/catalog.sh
#   DURATION=20 CONNECTIONS=32 bash bench/catalog.sh
#
# Environment (all optional):
#   DURATION     seconds of measured load per target (default 15)
#   WARMUP       seconds of one unmeasured warm-up round (default 5); rounds repeat until the last three
#                agree within 10% on server CPU time per request, at most WARMUP_ROUNDS (default 12)
#   CONNECTIONS  open keep-alive connections (default 32)
#   THREADS      wrk threads (default: number of CPUs, at most CONNECTIONS)
#   JAVA_HOME    a JDK >= 21; otherwise the java on PATH, else a JDK >= 21 under /usr/lib/jvm
#   SERVER_JAR   jar to run (default server/target/dumont-server-exec.jar, built when missing)
#   JAVA_OPTS    extra JVM options, for experiments only (default none: the figures that count are
#                those of the plain `java -jar` that the README's start command gives users)
#   SERVER_ARGS  extra server arguments such as --server.tomcat.max-keep-alive-requests=-1 (experiments)
#
# Prints a summary with the targets and PASS/MISS, and writes bench/results/catalog-<timestamp>.json.
# See bench/README.md for how to read it.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BENCH="$ROOT/bench"
DURATION=${DURATION:-15}
WARMUP=${WARMUP:-5}
WARMUP_ROUNDS=${WARMUP_ROUNDS:-12}
CONNECTIONS=${CONNECTIONS:-32}
CPUS=$(nproc)
CLK_TCK=$(getconf CLK_TCK)
THREADS=${THREADS:-$CPUS}
if ((THREADS > CONNECTIONS)); then THREADS=$CONNECTIONS; fi
SERVER_JAR_GIVEN=${SERVER_JAR:+yes}
SERVER_JAR=${SERVER_JAR:-$ROOT/server/target/dumont-server-exec.jar}
STARTUP_TIMEOUT_S=${STARTUP_TIMEOUT_S:-120}
read -r -a JAVA_OPTS_ARRAY <<<"${JAVA_OPTS:-}"
read -r -a SERVER_ARGS_ARRAY <<<"${SERVER_ARGS:-}"
PATH_UNDER_TEST=/api/v1/templates

log() { printf '[catalog-bench] %s\n' "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }
now_ms() { date +%s%3N; }

WORK=$(mktemp -d "${TMPDIR:-/tmp}/dumont-bench.XXXXXX")
SERVER_PID=""
NGINX_PID=""

cleanup() {
    local rc=$?
    if [[ -n "$NGINX_PID" ]] && kill -0 "$NGINX_PID" 2>/dev/null; then
        kill -TERM "$NGINX_PID" 2>/dev/null || true
        wait "$NGINX_PID" 2>/dev/null || true
    fi
    if [[ -n "$SERVER_PID" ]] && kill -0 "$SERVER_PID" 2>/dev/null; then
        kill -TERM "$SERVER_PID" 2>/dev/null || true
        for _ in $(seq 1 100); do
            kill -0 "$SERVER_PID" 2>/dev/null || break
            sleep 0.1
        done
        kill -KILL "$SERVER_PID" 2>/dev/null || true
        wait "$SERVER_PID" 2>/dev/null || true
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

# --- tools ------------------------------------------------------------------------------------------

# shellcheck source=lib/java.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib/java.sh"

as_root() { if ((EUID == 0)); then "$@"; else sudo "$@"; fi; }

ensure_tools() {
    local missing=()
    command -v wrk >/dev/null 2>&1 || missing+=(wrk)
    command -v nginx >/dev/null 2>&1 || [[ -x /usr/sbin/nginx ]] || missing+=(nginx)
    command -v curl >/dev/null 2>&1 || missing+=(curl)
    ((${#missing[@]} == 0)) && return 0
    log "installing ${missing[*]} from Debian's packages"
    # Wait for a concurrent apt/dpkg run instead of failing on its lock.
    local apt=(apt-get -o DPkg::Lock::Timeout=600 install -y --no-install-recommends "${missing[@]}")
    if ! DEBIAN_FRONTEND=noninteractive as_root "${apt[@]}" >"$WORK/apt.log" 2>&1; then
        log "install failed; running apt-get update first"
        as_root apt-get -o DPkg::Lock::Timeout=600 update >>"$WORK/apt.log" 2>&1
        DEBIAN_FRONTEND=noninteractive as_root "${apt[@]}" >>"$WORK/apt.log" 2>&1 || {
            cat "$WORK/apt.log" >&2
            die "could not install ${missing[*]}"
        }
    fi
}

free_port() {
    python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

# --- load -------------------------------------------------------------------------------------------

run_wrk() { # url seconds outfile
    # The script adds a RAW_LATENCY line: wrk's histogram before its coordinated-omission correction.
    WRK_CONNECTIONS="$CONNECTIONS" wrk -t"$THREADS" -c"$CONNECTIONS" -d"$2"s --latency \
        -s "$BENCH/wrk_raw_latency.lua" "$1" >"$3" 2>&1 || {
        cat "$3" >&2
        die "wrk failed against $1"
    }
}

cpu_ticks() { # pids... -> user+system CPU time they used so far, in clock ticks
    local pid total=0 t
    for pid in "$@"; do
        # Fields after "pid (comm) ": utime and stime are the 12th and 13th.
        t=$(sed 's/^.*) //' "/proc/$pid/stat" | awk '{ print $12 + $13 }') || continue
        total=$((total + t))
    done
    printf '%s\n' "$total"
}

target_pids() { # name -> the processes that serve that target
    if [[ "$1" == dumont ]]; then
        printf '%s\n' "$SERVER_PID"
    else
        printf '%s\n' "$NGINX_PID"
        pgrep -P "$NGINX_PID" || true
    fi
}

load_target() { # name url outfile; sets CPU_TICKS to the server-side CPU used during the measured run
    local pids before after requests cost history="" round warmed=0 lo hi
    local costs=()
    mapfile -t pids < <(target_pids "$1")
    # A JIT-compiled server takes a while to reach steady state, longer when other processes share the
    # CPUs. Warm up in rounds until the server's CPU time per request (which, unlike req/s, hardly
    # depends on other load on the machine) of the last three rounds lies within 10%.
    for ((round = 1; round <= WARMUP_ROUNDS; round++)); do
        before=$(cpu_ticks "${pids[@]}")
        run_wrk "$2" "$WARMUP" "$WORK/warmup-$1-$round.txt"
        after=$(cpu_ticks "${pids[@]}")
        requests=$(awk '/ requests in / { print $1 }' "$WORK/warmup-$1-$round.txt")
        cost=$(((after - before) * 1000000 / CLK_TCK / (requests > 0 ? requests : 1)))
        costs+=("$cost")
        history+="${history:+, }$(awk '/^Requests\/sec:/ { printf "%.0f", $2 }' "$WORK/warmup-$1-$round.txt")/s ${cost}us"
        if ((round >= 3)); then
            read -r lo hi < <(printf '%s\n' "${costs[@]: -3}" | sort -n | awk 'NR == 1 { lo = $1 } { hi = $1 } END { print lo, hi }')
            if ((hi * 10 <= lo * 11)); then
                warmed=1
                break
            fi
        fi
    done
    log "$1: warm-up rounds of ${WARMUP}s, not counted (req/s and server CPU per request): $history"
    ((warmed)) || log "$1: WARNING: CPU per request still changing after $WARMUP_ROUNDS warm-up rounds"
    WARMUP_S=$((WARMUP * (round > WARMUP_ROUNDS ? WARMUP_ROUNDS : round)))
    log "$1: measuring ${DURATION}s with wrk -t$THREADS -c$CONNECTIONS --latency"
    before=$(cpu_ticks "${pids[@]}")
    run_wrk "$2" "$DURATION" "$3"
    CPU_TICKS=$(($(cpu_ticks "${pids[@]}") - before))
}

# --- main -------------------------------------------------------------------------------------------

JAVA=$(find_java) || die "no JDK >= 21 found; set JAVA_HOME"
export JAVA_HOME
JAVA_HOME=$(dirname "$(dirname "$(readlink -f "$JAVA")")")
JAVA_VERSION=$("$JAVA" -version 2>&1 | head -n 1)
log "java: $JAVA ($JAVA_VERSION)"

if [[ ! -f "$SERVER_JAR" ]]; then
    log "building $SERVER_JAR"
    (cd "$ROOT" && ./mvnw -B -q -pl server -am package -DskipTests)
    [[ -f "$SERVER_JAR" ]] || die "the build did not produce $SERVER_JAR"
fi

# Run a private copy of the default jar: a rebuild of server/target during the run would break the
# server's class loading. A jar given as SERVER_JAR runs in place (an extracted jar needs its lib/).
RUN_JAR="$SERVER_JAR"
if [[ -z "$SERVER_JAR_GIVEN" ]]; then
    RUN_JAR="$WORK/server.jar"
    cp "$SERVER_JAR" "$RUN_JAR"
fi
JAR_SHA=$(sha256sum "$RUN_JAR" | cut -c1-12)
JAR_MTIME=$(date -u -r "$SERVER_JAR" +%Y-%m-%dT%H:%M:%SZ)
log "server jar: $SERVER_JAR (built $JAR_MTIME, sha256 $JAR_SHA...)"

ensure_tools
NGINX_BIN=$(command -v nginx || echo /usr/sbin/nginx)
WRK_VERSION=$(wrk -v 2>&1 | head -n 1 | awk '{ print $1, $2 }' || true)
NGINX_VERSION=$("$NGINX_BIN" -v 2>&1 | sed 's/^nginx version: //')
# What the default ergonomics pick on this machine (heap, GC); the server runs with no tuning flags.
JVM_FLAGS=$("$JAVA" "${JAVA_OPTS_ARRAY[@]}" -XX:+PrintCommandLineFlags -version 2>&1 | head -n 1)
JVM_FLAGS=${JVM_FLAGS% }
LOADAVG_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
log "jvm defaults: $JVM_FLAGS"
log "load average before start: $LOADAVG_BEFORE ($CPUS CPUs)"

# 1. Start the server on the embedded defaults (H2 file in a fresh data dir, in-process cache).
SERVER_PORT=$(free_port)
DATA_DIR="$WORK/data"
mkdir -p "$DATA_DIR"
log "starting the server jar on port $SERVER_PORT${JAVA_OPTS:+ with JAVA_OPTS=$JAVA_OPTS}${SERVER_ARGS:+ and $SERVER_ARGS}"
T0=$(now_ms)
env -u DATABASE_URL -u REDIS_URL -u SPRING_PROFILES_ACTIVE \
    DUMONT_DATA_DIR="$DATA_DIR" APP_PORT="$SERVER_PORT" \
    "$JAVA" "${JAVA_OPTS_ARRAY[@]}" -jar "$RUN_JAR" "${SERVER_ARGS_ARRAY[@]}" >"$WORK/server.log" 2>&1 &
SERVER_PID=$!

BASE="http://127.0.0.1:$SERVER_PORT"
STARTUP_MS=""
deadline=$((T0 + STARTUP_TIMEOUT_S * 1000))
while :; do
    kill -0 "$SERVER_PID" 2>/dev/null || die "the server exited during startup"
    body=$(curl -s --max-time 1 "$BASE/actuator/health" 2>/dev/null || true)
    if [[ "$body" == *'"status":"UP"'* ]]; then
        STARTUP_MS=$(($(now_ms) - T0))
        STARTUP_CPU_TICKS=$(cpu_ticks "$SERVER_PID")
        break
    fi
    (($(now_ms) < deadline)) || die "no healthy answer within ${STARTUP_TIMEOUT_S}s"
    sleep 0.02
done
STARTUP_CPU_MS=$((STARTUP_CPU_TICKS * 1000 / CLK_TCK))
log "healthy (GET /actuator/health 200 UP) after ${STARTUP_MS} ms, having used ${STARTUP_CPU_MS} ms of CPU"

# Make sure the load measures the real catalog: readiness UP and a non-empty list (the official catalog
# is synced into the fresh database at startup).
while :; do
    ready=$(curl -s --max-time 1 "$BASE/actuator/health/readiness" 2>/dev/null || true)
    listing=$(curl -s --max-time 2 "$BASE$PATH_UNDER_TEST" 2>/dev/null || true)
    if [[ "$ready" == *'"status":"UP"'* && "$listing" == '[{'* ]]; then
        READY_MS=$(($(now_ms) - T0))
        break
    fi
    (($(now_ms) < deadline)) || die "readiness or catalog not there within ${STARTUP_TIMEOUT_S}s"
    sleep 0.02
done
log "readiness UP and catalog non-empty after ${READY_MS} ms"
STARTED_LINE=$(grep -m1 'Started DumontApplication in' "$WORK/server.log" || true)
STARTED_IN_S=$(sed -n 's/.*Started DumontApplication in \([0-9.]*\) seconds.*/\1/p' <<<"$STARTED_LINE")
PROCESS_RUNNING_S=$(sed -n 's/.*process running for \([0-9.]*\)).*/\1/p' <<<"$STARTED_LINE")

# 2. The exact body the server returns (identity encoding: curl and wrk send no Accept-Encoding).
WWW="$WORK/www"
mkdir -p "$WWW${PATH_UNDER_TEST%/*}"
STATIC_FILE="$WWW$PATH_UNDER_TEST"
code=$(curl -s -o "$STATIC_FILE" -w '%{http_code}' "$BASE$PATH_UNDER_TEST")
[[ "$code" == 200 ]] || die "GET $PATH_UNDER_TEST answered $code"
BODY_BYTES=$(wc -c <"$STATIC_FILE")
log "catalog body: $BODY_BYTES bytes"

# 3. nginx serving that file at the same path (worker processes run as nobody: make it readable).
chmod 755 "$WORK" "$WWW"
find "$WWW" -type d -exec chmod 755 {} +
chmod 644 "$STATIC_FILE"
NGINX_PORT=$(free_port)
mkdir -p "$WORK/nginx-tmp"
cat >"$WORK/nginx.conf" <<EOF
daemon off;
worker_processes auto;
pid $WORK/nginx.pid;
error_log $WORK/nginx-error.log warn;
events { worker_connections 1024; }
http {
    access_log off;
    default_type application/json;
    sendfile on;
    client_body_temp_path $WORK/nginx-tmp/body;
    proxy_temp_path $WORK/nginx-tmp/proxy;
    fastcgi_temp_path $WORK/nginx-tmp/fastcgi;
    uwsgi_temp_path $WORK/nginx-tmp/uwsgi;
    scgi_temp_path $WORK/nginx-tmp/scgi;
    server {
        listen 127.0.0.1:$NGINX_PORT;
        root $WWW;
        location / { try_files \$uri =404; }
    }
}
EOF
"$NGINX_BIN" -e "$WORK/nginx-error.log" -p "$WORK" -c "$WORK/nginx.conf" -t >/dev/null 2>&1 \
    || die "nginx rejected its config: $(cat "$WORK/nginx-error.log")"
"$NGINX_BIN" -e "$WORK/nginx-error.log" -p "$WORK" -c "$WORK/nginx.conf" &
NGINX_PID=$!
NGINX_URL="http://127.0.0.1:$NGINX_PORT$PATH_UNDER_TEST"
for _ in $(seq 1 100); do
    curl -s -o "$WORK/nginx-body" "$NGINX_URL" 2>/dev/null && break
    sleep 0.05
done
cmp -s "$STATIC_FILE" "$WORK/nginx-body" || die "nginx does not serve the same bytes (see $WORK/nginx-error.log)"
log "nginx $NGINX_VERSION on port $NGINX_PORT serves the identical $BODY_BYTES bytes"

# 4. Load: Dumont first, then nginx, with the same wrk settings.
load_target dumont "$BASE$PATH_UNDER_TEST" "$WORK/wrk-dumont.txt"
DUMONT_CPU_TICKS=$CPU_TICKS
DUMONT_WARMUP_S=$WARMUP_S
RSS_KB=$(awk '/^VmRSS:/ { print $2 }' "/proc/$SERVER_PID/status")
HWM_KB=$(awk '/^VmHWM:/ { print $2 }' "/proc/$SERVER_PID/status")
RSS_ANON_KB=$(awk '/^RssAnon:/ { print $2 }' "/proc/$SERVER_PID/status")
RSS_FILE_KB=$(awk '/^RssFile:/ { print $2 }' "/proc/$SERVER_PID/status")
load_target nginx "$NGINX_URL" "$WORK/wrk-nginx.txt"
NGINX_CPU_TICKS=$CPU_TICKS
NGINX_WARMUP_S=$WARMUP_S

# 5. Report.
TIMESTAMP=$(date -u +%Y%m%dT%H%M%SZ)
mkdir -p "$BENCH/results"
OUT="$BENCH/results/catalog-$TIMESTAMP.json"
python3 "$BENCH/wrk_report.py" report \
    --dumont "$WORK/wrk-dumont.txt" --nginx "$WORK/wrk-nginx.txt" --out "$OUT" \
    --meta "timestamp=$TIMESTAMP" --meta "body_bytes=$BODY_BYTES" \
    --meta "threads=$THREADS" --meta "connections=$CONNECTIONS" \
    --meta "duration_s=$DURATION" --meta "warmup_s=$DUMONT_WARMUP_S" --meta "nginx_warmup_s=$NGINX_WARMUP_S" \
    --meta "cpus=$CPUS" --meta "loadavg_before=$LOADAVG_BEFORE" \
    --meta "startup_ms=$STARTUP_MS" --meta "startup_cpu_ms=$STARTUP_CPU_MS" --meta "ready_ms=$READY_MS" \
    --meta "started_in_s=$STARTED_IN_S" --meta "process_running_s=$PROCESS_RUNNING_S" \
    --meta "rss_kb=$RSS_KB" --meta "hwm_kb=$HWM_KB" \
    --meta "rss_anon_kb=$RSS_ANON_KB" --meta "rss_file_kb=$RSS_FILE_KB" --meta "clk_tck=$CLK_TCK" \
    --meta "dumont_cpu_ticks=$DUMONT_CPU_TICKS" --meta "nginx_cpu_ticks=$NGINX_CPU_TICKS" \
    --meta "java_version=$JAVA_VERSION" --meta "jvm_flags=$JVM_FLAGS" \
    --meta "wrk_version=$WRK_VERSION" --meta "nginx_version=$NGINX_VERSION" \
    --meta "jar_sha256=$JAR_SHA" --meta "jar_built=$JAR_MTIME" \
    --meta "custom_jar=${SERVER_JAR_GIVEN:+$SERVER_JAR}" --meta "java_opts=${JAVA_OPTS:-}" --meta "server_args=${SERVER_ARGS:-}"
if [[ -n "${KEEP_SERVER_LOG:-}" ]]; then
    cp "$WORK/server.log" "$KEEP_SERVER_LOG"
    log "server log copied to $KEEP_SERVER_LOG"
fi
