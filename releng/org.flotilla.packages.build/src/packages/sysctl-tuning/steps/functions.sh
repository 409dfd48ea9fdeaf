# Shared by sysctl-tuning's steps, sourced with  . "$(dirname "$0")/functions.sh"  (the agent runs each step as
# "/bin/sh STEP_FILE"). The kernel parameters and their values are the lines "key = value" of the rendered
# $FLOTILLA_PACKAGE_HOME/sysctl.conf; the values in force before the first install are kept in
# $FLOTILLA_PACKAGE_STATE/previous.conf, in the same format.

PKG=sysctl-tuning

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

# Prints "key<TAB>value" for every "key = value" line of FILE (comments and blank lines skipped).
entries() {
    sed -n 's/^[[:space:]]*\([^#[:space:]=][^=]*[^[:space:]=]\)[[:space:]]*=[[:space:]]*\(.*[^[:space:]]\)[[:space:]]*$/\1	\2/p' "$1"
}

require_root() {
    command -v sysctl >/dev/null 2>&1 || fail "there is no sysctl command on this host; nothing was changed"
    uid=$(id -u)
    [ "$uid" = 0 ] || fail "setting kernel parameters (sysctl -w) needs root, and this step runs as uid $uid; nothing was changed"
}

# Records, for every key of the rendered sysctl.conf not recorded yet, the value in force now. A key already recorded
# keeps its first value: upgrades and reconfigurations must not make our own setting the one uninstall restores.
record_previous() {
    previous=$FLOTILLA_PACKAGE_STATE/previous.conf
    mkdir -p "$FLOTILLA_PACKAGE_STATE" || fail "cannot create $FLOTILLA_PACKAGE_STATE"
    touch "$previous" || fail "cannot write $previous"
    cp "$previous" "$previous.tmp" || fail "cannot write $previous.tmp"
    tab=$(printf '\t')
    entries "$FLOTILLA_PACKAGE_HOME/sysctl.conf" > "$FLOTILLA_PACKAGE_STATE/wanted.tmp"
    while IFS="$tab" read -r key value; do
        if ! entries "$previous" | cut -f1 | grep -qxF -- "$key"; then
            current=$(sysctl -n "$key" 2>&1) || { rm -f "$previous.tmp"; fail "cannot read $key: $current; nothing was changed"; }
            echo "$key = $current" >> "$previous.tmp"
        fi
    done < "$FLOTILLA_PACKAGE_STATE/wanted.tmp"
    rm -f "$FLOTILLA_PACKAGE_STATE/wanted.tmp"
    mv "$previous.tmp" "$previous" || fail "cannot write $previous"
}

# apply_file FILE: sysctl -w every "key = value" of FILE. If the kernel refuses one, the keys already set by this call
# get back the values they had before it, and the step fails naming the key and sysctl's message.
apply_file() {
    tab=$(printf '\t')
    undo=$FLOTILLA_PACKAGE_STATE/undo.tmp
    : > "$undo" || fail "cannot write $undo"
    entries "$1" > "$FLOTILLA_PACKAGE_STATE/apply.tmp"
    while IFS="$tab" read -r key value; do
        before=$(sysctl -n "$key" 2>&1) || { refusal="cannot read $key: $before"; undo_applied "$undo"; fail "$refusal"; }
        # procps' sysctl -w exits 0 after some refusals (e.g. "Invalid argument"): its messages and the value read back
        # count, not only its exit status.
        message=$(sysctl -w "$key=$value" 2>&1 >/dev/null)
        status=$?
        printf '%s\t%s\n' "$key" "$before" >> "$undo"
        after=$(sysctl -n "$key" 2>/dev/null)
        if [ "$status" -ne 0 ] || [ -n "$message" ] || [ "$(normalized "$after")" != "$(normalized "$value")" ]; then
            refusal="sysctl -w $key=$value was refused: ${message:-the kernel kept $after}"
            undo_applied "$undo"
            fail "$refusal (the values set before it were put back)"
        fi
        echo "set $key = $value (was $before)"
    done < "$FLOTILLA_PACKAGE_STATE/apply.tmp"
    rm -f "$undo" "$FLOTILLA_PACKAGE_STATE/apply.tmp"
}

# A value with runs of blanks squeezed to single spaces: sysctl prints multi-value parameters with tabs.
normalized() {
    echo "$1" | tr -s ' \t' '  '
}

undo_applied() {
    tab=$(printf '\t')
    while IFS="$tab" read -r undo_key undo_value; do
        sysctl -w "$undo_key=$undo_value" >/dev/null 2>&1 || echo "$PKG: could not put $undo_key back to $undo_value" >&2
    done < "$1"
    rm -f "$1" "$FLOTILLA_PACKAGE_STATE/apply.tmp"
}
