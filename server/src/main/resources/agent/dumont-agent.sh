#!/bin/sh
# Dumont instance agent. Served by a Dumont server at GET /agent.sh; runs inside a GPU instance that Dumont launched.
#
# It reports the instance's activity to Dumont (a heartbeat) and carries out the command each heartbeat answers:
# snapshot the workspace (a gzip tar cut into chunks, each PUT to a pre-signed URL, then a manifest of sizes and
# SHA-256s) or restore one (every chunk fetched and checked against the manifest, then unpacked in place of the
# workspace's content). The same protocol as the simulator's SimAgent.
#
# Usage: sh dumont-agent.sh [boot|run|once]
#   boot (default)  one heartbeat and its command now, so a restore lands before the app starts; then `run` in the
#                   background (nohup) and exit 0, whatever happened, so the launch goes on to start the app
#   run             a heartbeat every DUMONT_AGENT_INTERVAL seconds until killed; a failed one is tried next time
#   once            one heartbeat and its command; exits 1 when the heartbeat itself failed
#
# Environment:
#   DUMONT_AGENT_URL, DUMONT_AGENT_TOKEN  set by Dumont at launch; without them the agent does nothing and exits 0
#   DUMONT_WORKSPACE                      the directory to snapshot and restore (default /workspace)
#   DUMONT_AGENT_INTERVAL                 seconds between heartbeats (default 30)
#   TMPDIR                                scratch space (default /tmp) outside the workspace, with room for the
#                                         compressed workspace.
#                                         The background loop writes its pid to $TMPDIR/dumont-agent.pid (kill it to
#                                         stop the agent) and its log to $TMPDIR/dumont-agent.log
#
# Plain POSIX sh (dash, busybox ash) with curl, tar, gzip, dd, sha256sum, sed, awk and tr: no jq, no python. The
# token never appears on a command line (curl reads the Authorization header from standard input) or in a log.

export LC_ALL=C

log() {
    printf '%s dumont-agent: %s\n' "$(date -u '+%Y-%m-%dT%H:%M:%SZ')" "$*" >&2
}

# json_value KEY JSON: the value of KEY in one flat JSON object, a string (unquoted) or a number or boolean; empty for
# null or when absent. Enough for the compact JSON the Dumont server writes, whatever the order of the fields.
json_value() {
    _jv_json=$(printf '%s' "$2" | tr -d '\n\r')
    _jv=$(printf '%s\n' "$_jv_json" | sed -n 's/.*"'"$1"'"[[:space:]]*:[[:space:]]*"\([^"]*\)".*/\1/p')
    if [ -z "$_jv" ]; then
        _jv=$(printf '%s\n' "$_jv_json" | sed -n 's/.*"'"$1"'"[[:space:]]*:[[:space:]]*\([^",}[:space:]]*\).*/\1/p')
        [ "$_jv" = null ] && _jv=
    fi
    printf '%s' "$_jv" | sed 's/\\\//\//g'
}

# json_string TEXT: TEXT as a JSON string of printable ASCII, at most 400 characters (a failure reason, not a record).
json_string() {
    printf '"%s"' "$(printf '%s' "$1" | tr -cd ' -~' | cut -c 1-400 | sed 's/\\/\\\\/g; s/"/\\"/g')"
}

file_size() {
    wc -c <"$1" | tr -d ' \t'
}

sha256() {
    sha256sum "$1" | cut -d ' ' -f 1
}

# The first line of curl's complaint, without a URL's query (a pre-signed URL's signature is a secret while it lasts).
curl_error() {
    head -n 1 "$STATE/curl.err" 2>/dev/null | sed 's/?[^ ]*//g'
}

# api METHOD PATH [BODY]: calls the Dumont agent API with the token. The answer's body is left in $ANSWER; anything but
# a 2xx returns 1 with a reason in $REASON. A BODY of @file sends that file.
api() {
    _method=$1
    _path=$2
    _body=${3-}
    set -- -sS --connect-timeout 10 --max-time 120 -X "$_method" -H 'Accept: application/json' \
        -o "$STATE/answer" -w '%{http_code}'
    if [ "$_method" != GET ]; then
        set -- "$@" -H 'Content-Type: application/json' --data-binary "$_body"
    fi
    rm -f "$STATE/answer"
    _status=$(printf 'header = "Authorization: Bearer %s"\n' "$DUMONT_AGENT_TOKEN" |
        curl -K - "$@" "$AGENT_URL$_path" 2>"$STATE/curl.err")
    ANSWER=$(cat "$STATE/answer" 2>/dev/null)
    case $_status in
        2??) return 0 ;;
        000 | '') REASON="$_method $_path: $(curl_error)" ;;
        *)
            _detail=$(json_value detail "$ANSWER")
            REASON="$_method $_path answered $_status${_detail:+: $_detail}"
            ;;
    esac
    return 1
}

