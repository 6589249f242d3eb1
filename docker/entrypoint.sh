#!/bin/sh
# The image's one entry point. `api` (the default), `worker`, `all` (migrations, API and worker in one container,
# as `npm start`), or any `jixiao` verb: `migrate`, `backup FILE`, `restore FILE`, `events verify`, ...
set -e
case "${1:-api}" in
  api) exec node dist/apps/api/src/main.js ;;
  worker) exec node dist/apps/worker/src/main.js ;;
  all) exec node dist/apps/api/src/start-all.js ;;
  *) exec node bin/jixiao.js "$@" ;;
esac
