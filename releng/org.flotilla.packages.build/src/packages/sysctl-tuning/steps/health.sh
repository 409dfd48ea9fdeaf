# sysctl-tuning health: every kernel parameter has the rendered value (never "applied" when it is not).
set -u
. "$(dirname "$0")/functions.sh"
require_env FLOTILLA_PACKAGE_HOME
tab=$(printf '\t')
wrong=0
entries "$FLOTILLA_PACKAGE_HOME/sysctl.conf" > "${TMPDIR:-/tmp}/sysctl-tuning-health.$$"
while IFS="$tab" read -r key value; do
    current=$(sysctl -n "$key" 2>&1)
    if [ "$(normalized "$current")" != "$(normalized "$value")" ]; then
        echo "$PKG: $key is $current, not $value" >&2
        wrong=1
    fi
done < "${TMPDIR:-/tmp}/sysctl-tuning-health.$$"
rm -f "${TMPDIR:-/tmp}/sysctl-tuning-health.$$"
exit $wrong
