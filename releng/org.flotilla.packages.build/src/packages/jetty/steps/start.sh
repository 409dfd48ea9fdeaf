# jetty start: give jetty.base this version's rendered configuration, start Jetty in the background
# (java -Xmx$HEAP -jar start.jar), record its pid in $FLOTILLA_PACKAGE_STATE/pid and return.
set -u
PKG=jetty
. "$(dirname "$0")/functions.sh"
require_env FLOTILLA_PACKAGE_HOME FLOTILLA_PACKAGE_STATE FLOTILLA_PARAM_PORT FLOTILLA_PARAM_HEAP
JETTY_HOME=$(payload_dir)
BASE=$FLOTILLA_PACKAGE_STATE/base
MARKER="jetty.base=$BASE"
JAVA=$(java_command) || exit 1

pid=$(recorded_pid)
if [ -n "$pid" ]; then
    if tr '\0' '\n' < "/proc/$pid/cmdline" 2>/dev/null | grep -qxF -- "jetty.home=$JETTY_HOME"; then
        echo "jetty is already running this version (pid $pid)"
        exit 0
    fi
    fail "another jetty version is running from $BASE (pid $pid): stop it first"
fi

# The base's configuration is always this version's rendered one, so an upgrade and a rollback each start with
# their own start.d. webapps/ (deployed applications) and work/ stay.
# (environments/ only keeps Jetty 12.1's deployment scanner from warning that it is missing.)
mkdir -p "$BASE/webapps/root" "$BASE/environments" "$BASE/work" "$FLOTILLA_PACKAGE_STATE/logs" || fail "cannot create $BASE"
rm -rf "$BASE/start.d"
cp -R "$FLOTILLA_PACKAGE_HOME/jetty-base/start.d" "$BASE/start.d" || fail "cannot copy the rendered start.d into $BASE"
# Something at / (a static context), so that http://host:port/ answers 200 and the health check means something.
if [ ! -f "$BASE/webapps/root/index.html" ]; then
    printf '<!DOCTYPE html>\n<html><head><title>Jetty</title></head><body><p>Jetty, installed by Flotilla.</p></body></html>\n' \
        > "$BASE/webapps/root/index.html"
fi
# Packages deployed into this server (shop-demo) read its port here.
echo "$FLOTILLA_PARAM_PORT" > "$FLOTILLA_PACKAGE_STATE/http.port"

cd "$BASE" || fail "cannot enter $BASE"
start_server "$FLOTILLA_PACKAGE_STATE/logs/jetty.log" \
    "$JAVA" "-Xmx$FLOTILLA_PARAM_HEAP" -jar "$JETTY_HOME/start.jar" "jetty.home=$JETTY_HOME" "$MARKER"
