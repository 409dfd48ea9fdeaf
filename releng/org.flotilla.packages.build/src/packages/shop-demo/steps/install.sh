# shop-demo install: check that the WAR is here and that the server it goes into is installed on this node.
set -u
. "$(dirname "$0")/functions.sh"
require_env FLOTILLA_PACKAGE_HOME FLOTILLA_PACKAGE_STATE FLOTILLA_PARAM_SERVER FLOTILLA_PARAM_CONTEXT
[ -f "$(payload_dir)/shop-demo.war" ] || fail "no shop-demo.war in $(payload_dir): the payload was not installed"
war_name > /dev/null || exit 1
SERVER_STATE=$(server_state) || exit 1
[ -d "$SERVER_STATE/base/webapps" ] \
    || fail "no $FLOTILLA_PARAM_SERVER to deploy into: $SERVER_STATE/base/webapps does not exist (install the $FLOTILLA_PARAM_SERVER package on this node first)"
mkdir -p "$FLOTILLA_PACKAGE_STATE" || fail "cannot create $FLOTILLA_PACKAGE_STATE"
echo "shop-demo ready to deploy into $FLOTILLA_PARAM_SERVER as $FLOTILLA_PARAM_CONTEXT"
