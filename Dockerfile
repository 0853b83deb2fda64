# budgetlens: one image for the API and the workers (the command picks the role).
FROM node:20.20-bookworm-slim
RUN apt-get update \
 && apt-get install -y --no-install-recommends fonts-noto-cjk poppler-data \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund
COPY bin ./bin
COPY src ./src
COPY workers ./workers
COPY web ./web
COPY schema ./schema
USER node
ENTRYPOINT ["node", "bin/budgetlens.mjs"]
