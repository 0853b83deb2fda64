#!/usr/bin/env node
// A worker process: `node workers/worker.mjs [--concurrency N]`, the same as `budgetlens worker`.
// Configured by the environment: REDIS_URL (the queue) and DATABASE_URL (the shared PostgreSQL store),
// optionally BUDGETLENS_QUEUE_PREFIX, BUDGETLENS_LOCK_DURATION_MS, BUDGETLENS_STALLED_INTERVAL_MS,
// BUDGETLENS_MAX_STALLED_COUNT. SIGTERM / SIGINT: running documents finish, then the process exits 0.
import { loadCore } from './load.mjs';

const { main } = await loadCore('cli');
process.exitCode = await main([process.argv[0], 'budgetlens', 'worker', ...process.argv.slice(2)]);
process.exit();
