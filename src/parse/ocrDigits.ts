/**
 * Letters OCR writes for digits, and where reading them back is safe: shared by the PDF OCR's own
 * line fixes (pdf/ocr.ts) and the repair of text that arrives already OCR'd (extract/ocrRepair.ts).
 */

/** Letters Tesseract reads for digits. Only these: a bar or an S between digits may be a column gap or a real letter. */
export const DIGIT_LIKE: Readonly<Record<string, string>> = { O: '0', o: '0', l: '1', I: '1' };

/** Letters inside a digit run, with a digit (or a digit and its decimal point) on both sides: 7l43, 2O23, 6O.5. */
export const LETTERS_INSIDE_DIGITS = /(?<=[0-9][.,]?)[OolI]+(?=[.,]?[0-9])/g;
