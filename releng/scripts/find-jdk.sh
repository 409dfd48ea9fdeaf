# Sourced by the Flotilla scripts: exports JAVA_HOME pointing at a JDK >= 21.
# Order: $JAVA_HOME when it is >= 21, then the newest JDK under /usr/lib/jvm, then `java` on PATH.

flotilla_java_major() {
	# Prints the feature version of the JDK at $1 (e.g. 21, 25), or nothing.
	[ -x "$1/bin/java" ] && [ -x "$1/bin/javac" ] || return 0
	"$1/bin/java" -XshowSettings:properties -version 2>&1 |
		sed -n 's/^ *java\.specification\.version = \([0-9]*\).*/\1/p' | head -n 1
}

flotilla_find_jdk() {
	local candidate major best="" best_major=0
	if [ -n "${JAVA_HOME:-}" ]; then
		major=$(flotilla_java_major "$JAVA_HOME")
		if [ -n "$major" ] && [ "$major" -ge 21 ]; then
			return 0
		fi
		echo "flotilla: JAVA_HOME=$JAVA_HOME is not a JDK 21 or newer; looking for one" >&2
	fi
	for candidate in /usr/lib/jvm/* /opt/java/* /opt/jdk*; do
		[ -d "$candidate" ] || continue
		major=$(flotilla_java_major "$candidate")
		if [ -n "$major" ] && [ "$major" -ge 21 ] && [ "$major" -gt "$best_major" ]; then
			best="$candidate"
			best_major="$major"
		fi
	done
	if [ -z "$best" ] && command -v javac >/dev/null 2>&1; then
		candidate=$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")
		major=$(flotilla_java_major "$candidate")
		if [ -n "$major" ] && [ "$major" -ge 21 ]; then
			best="$candidate"
		fi
	fi
	if [ -z "$best" ]; then
		cat >&2 <<'MSG'
flotilla: no JDK 21 or newer was found.
  Flotilla (Eclipse 4.39, SWT 3.135, Tycho 5) needs a JDK >= 21.
  Looked at: $JAVA_HOME, /usr/lib/jvm/*, /opt/java/*, /opt/jdk*, and javac on PATH.
  Install one (e.g. apt-get install openjdk-21-jdk, or Temurin 21/25) or set JAVA_HOME to it.
MSG
		return 1
	fi
	export JAVA_HOME="$best"
}

flotilla_find_jdk || exit 1
export PATH="$JAVA_HOME/bin:$PATH"
