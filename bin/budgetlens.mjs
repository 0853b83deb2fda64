#!/usr/bin/env node
// The CLI is written in TypeScript: it runs from dist/ when `npm ci` / `npm run build` compiled it and
// no source changed since, otherwise from the source through tsx (workers/load.mjs decides).
import { loadCore } from '../workers/load.mjs';

await loadCore('cli');
