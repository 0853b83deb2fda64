/**
 * The inside of a core thread (workers/core-thread.mjs): documents in, records or reasons out.
 * Only plain data crosses the thread boundary: a ParseError travels as its code and reason, an
 * unexpected exception as its message and stack.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { sentences } from '../extract/index.ts';
import { Record, storableJson } from '../model/record.ts';
import { type OcrProgress, shareOcrSlots, withOcrProgress } from '../parse/pdf/ocr.ts';
import { processBytes } from './index.ts';

export interface CoreRequest {
  id: number;
  bytes: Uint8Array;
  file: string;
}

export type CoreReply =
  /** the record checked against its schema here, as JSON: one flat string to copy, nothing left for the receiver to check */
  | { id: number; ok: true; recordJson: string; sentences: string[] }
  | { id: number; ok: false; code: string; reason: string }
  | { id: number; internal: { message: string; stack: string } }
  /** not an answer: a page of the document OCRed, as it happens */
  | { id: number; progress: OcrProgress };

const port = parentPort;
if (!port) throw new Error('src/pipeline/thread.ts runs in a worker thread only');
// the process's count of running Tesseract processes, shared by its core threads
const data = workerData as { ocrSlots?: SharedArrayBuffer } | undefined;
if (data?.ocrSlots) shareOcrSlots(data.ocrSlots);

/** Sent once the modules are loaded: the time limit counts from a ready thread, not from its start-up. */
export const READY = 'budgetlens-core-ready';

port.on('message', (request: CoreRequest) => {
  void (async () => {
    let reply: CoreReply;
    try {
      const progress = (p: OcrProgress) => port.postMessage({ id: request.id, progress: p } satisfies CoreReply);
      const outcome = await withOcrProgress(progress, () => processBytes(request.bytes, request.file));
      reply = outcome.ok
        ? { id: request.id, ok: true, recordJson: storableJson(Record.parse(outcome.record)), sentences: sentences(outcome.document) }
        : { id: request.id, ok: false, code: outcome.error.code, reason: outcome.error.reason };
    } catch (e) {
      const cause = (e as Error).cause ?? e;
      reply = {
        id: request.id,
        internal: { message: (cause as Error)?.message ?? String(cause), stack: (cause as Error)?.stack ?? String(cause) },
      };
    }
    port.postMessage(reply);
  })();
});

port.postMessage(READY);
