/**
 * The review's error, on its own so that the API client (src/server/client.ts) and the commands
 * that may go through a running server can use it without loading the review itself (which loads
 * the whole reader: parse, extract, reconcile — most of a command's start).
 */

/** A review request that cannot be done: `not-found` (no such discrepancy or document) or `invalid`. */
export class ReviewError extends Error {
  constructor(
    readonly code: 'not-found' | 'invalid',
    message: string,
  ) {
    super(message);
    this.name = 'ReviewError';
  }
}
