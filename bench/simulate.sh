#!/usr/bin/env bash
# Local engine throughput: `aftercare simulate` on the demo's generated orders at several sizes.
#
#   bench/simulate.sh                      # 10,000, 100,000 and 1,000,000 orders
#   bench/simulate.sh 10000 100000
#   BIN=/path/to/aftercare bench/simulate.sh 10000     # an already built binary (no build)
#   SEED=7 DIR=/tmp/sim bench/simulate.sh 20000
#
# Builds the release CLI once (unless BIN is given), writes each size's events with
# `aftercare demo --write-events` (not timed), then times `aftercare simulate` on them (the
# built-in store, its daily cap sized to the orders; CAP=builtin keeps the built-in cap) and prints
# one table row per size: orders, events, wall seconds, orders per second, peak RSS. Peak RSS
# comes from /usr/bin/time -v when it is installed, else from VmHWM in /proc/<pid>/status, read
# while the run lasts. CPU s (user + system, from /usr/bin/time) is what to compare when other
# work shares the machine and the wall time says more about the load than about the run.
# The run's database and outbox go to ${DIR:-target/simulate-bench}/<N>.
set -euo pipefail
cd "$(dirname "$0")/.."
SEED="${SEED:-2026}"
DIR="${DIR:-target/simulate-bench}"
sizes=("$@")
if [ ${#sizes[@]} -eq 0 ]; then sizes=(10000 100000 1000000); fi
for n in "${sizes[@]}"; do
    case "$n" in
        '' | *[!0-9]*) echo "bench/simulate.sh: order count must be a whole number, got '$n'" >&2; exit 2 ;;
    esac
done

if [ -z "${BIN:-}" ]; then
    cargo build --release -p aftercare-cli
    BIN=target/release/aftercare
fi
[ -x "$BIN" ] || { echo "bench/simulate.sh: no executable at $BIN" >&2; exit 2; }
mkdir -p "$DIR"
# The store's daily cap follows its volume (5 x average_daily_orders + 600), as a seller of that
# size sets it: with the built-in 200 orders a day, 100,000 orders over 30 days would be mostly
# sends deferred to the next day again and again. CAP=builtin runs the built-in config instead.
store_config() {
    local n="$1" cfg="$DIR/config-$1"
    mkdir -p "$cfg"
    sed "s/^average_daily_orders = [0-9]*/average_daily_orders = $(((n + 29) / 30))/" \
        shared/defaults/aftercare.toml >"$cfg/aftercare.toml"
    echo "$cfg"
}
# The demo dates its orders over the 30 days before today (UTC) and stops its clock at today's
# midnight; the simulation stops at the same moment.
until_at="$(date -u +%Y-%m-%dT00:00:00Z)"

# Runs "$@", prints "wall_seconds peak_rss_kib" on fd 3.
measure() {
    if [ -x /usr/bin/time ]; then
        local tf
        tf="$(mktemp)"
        local status=0
        /usr/bin/time -v -o "$tf" "$@" >/dev/null || status=$?
        if [ "$status" -ne 0 ]; then
            echo "failed exit-$status" >&3
            rm -f "$tf"
            return
        fi
        local wall rss
        wall="$(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$tf")"
        rss="$(awk -F': ' '/Maximum resident set size/ {print $2}' "$tf")"
        cpu="$(awk -F': ' '/User time|System time/ {s += $2} END {printf "%.1f", s}' "$tf")"
        rm -f "$tf"
        # h:mm:ss or m:ss.cc → seconds
        wall="$(echo "$wall" | awk -F: '{ s = 0; for (i = 1; i <= NF; i++) s = s * 60 + $i; printf "%.1f", s }')"
        echo "$wall $rss $cpu" >&3
    else
        local start end peak=0 hwm
        start="$(date +%s.%N)"
        "$@" >/dev/null &
        local pid=$!
        while kill -0 "$pid" 2>/dev/null; do
            hwm="$(awk '/VmHWM/ {print $2}' "/proc/$pid/status" 2>/dev/null || true)"
            if [ -n "$hwm" ] && [ "$hwm" -gt "$peak" ]; then peak="$hwm"; fi
            sleep 0.2
        done
        local status=0
        wait "$pid" || status=$?
        if [ "$status" -ne 0 ]; then
            echo "failed exit-$status" >&3
            return
        fi
        end="$(date +%s.%N)"
        echo "$(echo "$end - $start" | bc -l | awk '{printf "%.1f", $1}') $peak -" >&3
    fi
}

echo "machine: $(nproc) cores, $(uptime | sed 's/.*load average: /load average /'), $(date -u +%Y-%m-%dT%H:%M:%SZ)"
rows=()
for n in "${sizes[@]}"; do
    events="$DIR/events-$n.jsonl"
    if [ ! -s "$events" ]; then
        "$BIN" demo --orders "$n" --seed "$SEED" --write-events "$events" >/dev/null
    fi
    opted="${events%.jsonl}.opted-out.txt"
    lines="$(grep -c . "$events")"
    rm -rf "$DIR/$n"
    config=()
    if [ "${CAP:-}" != builtin ]; then config=(--config "$(store_config "$n")"); fi
    result="$(measure "$BIN" simulate "${config[@]}" --events "$events" --opted-out "$opted" \
        --until "$until_at" --state "$DIR/$n" 3>&1 >/dev/null)"
    read -r wall rss cpu <<<"$result"
    if [ "$wall" = failed ]; then
        rows+=("$(printf '| %9s | %9s | %s |' "$n" "$lines" "run failed ($rss)")")
        echo "failed: $n orders" >&2
        continue
    fi
    rate="$(awk -v n="$n" -v w="$wall" 'BEGIN { if (w > 0) printf "%.0f", n / w; else print "-" }')"
    rows+=("$(printf '| %9s | %9s | %8s | %9s | %7s MB | %8s |' "$n" "$lines" "$wall" "$rate" "$((rss / 1024))" "$cpu")")
    echo "done: $n orders in ${wall} s" >&2
done
echo "load average after: $(uptime | sed 's/.*load average: //')"
echo
echo "|    orders |    events |   wall s |  orders/s | peak RSS   |    CPU s |"
echo "| --------- | --------- | -------- | --------- | ---------- | -------- |"
printf '%s\n' "${rows[@]}"
