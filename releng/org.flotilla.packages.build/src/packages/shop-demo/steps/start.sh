# shop-demo start: copy the WAR into the server's webapps/ (the server deploys it while running). The copy is
# written beside it under a hidden name and renamed, so the server never sees half a WAR.
set -u
. "$(dirname "$0")/functions.sh"
require_env FLOTILLA_PACKAGE_HOME FLOTILLA_PACKAGE_STATE FLOTILLA_PARAM_SERVER FLOTILLA_PARAM_CONTEXT
WAR_NAME=$(war_name) || exit 1
SERVER_STATE=$(server_state) || exit 1
WEBAPPS=$SERVER_STATE/base/webapps
[ -d "$WEBAPPS" ] || fail "no $FLOTILLA_PARAM_SERVER to deploy into: $WEBAPPS does not exist"
WEBAPPS=$(cd "$WEBAPPS" && pwd) || fail "cannot enter $WEBAPPS"
if [ -f "$FLOTILLA_PACKAGE_STATE/deployed" ] && [ "$(cat "$FLOTILLA_PACKAGE_STATE/deployed")" != "$WEBAPPS/$WAR_NAME" ]; then
    undeploy    # deployed elsewhere before (another server or context): one copy only
fi
cp "$(payload_dir)/shop-demo.war" "$WEBAPPS/.$WAR_NAME.part" && mv "$WEBAPPS/.$WAR_NAME.part" "$WEBAPPS/$WAR_NAME" \
    || { rm -f "$WEBAPPS/.$WAR_NAME.part"; fail "cannot copy shop-demo.war into $WEBAPPS"; }
echo "$WEBAPPS/$WAR_NAME" > "$FLOTILLA_PACKAGE_STATE/deployed" || fail "cannot write $FLOTILLA_PACKAGE_STATE/deployed"
echo "shop-demo deployed into $FLOTILLA_PARAM_SERVER: $WEBAPPS/$WAR_NAME"
