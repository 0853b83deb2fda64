/** The version of the rules; a stored document read by another version is offered to `reprocess`. */
export const EXTRACTOR_VERSION = '0.86.0';
