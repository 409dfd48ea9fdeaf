# Sourced by the scripts that start the Flotilla agent: the JVM flags that keep it within its footprint target
# (RSS <= 80 MB, CPU <= 1 % of a core at a 1 s interval; see docs/benchmarks.md, "Agent footprint").
# Why each one:
#   -Xms8m -Xmx32m            the agent's live heap is a few MB (OSHI objects, one open bucket per resolution)
#   -XX:+UseSerialGC          no GC worker threads, smallest GC data structures
#   -XX:TieredStopAtLevel=1   C1 only: the C2 compiler's threads and arenas cost RSS for code that barely runs
#   -XX:CICompilerCount=1     one compiler thread
#   -XX:ReservedCodeCacheSize, -XX:MaxMetaspaceSize   bound the non-heap areas
#   -Xss256k                  the agent has a handful of threads with shallow stacks
#   --enable-native-access    JNA (used by OSHI) loads its native library; without it JDK 24+ warns at start
FLOTILLA_AGENT_JVM_FLAGS=(
	-Xms8m -Xmx32m
	-XX:+UseSerialGC
	-XX:TieredStopAtLevel=1 -XX:CICompilerCount=1
	-XX:ReservedCodeCacheSize=16m -XX:MaxMetaspaceSize=48m
	-Xss256k
	--enable-native-access=ALL-UNNAMED
)