# transfer put|get FILE URL: moves one chunk to or from its pre-signed URL. No token: the URL is the permission.
transfer() {
    if [ "$1" = put ]; then
        set -- -T "$2" -H 'Expect:' -o /dev/null "$3"
    else
        set -- -o "$2" "$3"
    fi
    _status=$(curl -sS --connect-timeout 10 --max-time 900 --retry 3 -w '%{http_code}' "$@" 2>"$STATE/curl.err")
    case $_status in
        2??) return 0 ;;
        000 | '') REASON=$(curl_error) ;;
        *) REASON="storage answered $_status" ;;
    esac
    return 1
}

# need TOOL...: whether every tool is installed; names the first missing one in $REASON.
need() {
    for _tool in "$@"; do
        if ! command -v "$_tool" >/dev/null 2>&1; then
            REASON="$_tool is not installed"
            return 1
        fi
    done
}

# A restore replaces everything in the workspace: never the whole file system.
workspace_allowed() {
    if [ -z "$WORKSPACE" ]; then
        REASON="DUMONT_WORKSPACE is /, which the agent refuses to replace"
        return 1
    fi
}

is_id() {
    case $1 in
        '' | *[!0-9a-fA-F-]*) return 1 ;;
    esac
}

gpu_util() {
    _gpu=
    if command -v nvidia-smi >/dev/null 2>&1; then
        # A wedged driver can hang nvidia-smi; a heartbeat must not.
        _gpu=$($TIMEOUT nvidia-smi --query-gpu=utilization.gpu --format=csv,noheader,nounits 2>/dev/null | awk '
            $1 ~ /^[0-9]+(\.[0-9]+)?$/ { sum += $1; n++ }
            END { if (n) { v = sum / n; if (v > 100) v = 100; printf "%.1f", v } }')
    fi
    printf '%s' "${_gpu:-null}"
}

workspace_bytes() {
    _bytes=
    if [ -d "$WORKSPACE" ]; then
        _bytes=$(du -sb "$WORKSPACE" 2>/dev/null | awk 'NR == 1 && $1 ~ /^[0-9]+$/ { print $1 }')
        if [ -z "$_bytes" ]; then # busybox du has no -b
            _bytes=$(du -sk "$WORKSPACE" 2>/dev/null | awk 'NR == 1 && $1 ~ /^[0-9]+$/ { printf "%.0f", $1 * 1024 }')
        fi
    fi
    printf '%s' "${_bytes:-null}"
}

# snapshot_steps SNAPSHOT_ID CHUNK_SIZE: archives the workspace, uploads it chunk by chunk and completes the snapshot.
snapshot_steps() {
    _id=$1
    _size=$2
    _base=/api/v1/agent/snapshots/$_id
    case $_size in
        '' | *[!0-9]* | 0)
            REASON="no chunk size in the command"
            return 1
            ;;
    esac
    need tar gzip dd sha256sum && workspace_allowed || return 1
    if [ ! -d "$WORKSPACE" ]; then
        REASON="$WORKSPACE is not a directory"
        return 1
    fi
    _archive=$STATE/snapshot.tar.gz
    log "snapshot $_id: archiving $WORKSPACE"
    tar -czf "$_archive" -C "$WORKSPACE" . 2>"$STATE/tar.err"
    _rc=$?
    # GNU tar's 1 means a file changed while it was read: normal for a live workspace, and the archive is whole.
    if [ "$_rc" -ne 0 ] && ! { [ "$_rc" -eq 1 ] && [ "$GNU_TAR" = yes ]; }; then
        REASON="tar: $(head -n 1 "$STATE/tar.err")"
        return 1
    fi
    _total=$(file_size "$_archive")
    _count=$(((_total + _size - 1) / _size))
    [ "$_count" -gt 0 ] || _count=1
    : >"$STATE/chunks.json"
    _i=0
    while [ "$_i" -lt "$_count" ]; do
        # dd reads a regular file in whole blocks, so each chunk is chunk_size bytes but the last.
        if ! dd if="$_archive" of="$STATE/chunk" bs="$_size" skip="$_i" count=1 2>/dev/null; then
            REASON="dd could not cut chunk $_i"
            return 1
        fi
        _bytes=$(file_size "$STATE/chunk")
        _left=$((_total - _i * _size))
        [ "$_left" -lt "$_size" ] || _left=$_size
        if [ "$_bytes" -ne "$_left" ]; then
            REASON="chunk $_i is $_bytes bytes, not $_left"
            return 1
        fi
        _sha=$(sha256 "$STATE/chunk")
        api POST "$_base/chunks/$_i/url" || return 1
        _url=$(json_value url "$ANSWER")
        if [ -z "$_url" ]; then
            REASON="no upload URL for chunk $_i"
            return 1
        fi
        if ! transfer put "$STATE/chunk" "$_url"; then
            REASON="chunk $_i: $REASON"
            return 1
        fi
        [ "$_i" -eq 0 ] || printf ',' >>"$STATE/chunks.json"
        printf '{"index":%s,"bytes":%s,"sha256":"%s"}' "$_i" "$_bytes" "$_sha" >>"$STATE/chunks.json"
        _i=$((_i + 1))
    done
    {
        printf '{"format_version":1,"chunk_size":%s,"total_bytes":%s,"chunks":[' "$_size" "$_total"
        cat "$STATE/chunks.json"
        printf ']}'
    } >"$STATE/manifest.json"
    api POST "$_base/complete" "@$STATE/manifest.json" || return 1
    log "snapshot $_id: complete, $_total bytes in $_count chunks"
}

