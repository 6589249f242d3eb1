# One image for the API, the worker and every CLI verb (docker/entrypoint.sh):
#   docker run IMAGE api | worker | all | migrate | backup FILE | restore FILE | events verify | ...
ARG NODE_IMAGE=node:20-bookworm-slim

# Build once: the server code (tsc) and the web app (vite), with every dev dependency.
FROM ${NODE_IMAGE} AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY apps/web/package.json apps/web/package-lock.json apps/web/
RUN cd apps/web && npm ci --no-audit --no-fund
COPY . .
RUN npm run build && npm run build:web

# The runtime dependencies alone.
FROM ${NODE_IMAGE} AS runtime-deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force

FROM ${NODE_IMAGE}
ENV NODE_ENV=production
WORKDIR /app
# pg_dump/pg_restore for `backup` and `restore`, of the server's major version: Debian bookworm's client is 15, as is
# the postgres:15 of docker-compose.yml (change both together).
RUN apt-get update && apt-get install -y --no-install-recommends postgresql-client-15 && rm -rf /var/lib/apt/lists/* \
    && mkdir -p /backups && chown node:node /backups
COPY --from=runtime-deps /app/node_modules node_modules
COPY --from=build /app/dist dist
COPY --from=build /app/apps/web/dist apps/web/dist
COPY package.json ./
COPY bin bin
COPY fixtures fixtures
COPY docker docker
# A CJK font for the PDFs (SPEC §19): nothing to add when the npm packages bring one, else Debian's.
RUN node docker/has-cjk-font.js \
    || (apt-get update && apt-get install -y --no-install-recommends fonts-wqy-microhei && rm -rf /var/lib/apt/lists/*)
USER node
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=10s --start-period=60s --retries=3 CMD ["node", "docker/healthcheck.js", "api"]
ENTRYPOINT ["/app/docker/entrypoint.sh"]
CMD ["api"]
