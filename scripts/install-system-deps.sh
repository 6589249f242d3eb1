#!/usr/bin/env bash
# Debian packages the project's tests need beyond Node.js: poppler-utils (pdftotext, pdftoppm, pdffonts) for the
# document tests, Chromium and a CJK font for the browser test, PgBouncer, a compose client to validate the compose files. Idempotent: installs
# only what is missing. The PDFs' CJK font comes with `npm ci` (@embedpdf/fonts-sc); scripts/install-fonts.sh installs a
# system one as a fallback, if ever wanted.
set -euo pipefail
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }
missing=()
command -v pdftotext >/dev/null 2>&1 || missing+=(poppler-utils)
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
# Chromium draws the web app's Chinese with a system font (the browser test's screenshots): any CJK face will do.
{ command -v fc-list >/dev/null 2>&1 && fc-list :lang=zh family | grep -q .; } || missing+=(fonts-wqy-microhei)
# test/pgbouncer.e2e-spec.ts runs the store and the API through PgBouncer in transaction mode.
command -v pgbouncer >/dev/null 2>&1 || [ -x /usr/sbin/pgbouncer ] || missing+=(pgbouncer)
# `docker compose config` in CI (scripts/check-compose.sh) needs only a compose client, no engine.
{ docker compose version || command -v docker-compose; } >/dev/null 2>&1 || missing+=(docker-compose)
if [ ${#missing[@]} -gt 0 ]; then
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
