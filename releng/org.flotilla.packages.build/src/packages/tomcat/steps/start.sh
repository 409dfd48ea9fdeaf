# tomcat start: give CATALINA_BASE this version's conf/ and rendered server.xml, start Catalina with java directly
# (what "catalina.sh run" does, without its environment variables), record its pid and return.
set -u
PKG=tomcat
. "$(dirname "$0")/functions.sh"
require_env FLOTILLA_PACKAGE_HOME FLOTILLA_PACKAGE_STATE FLOTILLA_PARAM_PORT FLOTILLA_PARAM_HEAP
CATALINA_HOME=$(payload_dir)
BASE=$FLOTILLA_PACKAGE_STATE/base
MARKER="-Dcatalina.base=$BASE"
JAVA=$(java_command) || exit 1

pid=$(recorded_pid)
if [ -n "$pid" ]; then
    if tr '\0' '\n' < "/proc/$pid/cmdline" 2>/dev/null | grep -qxF -- "-Dcatalina.home=$CATALINA_HOME"; then
        echo "tomcat is already running this version (pid $pid)"
        exit 0
    fi
    fail "another tomcat version is running from $BASE (pid $pid): stop it first"
fi

# conf/ is always this version's (its own defaults plus the rendered server.xml), so an upgrade and a rollback each
# start with their own configuration; webapps/ (deployed applications), logs/, temp/ and work/ stay.
mkdir -p "$BASE/webapps" "$BASE/logs" "$BASE/temp" "$BASE/work" "$FLOTILLA_PACKAGE_STATE/logs" || fail "cannot create $BASE"
rm -rf "$BASE/conf"
cp -R "$CATALINA_HOME/conf" "$BASE/conf" && cp "$FLOTILLA_PACKAGE_HOME/flotilla-conf/server.xml" "$BASE/conf/server.xml" \
    || fail "cannot copy this version's configuration into $BASE/conf"
# Tomcat's own page at /, so that http://host:port/ answers 200 and the health check means something.
if [ ! -d "$BASE/webapps/ROOT" ] && [ -d "$CATALINA_HOME/webapps/ROOT" ]; then
    cp -R "$CATALINA_HOME/webapps/ROOT" "$BASE/webapps/ROOT" || fail "cannot copy the ROOT application into $BASE/webapps"
fi
# Packages deployed into this server (shop-demo) read its port here.
echo "$FLOTILLA_PARAM_PORT" > "$FLOTILLA_PACKAGE_STATE/http.port"

cd "$BASE" || fail "cannot enter $BASE"
umask 0027
# The options are catalina.sh's for Tomcat 11 (logging manager, add-opens, native access).
start_server "$FLOTILLA_PACKAGE_STATE/logs/catalina.out" \
    "$JAVA" "-Xmx$FLOTILLA_PARAM_HEAP" \
    "-Djava.util.logging.config.file=$BASE/conf/logging.properties" \
    -Djava.util.logging.manager=org.apache.juli.ClassLoaderLogManager \
    -Djdk.tls.ephemeralDHKeySize=2048 \
    -Djava.protocol.handler.pkgs=org.apache.catalina.webresources \
    -Dorg.apache.catalina.security.SecurityListener.UMASK=0027 \
    --add-opens=java.base/java.lang=ALL-UNNAMED \
    --add-opens=java.base/java.lang.reflect=ALL-UNNAMED \
    --add-opens=java.base/java.io=ALL-UNNAMED \
    --add-opens=java.base/java.util=ALL-UNNAMED \
    --add-opens=java.base/java.util.concurrent=ALL-UNNAMED \
    --add-opens=java.rmi/sun.rmi.transport=ALL-UNNAMED \
    --enable-native-access=ALL-UNNAMED \
    -classpath "$CATALINA_HOME/bin/bootstrap.jar:$CATALINA_HOME/bin/tomcat-juli.jar" \
    "-Dcatalina.home=$CATALINA_HOME" "$MARKER" "-Djava.io.tmpdir=$BASE/temp" \
    org.apache.catalina.startup.Bootstrap start
