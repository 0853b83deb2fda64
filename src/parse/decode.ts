import chardet from 'chardet';
import iconv from 'iconv-lite';

/**
 * Text files from Chinese government sites come as UTF-8, GBK/GB18030, Big5 or UTF-16.
 * Valid UTF-8 wins (it is never accidentally valid for GBK text of any length); otherwise the
 * detector's best Chinese guess decides, and GB18030 (a superset of GBK and GB2312) is the fallback.
 */
export function decodeText(bytes: Uint8Array): { text: string; encoding: string } {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buf[0] === 0xff && buf[1] === 0xfe) return { text: iconv.decode(buf.subarray(2), 'utf16le'), encoding: 'UTF-16LE' };
  if (buf[0] === 0xfe && buf[1] === 0xff) return { text: iconv.decode(buf.subarray(2), 'utf16be'), encoding: 'UTF-16BE' };
  const utf16 = utf16WithoutBom(bytes);
  if (utf16) return { text: iconv.decode(buf, utf16), encoding: utf16 === 'utf16le' ? 'UTF-16LE' : 'UTF-16BE' };
  const utf8 = new TextDecoder('utf-8', { fatal: true });
  try {
    const text = utf8.decode(buf);
    return { text: text.replace(/^\uFEFF/, ''), encoding: 'UTF-8' };
  } catch {
    // not UTF-8: fall through to detection
  }
  const guesses = chardet.analyse(buf).map((g) => g.name.toUpperCase());
  const chinese = guesses.find((g) => ['GB18030', 'GBK', 'GB2312', 'BIG5', 'EUC-TW'].includes(g));
  const encoding = chinese === 'BIG5' || chinese === 'EUC-TW' ? 'Big5' : 'GB18030';
  return { text: iconv.decode(buf, encoding), encoding };
}

/** Code units a Chinese report is made of: CJK ideographs and punctuation, full-width forms, printable ASCII, white space. */
function plausible(unit: number): boolean {
  return (
    (unit >= 0x20 && unit < 0x7f) ||
    unit === 0x09 ||
    unit === 0x0a ||
    unit === 0x0d ||
    (unit >= 0x4e00 && unit <= 0x9fff) ||
    (unit >= 0x3000 && unit <= 0x303f) ||
    (unit >= 0xff00 && unit <= 0xffef) ||
    (unit >= 0x2000 && unit <= 0x206f) ||
    (unit >= 0x3400 && unit <= 0x4dbf) ||
    unit === 0x00b7 ||
    unit === 0x00d7
  );
}

/**
 * UTF-16 saved without a byte order mark (some Windows tools, some exports): the bytes hold NULs,
 * so they are not any 8-bit text, and read as UTF-16 they are almost only characters a report is
 * made of. Random or binary data read the same way is mostly not (about a third of it is).
 * Returns the byte order, or null when the bytes are not UTF-16 text.
 */
export function utf16WithoutBom(bytes: Uint8Array): 'utf16le' | 'utf16be' | null {
  const sample = bytes.subarray(0, Math.min(bytes.byteLength, 64 * 1024) & ~1);
  if (sample.byteLength < 4 || !sample.includes(0)) return null;
  for (const order of ['utf16le', 'utf16be'] as const) {
    let good = 0;
    for (let i = 0; i < sample.byteLength; i += 2) {
      const unit = order === 'utf16le' ? sample[i] | (sample[i + 1] << 8) : (sample[i] << 8) | sample[i + 1];
      if (plausible(unit)) good++;
    }
    if (good >= 0.95 * (sample.byteLength / 2)) return order;
  }
  return null;
}
