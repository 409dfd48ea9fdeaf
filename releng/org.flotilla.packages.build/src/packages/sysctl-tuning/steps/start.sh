# sysctl-tuning start: apply this version's values. Kernel settings do not "run", but the agent starts the old version
# again when it rolls an upgrade or a reconfiguration back: that must put the old values back in force.
set -u
. "$(dirname "$0")/functions.sh"
require_env FLOTILLA_PACKAGE_HOME FLOTILLA_PACKAGE_STATE
require_root
record_previous
apply_file "$FLOTILLA_PACKAGE_HOME/sysctl.conf"
