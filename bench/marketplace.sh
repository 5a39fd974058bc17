#!/usr/bin/env bash
# Marketplace search over HTTP: the real application on the embedded default (H2 file database, in-process Lucene
# index) with 100,000 generated community templates, searched through GET /api/v1/marketplace/templates.
#
#   bash bench/marketplace.sh
#   TEMPLATES=20000 QUERIES=1000 CLIENTS=0 bash bench/marketplace.sh
#
# Environment (all optional):
#   TEMPLATES           community templates written into the database (default 100000)
#   PUBLISHERS          their authors (default 500)
#   QUERIES             measured sequential requests, one client, one at a time (default 3000)
#   WARMUP              unmeasured requests first, for the JIT (default 2000)
#   CLIENTS             concurrent clients of the second run (default 8; 0 skips it)
#   CONCURRENT_QUERIES  requests of that run (default 4000)
#   PROFILE             searches timed piece by piece inside the server, without HTTP (default 500; 0 skips it)
#   REBUILD_PROFILE     1: after the rebuild, read the database again the way it does and time those reads alone, and
#                       print H2's plans of its page queries (default 0)
#   JAVA_HOME           a JDK >= 21; otherwise the java on PATH, else a JDK >= 21 under /usr/lib/jvm
#   JAVA_OPTS           extra JVM options, for experiments only (default none: the JVM's own ergonomics)
#
# Compiles api, sim and the server's main and test classes, builds the server's test classpath with Maven, and runs
# cloud.dumont.marketplace.MarketplaceSearchHttpBenchmark (server/src/test/java). The application runs in that JVM,
# started with SpringApplicationBuilder on a fresh temporary data dir (deleted at the end), DATABASE_URL and
# REDIS_URL removed from its environment. See bench/README.md.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
TEMPLATES=${TEMPLATES:-100000}
PUBLISHERS=${PUBLISHERS:-500}
QUERIES=${QUERIES:-3000}
WARMUP=${WARMUP:-2000}
CLIENTS=${CLIENTS:-8}
CONCURRENT_QUERIES=${CONCURRENT_QUERIES:-4000}
PROFILE=${PROFILE:-500}
REBUILD_PROFILE=${REBUILD_PROFILE:-0}
read -r -a JAVA_OPTS_ARRAY <<<"${JAVA_OPTS:-}"

log() { printf '[marketplace-bench] %s\n' "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }

# shellcheck source=lib/java.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib/java.sh"

JAVA=$(find_java) || die "no JDK >= 21 found; set JAVA_HOME"
JAVA_HOME=$(dirname "$(dirname "$(readlink -f "$JAVA")")")
export JAVA_HOME
log "java: $JAVA ($("$JAVA" -version 2>&1 | head -n 1))"

# dumont-web (the UI's static files, a runtime dependency the search never touches) comes from ~/.m2: building it needs
# Node; `./mvnw -B -q -pl web install` puts it there.
log "compiling (api, sim, server main and test classes) and resolving the server's test classpath"
CLASSPATH_ALL=$(server_test_classpath "$ROOT" marketplace-bench)

log "machine: $(nproc) CPUs, load average $(cut -d' ' -f1-3 /proc/loadavg) before the run${JAVA_OPTS:+; EXPERIMENT with JAVA_OPTS=$JAVA_OPTS}"
env -u DATABASE_URL -u REDIS_URL -u SPRING_PROFILES_ACTIVE \
    "$JAVA" "${JAVA_OPTS_ARRAY[@]}" -cp "$CLASSPATH_ALL" cloud.dumont.marketplace.MarketplaceSearchHttpBenchmark \
    --templates "$TEMPLATES" --publishers "$PUBLISHERS" --queries "$QUERIES" --warmup "$WARMUP" \
    --clients "$CLIENTS" --concurrent-queries "$CONCURRENT_QUERIES" --profile "$PROFILE" \
    --rebuild-profile "$REBUILD_PROFILE"
log "load average after the run: $(cut -d' ' -f1-3 /proc/loadavg)"
