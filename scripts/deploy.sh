#!/usr/bin/env bash
# shellcheck source-path=SCRIPTDIR
# Deploys one release on this server: records it, pulls and starts its images, waits for the
# health URLs, and when they fail brings the previous release back. Running it again with the
# same tag converges to the same state without adding to the release stack.
#
# usage: scripts/deploy.sh [--dry-run] <tag>
#   <tag>      the image tag, normally the full commit SHA the images were built from
#   --dry-run  print what would change; the health URLs are still probed (GET only), so the plan
#              shows which way the deploy would go: record the release, or roll back
# environment: IMAGE_REGISTRY (required, e.g. ghcr.io/owner), and the settings in
#              scripts/lib/common.sh (DEPLOY_DIR, RELEASES_DIR, COMPOSE_CMD, HEALTH_URLS, HEALTH_TIMEOUT, ...)
# exit codes:  0 live and healthy; 1 failed (rolled back when there was a release to return to);
#              64 bad usage; 75 another deploy or rollback is running
set -euo pipefail

SCRIPT_NAME=deploy
LIB_DIR="$(dirname "${BASH_SOURCE[0]}")/lib"
# shellcheck source=lib/common.sh
source "$LIB_DIR/common.sh"
# shellcheck source=lib/releases.sh
source "$LIB_DIR/releases.sh"
# shellcheck source=lib/health.sh
source "$LIB_DIR/health.sh"

usage() {
  sed -n '3,15s/^# \{0,1\}//p' "${BASH_SOURCE[0]}" >&2
  exit 64
}

print_plan() {
  local tag=$1 previous=$2
  log "release:  $tag"
  log "previous: ${previous:-none}"
  print_images "$tag"
  print_health_plan
  if [[ -z $previous ]]; then
    log "on failure: no earlier release to roll back to"
  elif [[ $previous == "$tag" ]]; then
    log "on failure: stop ($tag is already the running release; rollback.sh goes further back)"
  else
    log "on failure: roll back to $previous"
  fi
}

# The deploy failed after containers changed: start the previous release again and report.
restore_previous() {
  local failed=$1 previous=$2
  if [[ -z $previous ]]; then
    warn "no earlier release to roll back to; $failed stays as it is"
    print_inspect_hint "$failed"
    exit 1
  fi
  if [[ $previous == "$failed" ]]; then
    warn "$failed was already the running release; scripts/rollback.sh returns to the one before it"
    print_inspect_hint "$failed"
    exit 1
  fi
  log "rolling back to the previous release $previous"
  if is_dry_run; then
    # Probing again would only re-measure the running release: show the rest of the plan instead.
    compose "$previous" up --detach --no-build --remove-orphans
    log "[dry-run] would wait for the health URLs again and record: restore $previous"
    exit 1
  fi
  if compose "$previous" up --detach --no-build --remove-orphans && wait_for_release_health; then
    append_history restore "$previous" "ok (after $failed failed)"
    log "rolled back to $previous; the deploy of $failed failed"
  else
    append_history restore "$previous" failed
    warn "the previous release $previous is not healthy either"
    print_inspect_hint "$previous"
  fi
  exit 1
}

main() {
  local tag=''
  while (($# > 0)); do
    case $1 in
      --dry-run) DRY_RUN=1 ;;
      -h | --help) usage ;;
      -*) die "unknown option: $1" 64 ;;
      *)
        [[ -z $tag ]] || usage
        tag=$1
        ;;
    esac
    shift
  done
  [[ -n $tag ]] || usage
  validate_tag "$tag"
  [[ -n ${IMAGE_REGISTRY:-} ]] || die "IMAGE_REGISTRY is not set (for example ghcr.io/owner)" 64
  require_tools
  [[ -f $COMPOSE_FILE ]] || die "compose file not found: $COMPOSE_FILE" 64
  if [[ ! -f $DEPLOY_DIR/.env ]]; then
    is_dry_run || die "$DEPLOY_DIR/.env is missing: copy .env.example there and fill it in" 64
    warn "$DEPLOY_DIR/.env is missing: a real deploy would stop here"
  fi
  if is_dry_run; then log "dry run: nothing is changed; the health URLs are probed read-only"; fi

  take_lock
  local previous
  previous=$(current_release)
  print_plan "$tag" "$previous"

  record_release "$tag"
  if ! compose "$tag" pull; then
    append_history deploy "$tag" "failed (pull)"
    die "could not pull the images of $tag; the running release was not touched"
  fi
  if compose "$tag" up --detach --no-build --remove-orphans && wait_for_release_health; then
    push_release "$tag"
    append_history deploy "$tag" ok
    prune_releases
    log "release $tag is live"
    return 0
  fi
  append_history deploy "$tag" failed
  restore_previous "$tag" "$previous"
}

main "$@"