snapshot() {
    if ! is_id "$1"; then
        log "snapshot command without a snapshot id; ignored"
        return
    fi
    if ! snapshot_steps "$1" "$2"; then
        log "snapshot $1 failed: $REASON"
        api POST "/api/v1/agent/snapshots/$1/failed" "{\"error\":$(json_string "snapshot failed: $REASON")}" ||
            log "could not report the failure: $REASON"
    fi
    rm -f "$STATE/snapshot.tar.gz" "$STATE/chunk" "$STATE/chunks.json" "$STATE/manifest.json"
}

# fetch_plan SNAPSHOT_ID FILE: the snapshot's restore plan as one line per chunk download in FILE (the plan's objects
# that carry a URL; the manifest's own chunks carry none); the manifest's total size in $_total.
fetch_plan() {
    api GET "/api/v1/agent/snapshots/$1/restore-plan" || return 1
    tr '{' '\n' <"$STATE/answer" >"$STATE/plan.objects"
    _total=$(json_value total_bytes "$(grep '"total_bytes"' "$STATE/plan.objects")")
    grep '"url"' "$STATE/plan.objects" >"$2"
    rm -f "$STATE/plan.objects"
}

# fetch_chunk SNAPSHOT_ID INDEX URL: downloads one chunk to $STATE/chunk. The plan's URLs live minutes and a large
# restore can outlast them, so a refused download is tried once more with the URL of a fresh plan.
fetch_chunk() {
    transfer get "$STATE/chunk" "$3" && return 0
    log "chunk $2: $REASON; trying again with a fresh plan"
    fetch_plan "$1" "$STATE/plan.fresh" || return 1
    _url=$(json_value url "$(grep '"index"[[:space:]]*:[[:space:]]*'"$2"'[,}[:space:]]' "$STATE/plan.fresh")")
    transfer get "$STATE/chunk" "$_url"
}

