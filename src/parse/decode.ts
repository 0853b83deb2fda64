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
