# jetty install: check what this version needs before anything is stopped. It does not touch jetty.base: the
# version being replaced may still be running from it (start refreshes the base's configuration).
set -u
PKG=jetty
. "$(dirname "$0")/functions.sh"
require_env FLOTILLA_PACKAGE_HOME FLOTILLA_PACKAGE_STATE
JETTY_HOME=$(payload_dir)
[ -f "$JETTY_HOME/start.jar" ] || fail "no start.jar in $JETTY_HOME: the payload was not installed"
for ini in http.ini ee10-deploy.ini; do
    [ -f "$FLOTILLA_PACKAGE_HOME/jetty-base/start.d/$ini" ] \
        || fail "no rendered $FLOTILLA_PACKAGE_HOME/jetty-base/start.d/$ini (the templates were not rendered)"
done
java_command > /dev/null || exit 1
mkdir -p "$FLOTILLA_PACKAGE_STATE/base/webapps" "$FLOTILLA_PACKAGE_STATE/logs" \
    || fail "cannot create jetty.base in $FLOTILLA_PACKAGE_STATE"
echo "jetty $(basename "$FLOTILLA_PACKAGE_HOME") ready in $FLOTILLA_PACKAGE_HOME, jetty.base $FLOTILLA_PACKAGE_STATE/base"
