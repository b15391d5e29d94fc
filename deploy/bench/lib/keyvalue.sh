# Sourced by scenarios that read another scenario's last line (key=value pairs separated by spaces).

# bench_value <line> <key>: the value of key in line, empty when it is not there
bench_value() {
    local pair pairs
    read -r -a pairs <<<"$1"
    for pair in "${pairs[@]}"; do
        if [ "${pair%%=*}" = "$2" ]; then
            printf '%s\n' "${pair#*=}"
            return 0
        fi
    done
    return 0
}

# bench_is_keyvalue_line <line>: true when line is one or more key=value pairs and nothing else
bench_is_keyvalue_line() {
    [[ "$1" =~ ^[A-Za-z0-9_.-]+=[^[:space:]]*([[:space:]]+[A-Za-z0-9_.-]+=[^[:space:]]*)*[[:space:]]*$ ]]
}
