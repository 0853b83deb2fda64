// A worker thread that runs the pure core (parse → extract → reconcile) for one document at a time,
// so that the process owning the store can stop it (time limit) and V8 can bound its heap (memory
// limit). The logic is in src/pipeline/thread.ts; src/pipeline/isolated.ts starts these.
import { loadCore } from './load.mjs';

await loadCore('pipeline/thread');