# restore_steps SNAPSHOT_ID: fetches and checks every chunk of the snapshot, then unpacks it in place of the workspace.
restore_steps() {
    need tar gzip sha256sum && workspace_allowed || return 1
    fetch_plan "$1" "$STATE/plan" || return 1
    _archive=$STATE/restore.tar.gz
    : >"$_archive"
    _i=0
    while IFS= read -r _line <&3; do
        _index=$(json_value index "$_line")
        _bytes=$(json_value bytes "$_line")
        _sha=$(json_value sha256 "$_line")
        if [ "$_index" != "$_i" ]; then
            REASON="the plan lists chunk $_index where chunk $_i belongs"
            return 1
        fi
        if ! fetch_chunk "$1" "$_i" "$(json_value url "$_line")"; then
            REASON="chunk $_i: $REASON"
            return 1
        fi
        if [ "$(file_size "$STATE/chunk")" != "$_bytes" ] || [ "$(sha256 "$STATE/chunk")" != "$_sha" ]; then
            REASON="chunk $_i does not match its checksum"
            return 1
        fi
        cat "$STATE/chunk" >>"$_archive"
        _i=$((_i + 1))
    done 3<"$STATE/plan"
    if [ "$_i" -eq 0 ] || [ "$(file_size "$_archive")" != "$_total" ]; then
        REASON="the chunks do not add up to the manifest's $_total bytes"
        return 1
    fi
    unpack "$_archive"
}

