# shop-demo uninstall: remove the deployed WAR if it is still there, and this package's records.
set -u
. "$(dirname "$0")/functions.sh"
require_env FLOTILLA_PACKAGE_STATE
undeploy
