// The embedded store's lock, held by a thread of its own: its event loop refreshes the lock even
// while the main thread is busy for seconds (PGlite storing a large original runs synchronously in
// WebAssembly). If the process dies, the thread dies with it and the lock goes stale, as it should.
// Started by src/store/adapter.ts (lockDataDir): workerData { dir, stale, update, waitMs }.
import { parentPort, workerData } from 'node:worker_threads';
import lockfile from 'proper-lockfile';

const { dir, stale, update, waitMs } = workerData;
try {
  const release = await lockfile.lock(dir, {
    realpath: false,
    stale,
    update,
    retries: { retries: Math.ceil(waitMs / 500), factor: 1, minTimeout: 500, maxTimeout: 500 },
    onCompromised: (e) => parentPort.postMessage({ compromised: e.message }),
  });
  parentPort.on('message', async (m) => {
    if (m !== 'release') return;
    await release().catch(() => {});
    parentPort.postMessage({ released: true });
    parentPort.close();
  });
  parentPort.postMessage({ locked: true });
} catch (e) {
  parentPort.postMessage({ error: e.message, code: e.code });
  parentPort.close();
}
