import { createHash } from 'node:crypto';

/** The content address of a file: documents, blobs and job ids are keyed by it. */
export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}
