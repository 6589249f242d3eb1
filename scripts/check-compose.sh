#!/usr/bin/env bash
# Validates docker-compose.yml and docker-compose.dev.yml with `docker compose config` (no Docker engine needed),
# with the secrets of .env.example filled by placeholders; and shows that the production file refuses to start
# while a secret is empty. Skips, saying so, where neither `docker compose` nor `docker-compose` is installed.
set -euo pipefail
cd "$(dirname "$0")/.."
if docker compose version >/dev/null 2>&1; then compose=(docker compose)
elif command -v docker-compose >/dev/null 2>&1; then compose=(docker-compose)
else echo "compose check: skipped (no docker compose here)"; exit 0; fi
filled=$(mktemp); trap 'rm -f "$filled"' EXIT
sed -E 's/^([A-Z_]+)=$/\1=placeholder-secret-0123456789/' .env.example > "$filled"
"${compose[@]}" --env-file "$filled" -f docker-compose.yml config -q
"${compose[@]}" -f docker-compose.dev.yml config -q
# Scaled (SPEC §20): two APIs on a published port range, three workers; no fixed container names to clash.
scaled=$(JIXIAO_API_REPLICAS=2 JIXIAO_WORKER_REPLICAS=3 JIXIAO_PUBLISH=127.0.0.1:3000-3003 "${compose[@]}" --env-file "$filled" -f docker-compose.yml config)
grep -q 'replicas: 2' <<<"$scaled" && grep -q 'replicas: 3' <<<"$scaled" || { echo "compose check: replicas not taken from JIXIAO_*_REPLICAS"; exit 1; }
if grep -q 'container_name' <<<"$scaled"; then echo "compose check: a fixed container_name stops scaling"; exit 1; fi
if refusal=$("${compose[@]}" --env-file .env.example -f docker-compose.yml config -q 2>&1); then
  echo "compose check: docker-compose.yml accepted empty secrets"; exit 1
fi
grep -q 'POSTGRES_PASSWORD\|JIXIAO_APP_PASSWORD\|JWT_SECRET' <<<"$refusal" || { echo "compose check: unexpected refusal: $refusal"; exit 1; }
echo "compose check: docker-compose.yml and docker-compose.dev.yml valid (${compose[*]}), api and worker scale; empty secrets refused"
