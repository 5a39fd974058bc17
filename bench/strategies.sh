#!/usr/bin/env bash
# Provisioning strategies benchmark: Coldstart, RoundRobin and Race deploy 300 times each into a hard simulated
# Vast.ai market, engine and simulator on one virtual clock. Prints, per strategy, time to ready, success within five
# minutes, dollars and instances per successful deployment, and whether Race meets its target. See bench/README.md.
#
#   bash bench/strategies.sh
#   DEPLOYS=100 bash bench/strategies.sh                           # a quicker look
#   STRATEGIES=race:3,race:5 bash bench/strategies.sh
#   BENCH_ARGS="--dumont.deployments.race-stagger=2s" bash bench/strategies.sh   # engine settings
#
# Environment (all optional):
#   DEPLOYS      deployments per strategy (default 300)
#   SEED         seed of the simulated market, boot times and failures (default 42)
#   STRATEGIES   comma-separated, race:N for a race of N (default coldstart,roundrobin,race:3)
#   INTERVAL     virtual seconds between two deploy requests (default 6)
#   RETRIES      manual retries of a failed Coldstart within five minutes (default 3)
#   BOOT_SIGMA   sigma of the log-normal boot time around its 60 s median (default 0.6)
#   BENCH_ARGS   further arguments: --offers N, or --dumont.*=value settings for the application
#   JAVA_OPTS    JVM options (default --enable-native-access=ALL-UNNAMED, which quiets Lucene's warning)
set -euo pipefail

# shellcheck source=lib/java.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib/java.sh"

run_server_bench strategies-bench cloud.dumont.deployment.StrategyBenchmark \
    --deploys "${DEPLOYS:-300}" --seed "${SEED:-42}" --strategies "${STRATEGIES:-coldstart,roundrobin,race:3}" \
    --interval "${INTERVAL:-6}" --retries "${RETRIES:-3}" --boot-sigma "${BOOT_SIGMA:-0.6}"
