# jetty uninstall: remove jetty.base (configuration copy, deployed applications, work), logs and records from the
# state directory. Refuses while the server runs (the agent stops it first).
set -u
PKG=jetty
. "$(dirname "$0")/functions.sh"
require_env FLOTILLA_PACKAGE_STATE
MARKER="jetty.base=$FLOTILLA_PACKAGE_STATE/base"
pid=$(recorded_pid)
[ -z "$pid" ] || fail "jetty is still running (pid $pid): stop it before uninstalling"
rm -rf "$FLOTILLA_PACKAGE_STATE/base" "$FLOTILLA_PACKAGE_STATE/logs" "$FLOTILLA_PACKAGE_STATE/http.port" \
    || fail "cannot remove jetty's files from $FLOTILLA_PACKAGE_STATE"
echo "jetty uninstalled: removed its base and logs from $FLOTILLA_PACKAGE_STATE"
