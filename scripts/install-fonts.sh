#!/usr/bin/env bash
# The CJK font the PDFs embed (fonts-wqy-microhei: CJK and Latin in one face pdfkit can subset).
set -euo pipefail
[ -f /usr/share/fonts/truetype/wqy/wqy-microhei.ttc ] && exit 0
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }
as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq fonts-wqy-microhei >/dev/null 2>&1 || {
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq fonts-wqy-microhei >/dev/null
}
