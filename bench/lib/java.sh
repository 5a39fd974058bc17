# Shared by the benchmark drivers: finding a JDK >= 21, compiling this checkout for the server's test classpath, and
# running a benchmark's main class from it.

java_major() { # prints the feature version of the java binary $1 (8 for 1.8.x)
    local v
    v=$("$1" -version 2>&1 | awk -F'"' '/version/ { print $2; exit }')
    v=${v#1.}
    printf '%s\n' "${v%%[.+-]*}"
}

find_java() {
    local candidate major
    local candidates=()
    [[ -n "${JAVA_HOME:-}" ]] && candidates+=("$JAVA_HOME/bin/java")
    command -v java >/dev/null 2>&1 && candidates+=("$(command -v java)")
    candidates+=(/usr/lib/jvm/temurin-25-jdk-amd64/bin/java)
    for candidate in /usr/lib/jvm/*/bin/java; do candidates+=("$candidate"); done
    for candidate in "${candidates[@]}"; do
        [[ -x "$candidate" ]] || continue
        major=$(java_major "$candidate" 2>/dev/null || echo 0)
        if [[ "$major" =~ ^[0-9]+$ ]] && ((major >= 21)); then
            printf '%s\n' "$candidate"
            return 0
        fi
    done
    return 1
}

# Compiles api, sim and server (main and test classes) in one reactor build and prints the server's test classpath,
# so the classpath names this checkout's api/target/classes and sim/target/classes rather than whatever dumont-api jar
# another build left in ~/.m2. Offline first (~/.m2 is normally complete), online once if something is missing.
# $1: the repository root; $2: a name for the classpath file under each module's target/.
server_test_classpath() {
    local root=$1 file="target/$2-classpath.txt"
    local goals=(-pl api,sim,server test-compile dependency:build-classpath
        -Dmdep.outputFile="$file" -Dmdep.includeScope=test)
    (cd "$root" && ./mvnw -B -q -o "${goals[@]}") >&2 || (cd "$root" && ./mvnw -B -q -ntp "${goals[@]}") >&2
    printf '%s\n' "$root/server/target/test-classes:$root/server/target/classes:$(cat "$root/server/$file")"
}

# Runs a benchmark's main class from the server's test classes, as strategies.sh and hibernation.sh do: picks a JDK,
# compiles this checkout (server_test_classpath), and logs the load average before and after. $1: the benchmark's name
# (its log prefix and classpath file); $2: the main class; the rest: its arguments. BENCH_ARGS adds arguments after
# them (--dumont.*=value settings for the application); JAVA_OPTS replaces the JVM options (default
# --enable-native-access=ALL-UNNAMED, which quiets Lucene's warning).
run_server_bench() {
    local name=$1 main=$2 java root classpath
    shift 2
    root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
    local -a java_opts bench_args
    read -r -a java_opts <<<"${JAVA_OPTS:---enable-native-access=ALL-UNNAMED}"
    read -r -a bench_args <<<"${BENCH_ARGS:-}"
    java=$(find_java) || { printf '[%s] ERROR: no JDK >= 21 found; set JAVA_HOME\n' "$name" >&2; return 1; }
    JAVA_HOME=$(dirname "$(dirname "$(readlink -f "$java")")")
    export JAVA_HOME
    printf '[%s] java: %s (%s)\n' "$name" "$java" "$("$java" -version 2>&1 | head -n 1)" >&2
    printf '[%s] compiling (api, sim, server main and test classes)\n' "$name" >&2
    classpath=$(server_test_classpath "$root" "$name")
    printf '[%s] load average before the run: %s (%s CPUs)\n' "$name" "$(cut -d' ' -f1-3 /proc/loadavg)" "$(nproc)" >&2
    "$java" "${java_opts[@]}" -cp "$classpath" "$main" "$@" "${bench_args[@]}"
    printf '[%s] load average after the run: %s\n' "$name" "$(cut -d' ' -f1-3 /proc/loadavg)" >&2
}
