# shellcheck shell=bash
# Settings, logging, dry-run and the compose invocation shared by deploy.sh and rollback.sh.
# Every setting comes from the environment when set there; that is how the server's .github
# workflows and the tests (a temporary release folder, a fake compose command) drive the scripts.

# These settings are read by the scripts that source this file.
# shellcheck disable=SC2034
{
  SCRIPTS_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
  DEPLOY_DIR=${DEPLOY_DIR:-$(cd "$SCRIPTS_DIR/.." && pwd)}
  RELEASES_DIR=${RELEASES_DIR:-$DEPLOY_DIR/.releases}
  COMPOSE_FILE=${COMPOSE_FILE:-$DEPLOY_DIR/docker-compose.production.yml}
  COMPOSE_PROJECT=${COMPOSE_PROJECT:-scentence}
  COMPOSE_CMD=${COMPOSE_CMD:-docker compose}
  SERVICES=${SERVICES:-web backend scentmap layering}
  HEALTH_BASE_URL=${HEALTH_BASE_URL:-http://127.0.0.1:3000}
  HEALTH_URLS=${HEALTH_URLS:-$HEALTH_BASE_URL/api/backend-openapi $HEALTH_BASE_URL/api/scentmap-health $HEALTH_BASE_URL/api/layering-health}
  HEALTH_TIMEOUT=${HEALTH_TIMEOUT:-300}
  HEALTH_INTERVAL=${HEALTH_INTERVAL:-5}
  KEEP_RELEASES=${KEEP_RELEASES:-10}
  DRY_RUN=${DRY_RUN:-0}
  DEPLOY_ACTOR=${DEPLOY_ACTOR:-${USER:-unknown}}
}

log() { printf '[%s] %s\n' "${SCRIPT_NAME:-scentence}" "$*"; }
warn() { printf '[%s] warning: %s\n' "${SCRIPT_NAME:-scentence}" "$*" >&2; }
die() {
  printf '[%s] error: %s\n' "${SCRIPT_NAME:-scentence}" "$1" >&2
  exit "${2:-1}"
}

is_dry_run() { [[ $DRY_RUN == 1 ]]; }

timestamp() { date -u +%Y-%m-%dT%H:%M:%SZ; }

# Shell-quotes a command so that a printed plan can be pasted and run as it is.
quote_command() {
  local quoted='' argument
  for argument in "$@"; do quoted+="$(printf '%q' "$argument") "; done
  printf '%s' "${quoted% }"
}

# Runs a command that changes something, or in a dry run only prints it.
run() {
  if is_dry_run; then
    log "[dry-run] would run: $(quote_command "$@")"
    return 0
  fi
  "$@"
}

# A release tag is an image tag: normally the full commit SHA the images were built from.
validate_tag() {
  [[ $1 =~ ^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$ ]] || die "not a valid release tag: '$1'" 64
}

image_of() { printf '%s/scentence-%s:%s' "$1" "$2" "$3"; }

# compose <tag> <arguments...>: compose for one release, with the compose file recorded for it,
# its image tag and registry, always under the same project name and project folder (so .env
# and deploy/ resolve in DEPLOY_DIR whichever release's compose file is used).
compose() {
  local tag=$1
  shift
  local -a command
  read -r -a command <<<"$COMPOSE_CMD"
  run env "IMAGE_TAG=$tag" "IMAGE_REGISTRY=$(release_registry "$tag")" "${command[@]}" \
    --project-name "$COMPOSE_PROJECT" --project-directory "$DEPLOY_DIR" \
    --file "$(release_compose_file "$tag")" "$@"
}

# One deploy or rollback at a time on a server; a dry run changes nothing and takes no lock.
take_lock() {
  is_dry_run && return 0
  mkdir -p "$RELEASES_DIR"
  if ! command -v flock >/dev/null; then
    warn "flock is not installed: running without the release lock"
    return 0
  fi
  exec 9>"$RELEASES_DIR/.lock"
  flock --nonblock 9 || die "another deploy or rollback is running (lock: $RELEASES_DIR/.lock)" 75
}

require_tools() {
  command -v curl >/dev/null || die "curl is required for the health checks"
}

print_health_plan() {
  local url
  for url in $HEALTH_URLS; do log "health:   $url (timeout ${HEALTH_TIMEOUT}s)"; done
}

print_images() {
  local tag=$1 registry service
  registry=$(release_registry "$tag")
  for service in $SERVICES; do log "image:    $(image_of "$registry" "$service" "$tag")"; done
}

# Waits for every health URL; word splitting of the space-separated list is intended.
wait_for_release_health() {
  # shellcheck disable=SC2086
  wait_for_health "$HEALTH_TIMEOUT" $HEALTH_URLS
}

# Where to look when a release does not come up.
print_inspect_hint() {
  local tag=$1
  local -a command
  read -r -a command <<<"$COMPOSE_CMD"
  log "inspect:  $(quote_command env "IMAGE_TAG=$tag" "${command[@]}" --project-name "$COMPOSE_PROJECT" \
    --project-directory "$DEPLOY_DIR" --file "$(release_compose_file "$tag")" ps)"
  log "logs:     $(quote_command "${command[@]}" --project-name "$COMPOSE_PROJECT" \
    --project-directory "$DEPLOY_DIR" --file "$(release_compose_file "$tag")" logs --tail=200)"
}
