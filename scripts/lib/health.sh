# shellcheck shell=bash
# wait_for_health <timeout-seconds> <url>...: waits until every URL answers 2xx; fails after the timeout.
# Sourced by deploy.sh and rollback.sh. Run directly, it is the workflows' public health check:
#   bash scripts/lib/health.sh 300 https://example.org/api/backend-openapi ...

declare -F log >/dev/null || log() { printf '[health] %s\n' "$*"; }

probe_health() {
  curl --silent --fail --output /dev/null --max-time "${HEALTH_PROBE_TIMEOUT:-10}" "$1"
}

wait_for_health() {
  local timeout=$1
  shift
  local deadline=$((SECONDS + timeout)) url
  for url in "$@"; do
    until probe_health "$url"; do
      if ((SECONDS >= deadline)); then
        log "unhealthy after ${timeout}s: $url"
        return 1
      fi
      sleep "${HEALTH_INTERVAL:-5}"
    done
    log "healthy:  $url"
  done
}

if [[ ${BASH_SOURCE[0]} == "$0" ]]; then
  set -euo pipefail
  if (($# < 2)) || ! [[ $1 =~ ^[0-9]+$ ]]; then
    printf 'usage: %s <timeout-seconds> <url>...\n' "$0" >&2
    exit 64
  fi
  wait_for_health "$@"
fi
