# Sourced by bin/flotilla-service and bin/flotilla: finds the Java to run and checks it is 21 or newer.
# In: $1 the calling command's name (for messages). Out: $java.
# Java: $JAVA_HOME/bin/java, else java on PATH.
java=java
if [ -n "${JAVA_HOME:-}" ]; then
	java="$JAVA_HOME/bin/java"
fi
major=$("$java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = \([0-9]*\).*/\1/p' | head -n 1 || true)
if [ -z "$major" ] || [ "$major" -lt 21 ]; then
	echo "$1: needs Java 21 or newer; '$java' is ${major:-not runnable}. Set JAVA_HOME." >&2
	exit 1
fi
