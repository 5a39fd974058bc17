# Shared by the benchmark drivers: finding a JDK >= 21 to run the server jar with.

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
