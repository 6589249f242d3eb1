#!/usr/bin/env bash
# Debian packages the project needs beyond Node.js: a CJK font for PDFs, poppler-utils for tests, Chromium for the
# browser test. Idempotent: installs only what is missing.
set -euo pipefail
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }
missing=()
[ -f scripts/install-fonts.sh ] || true
command -v pdftotext >/dev/null 2>&1 || missing+=(poppler-utils)
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
if [ -f scripts/install-fonts.sh ]; then bash scripts/install-fonts.sh; fi
