// BullMQ sandboxed processor for `document` jobs: runs in its own child process, so a CPU-heavy PDF
// cannot stall the worker's lock renewal. The logic is in src/queue/sandboxed.ts.
import { register } from 'tsx/esm/api';

register();
const { default: processDocumentJob } = await import('../src/queue/sandboxed.ts');

export default processDocumentJob;
