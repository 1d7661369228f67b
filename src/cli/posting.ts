// A saved posting file: optional header lines ("TITLE: …", "COMPANY: …") closed by a line
// "---", then the posting as plain text or markdown. Shared by the CLI and `npm run eval`.

export interface PostingFile {
  title: string | null;
  company: string | null;
  /** Every header field, upper-cased key → value. */
  fields: Record<string, string>;
  text: string;
}

const FIELD = /^([A-Za-z][A-Za-z_ -]{0,30}):\s?(.*)$/;
const MAX_HEADER_LINES = 40;

export function parsePosting(raw: string): PostingFile {
  const text = raw.startsWith('\ufeff') ? raw.slice(1) : raw;
  const lines = text.slice(0, 20_000).split('\n', MAX_HEADER_LINES + 1);
  const fields: Record<string, string> = {};
  let end = -1;
  for (let i = 0; i < lines.length && i <= MAX_HEADER_LINES; i++) {
    const line = lines[i]!.replace(/\r$/, '');
    if (line.trim() === '---') { end = i; break; }
    if (!line.trim()) continue;
    const m = FIELD.exec(line);
    if (!m) break;
    fields[m[1]!.trim().toUpperCase()] = m[2]!.trim();
  }
  if (end < 1) return { title: firstHeading(text), company: null, fields: {}, text };
  let offset = 0;
  for (let i = 0; i <= end; i++) offset = text.indexOf('\n', offset) + 1;
  const body = text.slice(offset);
  const value = (k: string) => (fields[k] && fields[k] !== 'None' ? fields[k]! : null);
  return { title: value('TITLE') ?? firstHeading(body), company: value('COMPANY'), fields, text: body };
}

/** The first markdown heading ("# Senior ML Engineer"), without its markup. */
function firstHeading(text: string): string | null {
  const m = /^#{1,6}[ \t]+(.{1,200})$/m.exec(text.slice(0, 20_000));
  if (!m) return null;
  const t = m[1]!.replace(/[*_`#]+/g, '').trim();
  return t || null;
}
