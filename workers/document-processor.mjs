// BullMQ sandboxed processor for `document` jobs: runs in its own child process, so a CPU-heavy PDF
// cannot stall the worker's lock renewal. The logic is in src/queue/sandboxed.ts.
import { loadCore } from './load.mjs';

const { default: processDocumentJob } = await loadCore('queue/sandboxed');

export default processDocumentJob;
