# jetty stop: TERM the recorded pid (Jetty's shutdown hook stops it gracefully), KILL after 20 s, wait until gone.
set -u
PKG=jetty
. "$(dirname "$0")/functions.sh"
require_env FLOTILLA_PACKAGE_STATE
MARKER="jetty.base=$FLOTILLA_PACKAGE_STATE/base"
stop_server 20
