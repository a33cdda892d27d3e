#!/usr/bin/env bash
# The full-scale fault-injection run (issue 5): 100,000 generated orders through the whole
# pipeline on the embedded store and outbox, with crashes at every step boundary, mailer
# timeouts and throttling, duplicated / replayed / reordered / concurrent events, racing
# dispatchers and early bounces. Prints the report and exits 1 if an invariant is broken.
#
#   bench/chaos.sh                 # 100,000 orders, seed 42
#   ORDERS=20000 SEED=7 bench/chaos.sh
#   JSON=1 bench/chaos.sh > chaos.json
#
# Needs a release build (about 10 minutes on 2 cores the first time). Peak memory and wall
# time come from /usr/bin/time -v when it is installed. The run's database and outbox
# (one .eml per email) go to ${DIR:-target/chaos}.
set -euo pipefail
cd "$(dirname "$0")/.."
ORDERS="${ORDERS:-100000}"
SEED="${SEED:-42}"
DIR="${DIR:-target/chaos}"
cargo build --release -p aftercare-cli
args=(chaos --orders "$ORDERS" --seed "$SEED" --dir "$DIR")
if [ -n "${JSON:-}" ]; then args+=(--json); fi
if [ -x /usr/bin/time ]; then
    exec /usr/bin/time -v target/release/aftercare "${args[@]}"
else
    exec target/release/aftercare "${args[@]}"
fi
