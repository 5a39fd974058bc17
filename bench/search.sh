#!/usr/bin/env bash
# Marketplace search benchmark: TemplateSearchIndex (Lucene) with 100,000 generated community templates.
#
#   bash bench/search.sh
#   TEMPLATES=20000 QUERIES=2000 bash bench/search.sh
#
# Environment (all optional):
#   TEMPLATES  templates generated and bulk-indexed (default 100000)
#   QUERIES    measured keyword queries, each with a facet filter, run one at a time (default 5000)
#   WARMUP     unmeasured queries first, for the JIT (default 3000)
#   UPSERTS    single upserts timed on the full index (default 200)
#   JAVA_HOME  a JDK >= 21; otherwise the java on PATH, else a JDK >= 21 under /usr/lib/jvm
#   JAVA_OPTS  extra JVM options (default none: the JVM's own ergonomics, as the server jar runs)
#
# Compiles the server's main and test classes, builds the test classpath with Maven, and runs
# cloud.dumont.marketplace.search.SearchBenchmark (server/src/test/java), which prints indexing time, index size
# on disk, query latency percentiles, single-upsert latency and heap use. See bench/README.md.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
TEMPLATES=${TEMPLATES:-100000}
QUERIES=${QUERIES:-5000}
WARMUP=${WARMUP:-3000}
UPSERTS=${UPSERTS:-200}
read -r -a JAVA_OPTS_ARRAY <<<"${JAVA_OPTS:-}"

log() { printf '[search-bench] %s\n' "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }

WORK=$(mktemp -d "${TMPDIR:-/tmp}/dumont-search-bench.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
trap 'exit 130' INT TERM

# shellcheck source=lib/java.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib/java.sh"

JAVA=$(find_java) || die "no JDK >= 21 found; set JAVA_HOME"
JAVA_HOME=$(dirname "$(dirname "$(readlink -f "$JAVA")")")
export JAVA_HOME
log "java: $JAVA ($("$JAVA" -version 2>&1 | head -n 1))"

mvn() { # offline first (~/.m2 is normally complete); online once if something is missing, e.g. on a new machine
    (cd "$ROOT" && ./mvnw -B -q -o "$@") || (cd "$ROOT" && ./mvnw -B -q -ntp "$@")
}

# api and sim come from this checkout rather than whatever dumont-api jar another build left in ~/.m2.
log "compiling (api, sim, server main and test classes)"
mvn -pl api,sim,server test-compile
mvn -pl server dependency:build-classpath -Dmdep.outputFile="$WORK/classpath.txt" -Dmdep.includeScope=test
CLASSPATH_ALL="$ROOT/server/target/test-classes:$ROOT/server/target/classes:$(cat "$WORK/classpath.txt")"

log "machine: $(nproc) CPUs, load average $(cut -d' ' -f1-3 /proc/loadavg) before the run"
"$JAVA" "${JAVA_OPTS_ARRAY[@]}" -cp "$CLASSPATH_ALL" cloud.dumont.marketplace.search.SearchBenchmark \
    --templates "$TEMPLATES" --queries "$QUERIES" --warmup "$WARMUP" --upserts "$UPSERTS"
log "load average after the run: $(cut -d' ' -f1-3 /proc/loadavg)"
