#!/usr/bin/env bash
# shellcheck source-path=SCRIPTDIR
# Rolls this server back to an earlier release: starts its recorded compose file and images,
# waits for the health URLs, and records the rollback. Running it again with the same target
# converges to the same state.
#
# usage: scripts/rollback.sh [--dry-run] [release]
#   [release]  a recorded tag or a unique prefix of one (a short commit SHA); default: the
#              release that went live before the running one
#   --dry-run  print what would change; the health URLs are still probed (GET only)
# environment: the settings in scripts/lib/common.sh (DEPLOY_DIR, RELEASES_DIR, COMPOSE_CMD,
#              HEALTH_URLS, HEALTH_TIMEOUT, ...); IMAGE_REGISTRY only for a release never recorded here
# exit codes:  0 the target is live and healthy; 1 it is not; 64 bad usage or nothing to roll
#              back to; 75 another deploy or rollback is running
set -euo pipefail

SCRIPT_NAME=rollback
LIB_DIR="$(dirname "${BASH_SOURCE[0]}")/lib"
# shellcheck source=lib/common.sh
source "$LIB_DIR/common.sh"
# shellcheck source=lib/releases.sh
source "$LIB_DIR/releases.sh"
# shellcheck source=lib/health.sh
source "$LIB_DIR/health.sh"

usage() {
  sed -n '3,14s/^# \{0,1\}//p' "${BASH_SOURCE[0]}" >&2
  exit 64
}

main() {
  local requested=''
  while (($# > 0)); do
    case $1 in
      --dry-run) DRY_RUN=1 ;;
      -h | --help) usage ;;
      -*) die "unknown option: $1" 64 ;;
      *)
        [[ -z $requested ]] || usage
        requested=$1
        ;;
    esac
    shift
  done
  require_tools
  if is_dry_run; then log "dry run: nothing is changed; the health URLs are probed read-only"; fi

  take_lock
  local current target
  current=$(current_release)
  [[ -n $current ]] || die "no release is recorded in $RELEASES_DIR: nothing to roll back from" 64
  if [[ -n $requested ]]; then
    target=$(resolve_release "$requested")
  else
    target=$(previous_release)
    [[ -n $target ]] || die "there is no release before $current to roll back to" 64
  fi

  log "running:  $current"
  log "target:   $target"
  print_images "$target"
  print_health_plan

  # Images of a release that ran here are usually still on the server: a registry outage must not block.
  compose "$target" pull --ignore-pull-failures || warn "pulling the images of $target failed; using local images"
  if compose "$target" up --detach --no-build --remove-orphans && wait_for_release_health; then
    rewind_to "$target"
    append_history rollback "$target" "ok (from $current)"
    log "release $target is live"
    return 0
  fi
  append_history rollback "$target" "failed (from $current)"
  warn "release $target did not become healthy"
  print_inspect_hint "$target"
  exit 1
}

main "$@"
