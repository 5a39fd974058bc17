#!/usr/bin/env bash
# Hibernation benchmark: a simulated week of users with JupyterLab deployments (bursts of work, idle gaps, nights,
# weekends, forgotten machines), engine and simulator on one virtual clock, with auto-hibernation on and off. Prints
# GPU dollars billed, wakes and their time to usable, and workspace bytes lost. See bench/README.md.
#
#   bash bench/hibernation.sh
#   USERS=10 DAYS=2 bash bench/hibernation.sh                      # a quicker look
#   MODES=on,off,manual bash bench/hibernation.sh                  # also: users who stop their machines at night
#   BENCH_ARGS="--dumont.hibernation.idle-window=10m" bash bench/hibernation.sh   # engine settings
#
# Environment (all optional):
#   USERS               users, one deployment each (default 50)
#   DAYS                days of virtual time from a Monday 00:00 UTC (default 7)
#   SEED                seed of the week's workload and of the simulated market (default 42)
#   MODES               comma-separated: on (hibernation on), off, manual (off, users stop at night) (default on,off)
#   FORGET              share of users who forget their machine for 2-5 days (default 0.2)
#   GPU_TAKEN_PER_HOUR  hazard per hour stopped that another renter takes a stopped instance's GPU (default 0.03)
#   HEARTBEAT           an agent's heartbeat interval in virtual seconds (default 30; see AgentHeartbeats)
#   HEARTBEAT_RUNNING   virtual seconds between heartbeats of every running instance with an agent (default 0: none)
#   QUANTUM             least virtual seconds between engine passes while nothing boots (default 10)
#   BENCH_ARGS          further arguments: --dumont.*=value settings for the application
#   JAVA_OPTS           JVM options (default --enable-native-access=ALL-UNNAMED, which quiets Lucene's warning)
set -euo pipefail

# shellcheck source=lib/java.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib/java.sh"

run_server_bench hibernation-bench cloud.dumont.deployment.HibernationBenchmark \
    --users "${USERS:-50}" --days "${DAYS:-7}" --seed "${SEED:-42}" --modes "${MODES:-on,off}" \
    --forget "${FORGET:-0.2}" --gpu-taken-per-hour "${GPU_TAKEN_PER_HOUR:-0.03}" \
    --heartbeat "${HEARTBEAT:-30}" --heartbeat-running "${HEARTBEAT_RUNNING:-0}" --quantum "${QUANTUM:-10}"
