# shop-demo stop: remove the deployed WAR (the server undeploys it).
set -u
. "$(dirname "$0")/functions.sh"
require_env FLOTILLA_PACKAGE_STATE
undeploy
