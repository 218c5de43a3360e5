# shellcheck shell=bash
# The record of releases on a server, under RELEASES_DIR:
#   stack                     releases that went live, oldest first; the last line is the one running.
#                             A deploy pushes its tag; a rollback pops back to its target; a failed
#                             deploy never gets on the stack, so "previous" is always a good release.
#   history.log               append-only: when, what, which tag, the outcome, who.
#   <tag>/release.env         the registry and the time a release was recorded.
#   <tag>/docker-compose.production.yml
#                             the compose file the release was deployed with, so a rollback starts
#                             exactly what ran then, even after the compose file changed.

stack_file() { printf '%s/stack' "$RELEASES_DIR"; }
release_dir() { printf '%s/%s' "$RELEASES_DIR" "$1"; }
is_recorded() { [[ -f "$(release_dir "$1")/release.env" ]]; }

stack_lines() {
  local file
  file=$(stack_file)
  [[ -f $file ]] || return 0
  grep -v '^[[:space:]]*$' "$file" || true
}

current_release() { stack_lines | tail -n 1; }

previous_release() {
  local -a lines
  mapfile -t lines < <(stack_lines)
  local count=${#lines[@]}
  if ((count >= 2)); then printf '%s\n' "${lines[count - 2]}"; fi
}

# A file is written whole (temporary file, then rename), or in a dry run only announced.
write_file() {
  local path=$1 content=$2
  if is_dry_run; then
    log "[dry-run] would write $path: $(printf '%s' "$content" | tr '\n' ' ')"
    return 0
  fi
  mkdir -p "$(dirname "$path")"
  printf '%s\n' "$content" >"$path.tmp.$$"
  mv "$path.tmp.$$" "$path"
}

write_stack() {
  local content=''
  if (($# > 0)); then content=$(printf '%s\n' "$@"); fi
  write_file "$(stack_file)" "$content"
}

append_history() {
  local action=$1 tag=$2 outcome=$3
  local line
  line="$(timestamp) $action $tag $outcome by $DEPLOY_ACTOR"
  if is_dry_run; then
    log "[dry-run] would record in history.log: $line"
    return 0
  fi
  mkdir -p "$RELEASES_DIR"
  printf '%s\n' "$line" >>"$RELEASES_DIR/history.log"
}

read_release_value() {
  local tag=$1 key=$2 file
  file="$(release_dir "$tag")/release.env"
  [[ -f $file ]] || return 0
  sed -n "s/^$key=//p" "$file" | tail -n 1
}

# The registry a release's images live in: as recorded, else IMAGE_REGISTRY, else the running one's.
release_registry() {
  local registry
  registry=$(read_release_value "$1" IMAGE_REGISTRY)
  if [[ -z $registry ]]; then registry=${IMAGE_REGISTRY:-}; fi
  if [[ -z $registry ]]; then registry=$(read_release_value "$(current_release)" IMAGE_REGISTRY); fi
  printf '%s' "${registry:-scentence}"
}

# The compose file recorded with a release; one never recorded here uses the deploy folder's.
release_compose_file() {
  local recorded
  recorded="$(release_dir "$1")/docker-compose.production.yml"
  if [[ -f $recorded ]]; then printf '%s' "$recorded"; else printf '%s' "$COMPOSE_FILE"; fi
}

# Records a release before it starts: its compose file and where its images come from.
record_release() {
  local tag=$1 dir
  dir=$(release_dir "$tag")
  run mkdir -p "$dir"
  run cp "$COMPOSE_FILE" "$dir/docker-compose.production.yml"
  write_file "$dir/release.env" "IMAGE_TAG=$tag
IMAGE_REGISTRY=$IMAGE_REGISTRY
RECORDED_AT=$(timestamp)
RECORDED_BY=$DEPLOY_ACTOR"
}

# A release that went live goes on top of the stack, once: deploying the running tag again changes nothing.
push_release() {
  local tag=$1
  [[ $(current_release) == "$tag" ]] && return 0
  local -a lines
  mapfile -t lines < <(stack_lines)
  write_stack "${lines[@]}" "$tag"
}

# After a rollback to tag: the stack ends at its last appearance (a tag never live here is pushed).
rewind_to() {
  local tag=$1
  local -a lines
  mapfile -t lines < <(stack_lines)
  local index
  for ((index = ${#lines[@]} - 1; index >= 0; index--)); do
    if [[ ${lines[index]} == "$tag" ]]; then
      write_stack "${lines[@]:0:index+1}"
      return 0
    fi
  done
  write_stack "${lines[@]}" "$tag"
}

# A tag, or a unique prefix of one (a short commit SHA), among the recorded releases.
resolve_release() {
  local wanted=$1
  validate_tag "$wanted"
  if is_recorded "$wanted"; then
    printf '%s' "$wanted"
    return 0
  fi
  local -a matches=()
  local candidate
  for candidate in "$RELEASES_DIR/$wanted"*/release.env; do
    [[ -f $candidate ]] && matches+=("$(basename "$(dirname "$candidate")")")
  done
  if ((${#matches[@]} == 1)); then
    printf '%s' "${matches[0]}"
    return 0
  fi
  if ((${#matches[@]} > 1)); then die "'$wanted' matches several releases: ${matches[*]}" 64; fi
  # Never deployed on this server: its images may still exist in the registry.
  warn "release $wanted is not recorded here; it starts with the current compose file"
  printf '%s' "$wanted"
}

# Removes the recorded files of releases that are no longer among the last KEEP_RELEASES on the stack.
prune_releases() {
  local -a keep
  mapfile -t keep < <(stack_lines | tail -n "$KEEP_RELEASES")
  local dir tag kept candidate
  for dir in "$RELEASES_DIR"/*/; do
    [[ -f "$dir/release.env" ]] || continue
    tag=$(basename "$dir")
    kept=0
    for candidate in "${keep[@]}"; do [[ $candidate == "$tag" ]] && kept=1; done
    if ((kept == 0)); then run rm -rf "${dir%/}"; fi
  done
}
