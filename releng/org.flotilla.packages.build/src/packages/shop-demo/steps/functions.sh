# Shared by shop-demo's steps, sourced with  . "$(dirname "$0")/functions.sh"  (the agent runs each step as
# "/bin/sh STEP_FILE").

PKG=shop-demo

fail() {
    echo "$PKG: $*" >&2
    exit 1
}

require_env() {
    for name in "$@"; do
        eval "value=\${$name:-}"
        [ -n "$value" ] || fail "$name is not set (the Flotilla agent sets it when it runs a step)"
    done
}

# The contract copies the archive's payload/ into the version's directory; a payload/ folder kept as it is works too.
payload_dir() {
    if [ -d "$FLOTILLA_PACKAGE_HOME/payload" ]; then
        echo "$FLOTILLA_PACKAGE_HOME/payload"
    else
        echo "$FLOTILLA_PACKAGE_HOME"
    fi
}

# ASSUMPTION (the agent's layout in contract 14): FLOTILLA_PACKAGE_STATE is DATA_DIR/packages/shop-demo/state, and
# the server package's state is DATA_DIR/packages/SERVER/state, i.e. $FLOTILLA_PACKAGE_STATE/../../SERVER/state.
# There the jetty and tomcat start steps keep their base (base/webapps is where WARs go) and their port (http.port).
server_state() {
    case "$FLOTILLA_PARAM_SERVER" in
        jetty | tomcat) ;;
        *) fail "server must be jetty or tomcat, not '$FLOTILLA_PARAM_SERVER'" ;;
    esac
    echo "$FLOTILLA_PACKAGE_STATE/../../$FLOTILLA_PARAM_SERVER/state"
}

# The WAR's file name gives its context path in both servers: /shop-demo -> shop-demo.war.
war_name() {
    name=${FLOTILLA_PARAM_CONTEXT#/}
    case "$name" in
        '' | *[!a-z0-9._-]* | root | [!a-z0-9]*) fail "context must be one path segment such as /shop-demo, not '$FLOTILLA_PARAM_CONTEXT'" ;;
    esac
    echo "$name.war"
}

# Removes the WAR this package deployed (recorded in $FLOTILLA_PACKAGE_STATE/deployed), whatever the parameters are
# now: stop and uninstall must undo what start did even after a reconfiguration.
undeploy() {
    record=$FLOTILLA_PACKAGE_STATE/deployed
    if [ ! -f "$record" ]; then
        echo "shop-demo is not deployed"
        return 0
    fi
    deployed=$(cat "$record")
    rm -f "$deployed" || fail "cannot remove $deployed"
    rm -f "$record"
    echo "shop-demo undeployed: removed $deployed"
}
