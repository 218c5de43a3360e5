#!/usr/bin/env bash
# The deploy and rollback workflows' link to the server, over SSH with the host alias "production".
#   setup                 check the settings, write the SSH key, known_hosts and the alias
#   upload                copy the compose file, the scripts and deploy/ into DEPLOY_DIR
#   login <user>          docker login on the server with a token read from standard input
#   logout                docker logout on the server
#   exec <command...>     run a command in DEPLOY_DIR (every argument is shell-quoted)
# environment: DEPLOY_HOST, DEPLOY_USER, DEPLOY_SSH_KEY, DEPLOY_KNOWN_HOSTS, PUBLIC_BASE_URL,
#              DEPLOY_DIR (default /opt/scentence), DEPLOY_SSH_PORT (default 22), REGISTRY (default ghcr.io)
set -euo pipefail

DEPLOY_DIR=${DEPLOY_DIR:-/opt/scentence}
REGISTRY=${REGISTRY:-ghcr.io}
SSH_DIR=${SSH_DIR:-$HOME/.ssh}

quote_command() {
  local quoted='' argument
  for argument in "$@"; do quoted+="$(printf '%q' "$argument") "; done
  printf '%s' "${quoted% }"
}

# The command is built and quoted here, on purpose, before it goes to the server.
# shellcheck disable=SC2029
remote() { ssh production "$@"; }

setup() {
  local -a missing=()
  local name
  for name in DEPLOY_HOST DEPLOY_USER DEPLOY_SSH_KEY DEPLOY_KNOWN_HOSTS PUBLIC_BASE_URL; do
    [[ -n ${!name:-} ]] || missing+=("$name")
  done
  if ((${#missing[@]} > 0)); then
    printf '::error::deployment settings missing: %s (see .github/DEPLOYMENT.md)\n' "${missing[*]}"
    exit 1
  fi
  install -d -m 700 "$SSH_DIR"
  (
    umask 077
    printf '%s\n' "$DEPLOY_SSH_KEY" >"$SSH_DIR/deploy_key"
    printf '%s\n' "$DEPLOY_KNOWN_HOSTS" >"$SSH_DIR/known_hosts"
    cat >"$SSH_DIR/config" <<EOF
Host production
  HostName $DEPLOY_HOST
  User $DEPLOY_USER
  Port ${DEPLOY_SSH_PORT:-22}
  IdentityFile $SSH_DIR/deploy_key
  IdentitiesOnly yes
  UserKnownHostsFile $SSH_DIR/known_hosts
  StrictHostKeyChecking yes
  BatchMode yes
  ServerAliveInterval 30
EOF
  )
}

upload() {
  # The Dockerfiles only so that the compose file's build sections point at files that exist.
  local -a files=(docker-compose.production.yml .env.example scripts/deploy.sh scripts/rollback.sh scripts/lib deploy
    apps/*/Dockerfile.production)
  tar -czf - "${files[@]}" | remote "mkdir -p $(printf '%q' "$DEPLOY_DIR") && tar -xzf - -C $(printf '%q' "$DEPLOY_DIR")"
}

case ${1:-} in
  setup) setup ;;
  upload) upload ;;
  login) remote "docker login $(printf '%q' "$REGISTRY") --username $(printf '%q' "${2:?usage: login <user>}") --password-stdin" ;;
  logout) remote "docker logout $(printf '%q' "$REGISTRY")" ;;
  exec)
    shift
    (($# > 0)) || { echo 'usage: remote.sh exec <command...>' >&2; exit 64; }
    remote "cd $(printf '%q' "$DEPLOY_DIR") && $(quote_command "$@")"
    ;;
  *)
    sed -n '2,9s/^# \{0,1\}//p' "${BASH_SOURCE[0]}" >&2
    exit 64
    ;;
esac