# unpack ARCHIVE: extracts beside the workspace's content first, and only once that worked replaces the content with
# it. Staged inside the workspace because the workspace is often a mount point: it cannot be renamed, and moving from
# the same file system is a rename, not a copy.
unpack() {
    if ! mkdir -p "$WORKSPACE"; then
        REASON="cannot create $WORKSPACE"
        return 1
    fi
    _stage=$WORKSPACE/.dumont-restore.$$
    rm -rf "$_stage"
    if ! mkdir "$_stage" || ! tar -xzf "$1" -C "$_stage" 2>"$STATE/tar.err"; then
        rm -rf "$_stage"
        REASON="the archive does not unpack: $(head -n 1 "$STATE/tar.err" 2>/dev/null)"
        return 1
    fi
    for _f in "$WORKSPACE"/* "$WORKSPACE"/.[!.]* "$WORKSPACE"/..?*; do
        if [ "$_f" = "$_stage" ] || { [ ! -e "$_f" ] && [ ! -L "$_f" ]; }; then
            continue
        fi
        if ! rm -rf "$_f"; then
            REASON="cannot remove $_f"
            return 1
        fi
    done
    for _f in "$_stage"/* "$_stage"/.[!.]* "$_stage"/..?*; do
        [ -e "$_f" ] || [ -L "$_f" ] || continue
        if ! mv "$_f" "$WORKSPACE"/; then
            REASON="cannot move $_f into place"
            return 1
        fi
    done
    rmdir "$_stage"
}

restore() {
    if ! is_id "$1" || ! is_id "$2"; then
        log "restore command without its ids; ignored"
        return
    fi
    log "restore $1: snapshot $2 into $WORKSPACE"
    if restore_steps "$2"; then
        log "restore $1: done"
        api POST "/api/v1/agent/restores/$1/complete" || log "could not report the restore done: $REASON"
    else
        log "restore $1 failed: $REASON"
        api POST "/api/v1/agent/restores/$1/failed" "{\"error\":$(json_string "restore failed: $REASON")}" ||
            log "could not report the failure: $REASON"
    fi
    rm -f "$STATE/restore.tar.gz" "$STATE/chunk" "$STATE/plan" "$STATE/plan.fresh"
}

# One heartbeat, and the command it answers carried out before returning; 1 when the heartbeat failed.
beat() {
    _beat="{\"gpu_util\":$(gpu_util),\"app\":null,\"workspace_bytes\":$(workspace_bytes)}"
    if ! api POST /api/v1/agent/heartbeat "$_beat"; then
        log "heartbeat failed: $REASON"
        return 1
    fi
    _answer=$ANSWER
    _command=$(json_value command "$_answer")
    case $_command in
        none | '') ;;
        snapshot) snapshot "$(json_value snapshot_id "$_answer")" "$(json_value chunk_size "$_answer")" ;;
        restore) restore "$(json_value command_id "$_answer")" "$(json_value snapshot_id "$_answer")" ;;
        *) log "unknown command $_command; ignored" ;;
    esac
    return 0
}

loop_running() {
    [ -f "$PIDFILE" ] && _pid=$(cat "$PIDFILE" 2>/dev/null) && [ -n "$_pid" ] && kill -0 "$_pid" 2>/dev/null
}

# The heartbeat loop. A TERM ends it at once, without waiting out the sleep.
run_loop() {
    printf '%s\n' "$$" >"$PIDFILE"
    trap 'kill "$SLEEPER" 2>/dev/null; exit 143' TERM INT
    log "heartbeats every ${INTERVAL}s to $AGENT_URL"
    [ "${1-}" = --after-boot ] || beat
    while :; do
        sleep "$INTERVAL" &
        SLEEPER=$!
        wait "$SLEEPER"
        beat
    done
}

# Starts the loop in the background from this script's own file; when the script was piped into sh there is none, so
# it fetches itself again.
start_loop() {
    if loop_running; then
        log "the agent loop already runs (pid $_pid)"
        return
    fi
    _self=$0
    if [ ! -f "$_self" ] || ! grep -q '^# Dumont instance agent' "$_self" 2>/dev/null; then
        _self=$TMP/dumont-agent.sh
        if ! curl -fsS --connect-timeout 10 --max-time 60 -o "$_self" "$AGENT_URL/agent.sh" 2>"$STATE/curl.err"; then
            log "cannot start the agent loop: $(curl_error)"
            return
        fi
    fi
    if command -v nohup >/dev/null 2>&1; then
        nohup sh "$_self" run --after-boot >>"$LOGFILE" 2>&1 </dev/null &
    else
        sh "$_self" run --after-boot >>"$LOGFILE" 2>&1 </dev/null &
    fi
    printf '%s\n' "$!" >"$PIDFILE"
    log "agent loop started (pid $!, log $LOGFILE)"
}

# shellcheck disable=SC2317 # called by the EXIT trap
cleanup() {
    rm -rf "$STATE"
    if [ "$MODE" = run ] && [ "$(cat "$PIDFILE" 2>/dev/null)" = "$$" ]; then
        rm -f "$PIDFILE"
    fi
}

main() {
    MODE=${1:-boot}
    case $MODE in
        boot | run | once) ;;
        *)
            echo "usage: $0 [boot|run|once]" >&2
            return 2
            ;;
    esac
    # No agent asked for (a deployment without snapshots, or a run outside Dumont): nothing to do, and no noise.
    if [ -z "${DUMONT_AGENT_URL:-}" ] || [ -z "${DUMONT_AGENT_TOKEN:-}" ]; then
        return 0
    fi
    # The token goes into curl's config in double quotes: anything but its own alphabet could escape them.
    case $DUMONT_AGENT_TOKEN in
        *[!A-Za-z0-9_-]*)
            log "DUMONT_AGENT_TOKEN is malformed; the agent does not start"
            return 0
            ;;
    esac
    if ! command -v curl >/dev/null 2>&1; then
        log "curl is not installed; the agent does not start"
        [ "$MODE" = once ] && return 1
        return 0
    fi
    AGENT_URL=${DUMONT_AGENT_URL%/}
    WORKSPACE=${DUMONT_WORKSPACE:-/workspace}
    while [ "${WORKSPACE%/}" != "$WORKSPACE" ]; do
        WORKSPACE=${WORKSPACE%/}
    done
    INTERVAL=${DUMONT_AGENT_INTERVAL:-30}
    case $INTERVAL in
        '' | *[!0-9]* | 0) INTERVAL=30 ;;
    esac
    TMP=${TMPDIR:-/tmp}
    PIDFILE=$TMP/dumont-agent.pid
    LOGFILE=$TMP/dumont-agent.log
    GNU_TAR=no
    tar --version 2>/dev/null | grep -q 'GNU tar' && GNU_TAR=yes
    TIMEOUT=
    timeout 5 true 2>/dev/null && TIMEOUT="timeout 10"
    STATE=$TMP/dumont-agent.$$
    rm -rf "$STATE"
    if ! mkdir -p "$TMP" || ! mkdir -m 700 "$STATE"; then
        log "cannot create $STATE; the agent does not start"
        [ "$MODE" = once ] && return 1
        return 0
    fi
    trap cleanup EXIT
    case $MODE in
        once) beat ;;
        run) run_loop "${2-}" ;;
        boot)
            beat
            start_loop
            return 0
            ;;
    esac
}

# On one line, so that a shell reading this file as it goes has read all of it before anything runs: a new copy of
# the script downloaded over this one cannot change a running agent.
main "$@"; exit $?
