# tomcat install: check what this version needs before anything is stopped. It does not touch CATALINA_BASE: the
# version being replaced may still be running from it (start refreshes the base's conf/).
set -u
PKG=tomcat
. "$(dirname "$0")/functions.sh"
require_env FLOTILLA_PACKAGE_HOME FLOTILLA_PACKAGE_STATE
CATALINA_HOME=$(payload_dir)
[ -f "$CATALINA_HOME/bin/bootstrap.jar" ] || fail "no bin/bootstrap.jar in $CATALINA_HOME: the payload was not installed"
[ -f "$FLOTILLA_PACKAGE_HOME/flotilla-conf/server.xml" ] \
    || fail "no rendered $FLOTILLA_PACKAGE_HOME/flotilla-conf/server.xml (the templates were not rendered)"
java_command > /dev/null || exit 1
mkdir -p "$FLOTILLA_PACKAGE_STATE/base/webapps" "$FLOTILLA_PACKAGE_STATE/logs" \
    || fail "cannot create CATALINA_BASE in $FLOTILLA_PACKAGE_STATE"
echo "tomcat $(basename "$FLOTILLA_PACKAGE_HOME") ready in $FLOTILLA_PACKAGE_HOME, CATALINA_BASE $FLOTILLA_PACKAGE_STATE/base"
