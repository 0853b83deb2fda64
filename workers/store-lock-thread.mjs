// The embedded store's lock, held by a thread of its own: its event loop refreshes the lock even
// while the main thread is busy for seconds (PGlite storing a large original runs synchronously in
// WebAssembly). If the process dies, the thread dies with it and the lock goes stale, as it should.
// Started by src/store/adapter.ts (lockDataDir): workerData { dir, stale, update, waitMs }.
//
// Beside the lock, `<dir>.lock.owner` names the process holding it (pid and host). A lock whose
// owner is gone from this machine (kill -9, a crash, a power cut of the terminal) is taken at once
// instead of after `stale` ms: otherwise the same command run again right after a kill -9 waits its
// 15 s and is told that the store is in use, by a process that no longer exists.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { parentPort, workerData } from 'node:worker_threads';
import lockfile from 'proper-lockfile';

const { dir, stale, update, waitMs } = workerData;
const lockDir = `${dir}.lock`;
const ownerFile = `${dir}.lock.owner`;

/** Whether the lock's recorded owner is a process of this machine that no longer exists. */
function ownerIsGone() {
  let owner;
  try {
    owner = JSON.parse(readFileSync(ownerFile, 'utf8'));
  } catch {
    return false; // no owner recorded (an older budgetlens, or being written): wait as before
  }
  if (owner.host !== hostname() || !Number.isInteger(owner.pid) || owner.pid === process.pid) return false;
  try {
    process.kill(owner.pid, 0);
    return false;
  } catch (e) {
    return e.code === 'ESRCH';
  }
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function lock() {
  const deadline = Date.now() + waitMs;
  for (;;) {
    try {
      return await lockfile.lock(dir, {
        realpath: false,
        stale,
        update,
        onCompromised: (e) => parentPort.postMessage({ compromised: e.message }),
      });
    } catch (e) {
      if (e.code !== 'ELOCKED') throw e;
      if (ownerIsGone()) {
        rmSync(ownerFile, { force: true });
        rmSync(lockDir, { recursive: true, force: true });
        continue;
      }
      if (Date.now() >= deadline) throw e;
      await sleep(500);
    }
  }
}

try {
  const release = await lock();
  writeFileSync(ownerFile, JSON.stringify({ pid: process.pid, host: hostname() }));
  parentPort.on('message', async (m) => {
    if (m !== 'release') return;
    rmSync(ownerFile, { force: true });
    await release().catch(() => {});
    parentPort.postMessage({ released: true });
    parentPort.close();
  });
  parentPort.postMessage({ locked: true });
} catch (e) {
  parentPort.postMessage({ error: e.message, code: e.code });
  parentPort.close();
}
