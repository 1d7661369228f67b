// `npm run eval:variants [tune|heldout] [variant]`: the labelled postings re-written the ways real
// postings differ in form only (Windows line ends, "•" bullets, bold or capitalised or plain
// headings, no blank lines, a whole posting on one line, its lines as a written-out Python list
// or joined by "|", HTML), each scored as `npm run eval` scores them. The reading should not
// care: a variant's row below the plain row is a class of formatting the reader does not survive.
// With a variant named, the tune postings whose reading it changes are listed (label: section as
// read → under the variant); the held-out set gives its rows only, never its postings.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createEngine } from '../src/core/engine';
import taxonomyJson from '../data/skills.json';
import { parsePosting } from '../src/cli/posting';
import { Labels, postingIds, predicts, readSplit, setOf } from './corpus';
const dir = join(dirname(fileURLToPath(import.meta.url)), '..', 'test', 'fixtures', 'postings');
const engine = createEngine(taxonomyJson);
const T: Record<string, (t: string) => string> = {
  none: (t) => t,
  crlf: (t) => t.replace(/\n/g, '\r\n'),
  dots: (t) => t.replace(/^(\s*)[-*+](\s+)/gm, '$1•$2'),
  nodouble: (t) => t.replace(/\n\s*\n/g, '\n'),
  double: (t) => t.replace(/\n/g, '\n\n'),
  boldhead: (t) => t.replace(/^#{1,6}\s+(.+?)\s*$/gm, '**$1**'),
  uphead: (t) => t.replace(/^#{1,6}\s+(.+?)\s*$/gm, (_, h: string) => h.toUpperCase()),
  plainhead: (t) => t.replace(/^#{1,6}\s+(.+?)\s*$/gm, '$1').replace(/^\*\*([^*\n]{1,80})\*\*:?\s*$/gm, '$1'),
  colonhead: (t) => t.replace(/^#{1,6}\s+(.+?)\s*$/gm, '$1:').replace(/^\*\*([^*\n]{1,80}?):?\*\*:?\s*$/gm, '$1:'),
  flat: (t) => t.replace(/\s*\n\s*/g, ' '),
  indent: (t) => t.replace(/^[ \t]*([-*•])[ \t]+/gm, '    $1 '),
  // As datasets keep a text's lines: a Python list written out by repr(), or the lines joined by "|".
  pylist: (t) => `[${t.split('\n').map((l) => (l.includes("'") && !l.includes('"') ? `"${l}"` : `'${l.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`)).join(', ')}]`,
  pipes: (t) => t.split('\n').join('|'),
  html: (t) => '<div>' + t.split('\n').map((l) => { const m = /^\s*[-*•]\s+(.*)$/.exec(l); if (m) return `<li>${m[1]}</li>`; const h = /^#{1,6}\s+(.*)$/.exec(l); if (h) return `<h3>${h[1]}</h3>`; return l.trim() ? `<p>${l}</p>` : ''; }).join('\n') + '</div>',
};
const split = readSplit(dir);
const which = process.argv[2] ?? 'tune';
const ids = postingIds(dir).labels.filter((id) => setOf(split, id) === which);
const only = process.argv[3];
const base = new Map<string, string>();
for (const [name, f] of Object.entries(T)) {
  if (only && name !== only && name !== 'none') continue;
  let preds = 0, pOk = 0, labels = 0, lOk = 0, sOk = 0, yOk = 0, dOk = 0;
  for (const id of ids) {
    const lab = Labels.parse(JSON.parse(readFileSync(join(dir, `${id}.labels.json`), 'utf8')));
    const { title, company, text } = parsePosting(readFileSync(join(dir, `${id}.txt`), 'utf8'));
    const r = engine.extract(f(text), { title, company });
    preds += r.skills.length; pOk += r.skills.filter((p) => lab.skills.some((l) => predicts(p, l))).length;
    labels += lab.skills.length;
    const sig: string[] = [];
    for (const l of lab.skills) { const p = r.skills.find((q) => predicts(q, l)); if (p) { lOk++; if (p.section === l.section) sOk++; sig.push(`${l.name}:${p.section}`); } else sig.push(`${l.name}:-`); }
    if ((r.years?.min ?? null) === (lab.years?.min ?? null)) yOk++;
    if ((r.degree?.level ?? null) === (lab.degree?.level ?? null)) dOk++;
    sig.push(`y${r.years?.min ?? '-'} d${r.degree?.level ?? '-'}`);
    const s = sig.join(' | ');
    if (name === 'none') base.set(id, s);
    else if (only && which === 'tune' && base.get(id) !== s) {
      const a = base.get(id)!.split(' | '), b = s.split(' | ');
      console.log(id, a.map((x, i) => (x !== b[i] ? `${x} -> ${b[i]}` : '')).filter(Boolean).join('; '));
    }
  }
  console.log(name.padEnd(10), 'P', (pOk / preds).toFixed(4), 'R', (lOk / labels).toFixed(4), 'sec', (sOk / lOk).toFixed(4), 'y', (yOk / ids.length).toFixed(4), 'd', (dOk / ids.length).toFixed(4));
}
