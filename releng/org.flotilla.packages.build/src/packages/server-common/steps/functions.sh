# Shared by the steps of the jetty and tomcat packages (copied into both archives at build time). A step sources it
# with  . "$(dirname "$0")/functions.sh" : the agent runs every step as "/bin/sh STEP_FILE", so $0 is the step's
# path. Each step sets PKG (for messages) and MARKER (a string that only this package's server has on its command
# line) before calling these functions.

fail() {
    echo "$PKG: $*" >&2
    exit 1
}

require_env() {
    for name in "$@"; do
        eval "value=\${$name:-}"
        [ -n "$value" ] || fail "$name is not set (the Flotilla agent sets it when it runs a step)"
    done
}

# The contract copies the archive's payload/ into the version's directory; a payload/ folder kept as it is works too.
payload_dir() {
    if [ -d "$FLOTILLA_PACKAGE_HOME/payload" ]; then
        echo "$FLOTILLA_PACKAGE_HOME/payload"
    else
        echo "$FLOTILLA_PACKAGE_HOME"
    fi
}

# The java to run: $JAVA_HOME/bin/java when the agent gives JAVA_HOME, otherwise java from PATH.
java_command() {
    if [ -n "${JAVA_HOME:-}" ]; then
        [ -x "$JAVA_HOME/bin/java" ] || { echo "$PKG: JAVA_HOME=$JAVA_HOME has no bin/java" >&2; return 1; }
        echo "$JAVA_HOME/bin/java"
    elif command -v java >/dev/null 2>&1; then
        echo java
    else
        echo "$PKG: no Java: JAVA_HOME is not set and there is no java on PATH" >&2
        return 1
    fi
}

# running PID: true while PID is alive, not a zombie, and has MARKER on its command line. The last check keeps a
# pid file left by a crash from making us signal an unrelated process that was given the same number.
running() {
    kill -0 "$1" 2>/dev/null || return 1
    if [ -r "/proc/$1/stat" ]; then
        [ "$(sed 's/^.*) //' "/proc/$1/stat" | cut -c1)" = Z ] && return 1
        tr '\0' '\n' < "/proc/$1/cmdline" | grep -qxF -- "$MARKER" || return 1
    fi
    return 0
}

# The pid recorded in $FLOTILLA_PACKAGE_STATE/pid if that process is still ours, else nothing (and no pid file).
recorded_pid() {
    [ -f "$FLOTILLA_PACKAGE_STATE/pid" ] || return 0
    recorded=$(cat "$FLOTILLA_PACKAGE_STATE/pid")
    case "$recorded" in
        '' | *[!0-9]*) rm -f "$FLOTILLA_PACKAGE_STATE/pid"; return 0 ;;
    esac
    if running "$recorded"; then
        echo "$recorded"
    else
        rm -f "$FLOTILLA_PACKAGE_STATE/pid"
    fi
}

# start_server LOG COMMAND...: runs COMMAND in the background, in its own session (so that the step's end, a
# terminal or the agent's process group do not take it down), with its output appended to LOG; records its pid in
# $FLOTILLA_PACKAGE_STATE/pid and returns.
start_server() {
    log=$1
    shift
    if command -v setsid >/dev/null 2>&1; then
        # A background job of a non-interactive sh is not a process group leader, so setsid execs in place and
        # $! stays the server's pid.
        set -- setsid "$@"
    fi
    "$@" </dev/null >>"$log" 2>&1 &
    pid=$!
    echo "$pid" > "$FLOTILLA_PACKAGE_STATE/pid.tmp" && mv "$FLOTILLA_PACKAGE_STATE/pid.tmp" "$FLOTILLA_PACKAGE_STATE/pid" \
        || fail "cannot write $FLOTILLA_PACKAGE_STATE/pid"
    # A JVM that cannot start at all (bad -Xmx, missing class) is gone within a second or two: say so here, with its
    # output, instead of leaving the health check to time out. Whether it serves is the health check's business.
    waited=0
    while [ "$waited" -lt 2 ]; do
        sleep 1
        waited=$((waited + 1))
        if ! kill -0 "$pid" 2>/dev/null || [ "$(sed 's/^.*) //' "/proc/$pid/stat" 2>/dev/null | cut -c1)" = Z ]; then
            rm -f "$FLOTILLA_PACKAGE_STATE/pid"
            echo "--- end of $log:" >&2
            tail -n 40 "$log" >&2
            fail "the server exited at once (see the end of $log above)"
        fi
    done
    echo "$PKG started (pid $pid), output in $log"
}

# stop_server GRACE: TERM the recorded process, KILL it if it is still there after GRACE seconds, and wait until it
# is gone. Not running is not an error (stop is also run after a failed start).
stop_server() {
    grace=$1
    pid=$(recorded_pid)
    if [ -z "$pid" ]; then
        echo "$PKG is not running"
        return 0
    fi
    kill -TERM "$pid" 2>/dev/null
    waited=0
    while running "$pid" && [ "$waited" -lt "$grace" ]; do
        sleep 1
        waited=$((waited + 1))
    done
    if running "$pid"; then
        echo "$PKG: pid $pid still running ${grace}s after TERM: sending KILL" >&2
        kill -KILL "$pid" 2>/dev/null
        waited=0
        while running "$pid"; do
            [ "$waited" -lt 10 ] || fail "pid $pid is still there 10s after KILL"
            sleep 1
            waited=$((waited + 1))
        done
    fi
    rm -f "$FLOTILLA_PACKAGE_STATE/pid"
    echo "$PKG stopped (pid $pid)"
}
