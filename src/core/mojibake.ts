// Text that went through UTF-8 → Windows-1252 → UTF-8 on its way here, as scraped job datasets
// often did: "Masterâ€™s degree", "â€¢ Python", "Ã©tudes". Each such run is the UTF-8 bytes of
// one character, read one byte per character; put back, the degree, the bullet and the accent
// read again. Only a run that is valid UTF-8 as a whole is put back, so ordinary accented text
// ("naïve", "größer", "Über") stays as it is.

// The characters Windows-1252 gives bytes 0x80–0x9F, by byte (0x81, 0x8D, 0x8F, 0x90, 0x9D stand for themselves).
const HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';
const BYTE = new Map<string, number>([...HIGH].map((c, i) => [c, 0x80 + i]));
for (let b = 0xa0; b <= 0xff; b++) BYTE.set(String.fromCharCode(b), b);
for (const c of ['\u0080', '\u0082', '\u0083', '\u0084', '\u0085', '\u0086', '\u0087', '\u0088', '\u0089', '\u008a', '\u008b', '\u008c', '\u008e',
  '\u0091', '\u0092', '\u0093', '\u0094', '\u0095', '\u0096', '\u0097', '\u0098', '\u0099', '\u009a', '\u009b', '\u009c', '\u009e', '\u009f']) {
  BYTE.set(c, c.charCodeAt(0)); // C1 controls, where a reader kept the byte as Latin-1
}
const CONT = `\\u0080-\\u00bf${[...HIGH].filter((c) => c.charCodeAt(0) > 0xff).join('')}`;
/** A lead byte's character and the continuation bytes' characters after it. */
const RUN = new RegExp(`[\\u00c2-\\u00f4][${CONT}]{1,3}`, 'g');
/** The quick look: is there any such pair at all? */
const ANY = new RegExp(`[\\u00c2-\\u00f4][${CONT}]`);
const utf8 = new TextDecoder('utf-8', { fatal: true });

/** `text` with each run of mis-decoded UTF-8 put back; the same string when there is none. */
export function repairMojibake(text: string): string {
  if (!ANY.test(text)) return text;
  return text.replace(RUN, (run) => {
    const bytes = new Uint8Array(run.length);
    for (let i = 0; i < run.length; i++) {
      const b = BYTE.get(run[i]!);
      if (b === undefined) return run;
      bytes[i] = b;
    }
    // The lead byte says how many continuation bytes follow; the run must be exactly that long.
    const lead = bytes[0]!;
    const need = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : 2;
    if (run.length < need) return run;
    try {
      const ch = utf8.decode(bytes.subarray(0, need));
      return ch + run.slice(need);
    } catch {
      return run;
    }
  });
}
