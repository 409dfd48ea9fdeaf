# shop-demo health: GET http://127.0.0.1:PORT/CONTEXT/ on the server it is deployed into and expect this version's
# text, so that after an upgrade or a rollback the check passes only once the right version answers. The HTTP
# client is a class in payload/health (java.base only: it runs on the agent's jlink'd runtime too).
set -u
. "$(dirname "$0")/functions.sh"
require_env FLOTILLA_PACKAGE_HOME FLOTILLA_PACKAGE_STATE FLOTILLA_PARAM_SERVER FLOTILLA_PARAM_CONTEXT
SERVER_STATE=$(server_state) || exit 1
[ -f "$SERVER_STATE/http.port" ] || fail "$FLOTILLA_PARAM_SERVER has not been started ($SERVER_STATE/http.port does not exist)"
PORT=$(cat "$SERVER_STATE/http.port")
if [ -n "${JAVA_HOME:-}" ]; then JAVA=$JAVA_HOME/bin/java; else JAVA=java; fi
exec "$JAVA" -cp "$(payload_dir)/health" org.flotilla.packages.build.HttpCheck \
    "http://127.0.0.1:$PORT$FLOTILLA_PARAM_CONTEXT/" "shop-demo @VERSION@"
