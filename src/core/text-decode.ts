// The text of a file a person saved: UTF-8 mostly, but Windows' Notepad saves "Unicode" as UTF-16
// (with or without its byte-order mark) and older tools save Windows-1252, where a curly
// apostrophe is one byte ("Master\x92s degree"). Read each as the characters it holds, so
// "Master’s" is still a degree and no NUL byte makes a text file look binary.

/** UTF-16 by its byte-order mark, or by the NUL in every other byte that ASCII text has in it; else null. */
export function utf16Of(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  const n = Math.min(bytes.length & ~1, 4096);
  if (n < 16) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const pairs = n / 2;
  if (oddNul > pairs * 0.4 && evenNul < pairs * 0.02) return 'utf-16le';
  if (evenNul > pairs * 0.4 && oddNul < pairs * 0.02) return 'utf-16be';
  return null;
}

/**
 * The characters of a text file: UTF-16 where it is that, UTF-8 where every byte is valid UTF-8,
 * else Windows-1252 (which every byte is). A byte-order mark is dropped.
 */
export function decodeText(bytes: Uint8Array): string {
  const u16 = utf16Of(bytes);
  let text: string;
  if (u16) text = new TextDecoder(u16).decode(bytes);
  else {
    try { text = new TextDecoder('utf-8', { fatal: true }).decode(bytes); } catch { text = windows1252(bytes); }
  }
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

// Windows-1252's 0x80–0x9F (the rest is Latin-1). Decoded here, not by TextDecoder: Node's
// "windows-1252" decoder gives these bytes as C1 controls, so "Master\x92s" would lose its ’.
const CP1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

function windows1252(bytes: Uint8Array): string {
  const parts: string[] = [];
  const codes = new Array<number>(Math.min(bytes.length, 8192));
  for (let at = 0; at < bytes.length; at += 8192) {
    const n = Math.min(8192, bytes.length - at);
    codes.length = n;
    for (let i = 0; i < n; i++) {
      const b = bytes[at + i]!;
      codes[i] = b >= 0x80 && b < 0xa0 ? CP1252_HIGH[b - 0x80]! : b;
    }
    parts.push(String.fromCharCode(...codes));
  }
  return parts.join('');
}
