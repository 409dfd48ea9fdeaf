# sysctl-tuning uninstall: put back the values that were in force before the first install, then forget them. If
# the kernel refuses, previous.conf is kept (nothing is lost) and the step fails.
set -u
. "$(dirname "$0")/functions.sh"
require_env FLOTILLA_PACKAGE_STATE
previous=$FLOTILLA_PACKAGE_STATE/previous.conf
if [ ! -f "$previous" ]; then
    echo "sysctl-tuning: nothing to restore (no $previous)"
    exit 0
fi
require_root
apply_file "$previous"
rm -f "$previous"
echo "sysctl-tuning: previous kernel parameters restored"
