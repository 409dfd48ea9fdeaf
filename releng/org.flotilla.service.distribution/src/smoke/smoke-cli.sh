#!/usr/bin/env bash
# A quick check of bin/flotilla against a real bin/flotilla-service process of the built distribution (not run by
# the build; the integration tests do the thorough version). Needs Java 21+ ($JAVA_HOME or PATH).
#
#   releng/org.flotilla.service.distribution/src/smoke/smoke-cli.sh [DISTRIBUTION_DIR]
#
# DISTRIBUTION_DIR defaults to target/flotilla-service/flotilla-service of this module. Works in a fresh temporary
# folder; stops the service it started. Prints "smoke-cli: ok" and exits 0, or says which check failed and exits 1.
set -euo pipefail
here=$(cd "$(dirname "$(readlink -f "$0")")" && pwd)
dist=$(cd "${1:-$here/../../target/flotilla-service/flotilla-service}" && pwd)
java=java
[ -n "${JAVA_HOME:-}" ] && java="$JAVA_HOME/bin/java"
work=$(mktemp -d)
service_pid=
cleanup() {
	[ -n "$service_pid" ] && kill "$service_pid" 2>/dev/null && wait "$service_pid" 2>/dev/null || true
	rm -rf "$work"
}
trap cleanup EXIT
fail() {
	echo "smoke-cli: FAILED: $*" >&2
	[ -f "$work/service.err" ] && sed 's/^/  service: /' "$work/service.err" | tail -20 >&2
	exit 1
}
expect_exit() { # CODE COMMAND...: runs bin/flotilla, checks its exit code
	local want=$1 got=0
	shift
	"$dist/bin/flotilla" "$@" >"$work/out" 2>"$work/err" || got=$?
	[ "$got" = "$want" ] || fail "flotilla $* exited $got, not $want: $(cat "$work/err")"
	if [ -s "$work/err" ] && grep -qv '^flotilla: ' "$work/err"; then
		fail "flotilla $* wrote lines to stderr that do not start with 'flotilla: ': $(cat "$work/err")"
	fi
}

cd "$work"
"$java" -cp "$dist/lib/*" "$here/SamplePoolFile.java" sample.flotilla
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])' 2>/dev/null || echo 27188)
printf 'data.dir = data\nlisten.port = %s\npool.import = sample.flotilla\n' "$port" >service.properties
"$dist/bin/flotilla-service" --config service.properties issue-console --person alice --role administrator --out people >/dev/null
"$dist/bin/flotilla-service" --config service.properties issue-console --person sam --role support --out people >/dev/null
"$dist/bin/flotilla-service" --config service.properties >service.out 2>service.err &
service_pid=$!
for _ in $(seq 1 120); do
	grep -q '^flotilla-service: serving' service.out && break
	kill -0 "$service_pid" 2>/dev/null || fail "the service exited"
	sleep 0.5
done
grep -q '^flotilla-service: serving' service.out || fail "the service did not start within 60 s"

export FLOTILLA_SERVICE=127.0.0.1:$port FLOTILLA_IDENTITY=people/alice.p12
expect_exit 0 --help
grep -q 'Exit codes' out || fail "--help has no exit codes"
expect_exit 0 nodes
[ "$(wc -l <out)" = 27 ] || fail "nodes: expected a header and 26 nodes, got $(wc -l <out) lines"
expect_exit 0 nodes --json
if command -v python3 >/dev/null; then
	python3 -c 'import json; d=json.load(open("out")); assert len(d) == 26 and all("name" in n for n in d)' \
		|| fail "nodes --json is not 26 node objects"
fi
expect_exit 0 tasks --json
node=$(sed -n 2p <("$dist/bin/flotilla" nodes) | awk '{print $1}')
expect_exit 0 drain "$node" --wait 30
expect_exit 0 nodes
grep -q "^$node .*maintenance" out || fail "$node is not in maintenance after drain"
expect_exit 0 resume "$node"
expect_exit 0 submit --name smoke --command /bin/sleep --arg 60 --count 2
[ "$(wc -l <out)" = 2 ] || fail "submit: expected 2 job IDs"
expect_exit 0 tasks
grep -q '^smoke-1 ' out && grep -q '^smoke-2 ' out || fail "the submitted tasks are not in the pool"
expect_exit 4 submit --name smoke-wait --command /bin/true --wait 1
expect_exit 0 export pool.flotilla
grep -q 'smoke-1' pool.flotilla || fail "the exported pool lacks the submitted task"
expect_exit 1 --identity people/sam.p12 submit --name nope --command /bin/true
grep -q 'support' err || fail "the support refusal does not say why"
expect_exit 1 drain no-such-node
expect_exit 2 submit --name x
expect_exit 3 --service 127.0.0.1:1 nodes
echo "smoke-cli: ok"
