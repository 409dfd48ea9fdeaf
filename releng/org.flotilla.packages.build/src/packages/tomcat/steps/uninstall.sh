# tomcat uninstall: remove CATALINA_BASE (configuration copy, deployed applications, logs, work) and the records
# from the state directory. Refuses while the server runs (the agent stops it first).
set -u
PKG=tomcat
. "$(dirname "$0")/functions.sh"
require_env FLOTILLA_PACKAGE_STATE
MARKER="-Dcatalina.base=$FLOTILLA_PACKAGE_STATE/base"
pid=$(recorded_pid)
[ -z "$pid" ] || fail "tomcat is still running (pid $pid): stop it before uninstalling"
rm -rf "$FLOTILLA_PACKAGE_STATE/base" "$FLOTILLA_PACKAGE_STATE/logs" "$FLOTILLA_PACKAGE_STATE/http.port" \
    || fail "cannot remove tomcat's files from $FLOTILLA_PACKAGE_STATE"
echo "tomcat uninstalled: removed its base and logs from $FLOTILLA_PACKAGE_STATE"
