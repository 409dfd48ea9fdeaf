# sysctl-tuning install: check that this host lets us set kernel parameters, record the values in force (once), and
# apply the rendered values.
set -u
. "$(dirname "$0")/functions.sh"
require_env FLOTILLA_PACKAGE_HOME FLOTILLA_PACKAGE_STATE
[ -f "$FLOTILLA_PACKAGE_HOME/sysctl.conf" ] || fail "no rendered $FLOTILLA_PACKAGE_HOME/sysctl.conf (the templates were not rendered)"
require_root
record_previous
apply_file "$FLOTILLA_PACKAGE_HOME/sysctl.conf"
