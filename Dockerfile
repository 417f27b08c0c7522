# syntax=docker/dockerfile:1
# Multi-stage: build native modules (sqlite3) with the toolchain, ship only the runtime.
FROM node:20-bookworm-slim AS build
WORKDIR /app
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json tsconfig.json tsconfig.build.json ./
COPY src ./src
COPY commands ./commands
COPY config ./config
# npm ci runs `prepare`, which compiles to dist/; then the dev tools are dropped.
RUN npm ci --no-audit --no-fund && npm prune --omit=dev

FROM node:20-bookworm-slim AS runtime
# A small young generation keeps steady-state memory low (measured in bench/memory.ts).
ENV NODE_ENV=production \
    NODE_OPTIONS=--max-semi-space-size=2 \
    KABAR_STORE=sqlite:///data/kabar.sqlite \
    KABAR_HTTP_PORT=8080
WORKDIR /app
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY package.json ./
COPY bin ./bin
COPY config ./config
RUN mkdir -p /data && chown node:node /data
USER node
VOLUME ["/data"]
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
  CMD node -e "fetch('http://127.0.0.1:'+(process.env.KABAR_HTTP_PORT||8080)+'/healthz').then(r=>process.exit(r.ok?0:1)).catch(()=>process.exit(1))"
ENTRYPOINT ["node", "bin/kabar.js"]
CMD ["run"]
