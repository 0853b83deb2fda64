# budgetlens: one image for the API and the workers (the command picks the role).
FROM node:20.20-bookworm-slim
RUN apt-get update \
 && apt-get install -y --no-install-recommends fonts-noto-cjk poppler-data \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY package.json package-lock.json ./
COPY scripts/build.mjs ./scripts/build.mjs
RUN npm ci --omit=dev --no-audit --no-fund
COPY bin ./bin
COPY src ./src
COPY workers ./workers
COPY web ./web
COPY schema ./schema
# compiled once here (esbuild comes with tsx): commands and workers start from dist/, not through tsx;
# the store template is made here too (readable by the node user, who copies it for a new store)
RUN node scripts/build.mjs && chmod -R a+rX dist
USER node
ENTRYPOINT ["node", "bin/budgetlens.mjs"]
