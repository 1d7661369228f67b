// Score the extractor against the hand-labelled dev postings (test/fixtures/postings).
//
//   npm run eval              table per posting, totals, then every miss and false hit
//   npm run eval -- --quiet   totals only
//
// A prediction matches a label when one of its mentions equals one of the label's forms
// (ignoring case) or its display name equals the label's name. Exits non-zero only when
// something is broken (unreadable fixture, invalid labels), never because a target is missed.
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { createEngine } from '../src/core/engine';
import type { Requirements, SkillHit } from '../src/core/schema';
import { parsePosting } from '../src/cli/posting';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dir = join(root, 'test', 'fixtures', 'postings');

const Section = z.enum(['required', 'preferred', 'other']);
const DegreeLevel = z.enum(['bachelor', 'master', 'phd']);
const Labels = z.object({
  id: z.string(),
  skills: z.array(z.object({ name: z.string(), forms: z.array(z.string()), section: Section })),
  years: z.object({ min: z.number() }).nullable(),
  degree: z.object({ level: DegreeLevel }).nullable(),
  notes: z.string().optional(),
});
type Labels = z.infer<typeof Labels>;
type Label = Labels['skills'][number];

const TARGETS = { precision: 0.95, recall: 0.9, section: 0.9, years: 0.95, degree: 0.95 };

const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();
function matches(p: SkillHit, l: Label): boolean {
  return same(p.name, l.name) || p.mentions.some((m) => l.forms.some((f) => same(m, f)));
}

function snippet(text: string, needles: string[]): string {
  const lower = text.toLowerCase();
  for (const n of needles) {
    const at = lower.indexOf(n.toLowerCase());
    if (at >= 0) {
      const s = Math.max(0, at - 45);
      const e = Math.min(text.length, at + n.length + 45);
      return `…${text.slice(s, e).replace(/\s+/g, ' ')}…`;
    }
  }
  return '(not in text)';
}

interface Row {
  id: string;
  preds: number;
  predOk: number;
  labels: number;
  labelOk: number;
  pairs: number;
  sectionOk: number;
  yearsOk: boolean;
  degreeOk: boolean;
  yearsText: string;
  degreeText: string;
  ms: number;
}

function main(): number {
  const quiet = process.argv.includes('--quiet');
  const engine = createEngine(JSON.parse(readFileSync(join(root, 'data', 'skills.json'), 'utf8')));
  const ids = readdirSync(dir).filter((f) => f.endsWith('.labels.json')).map((f) => f.slice(0, -'.labels.json'.length)).sort();
  if (ids.length === 0) {
    console.error(`eval: no labelled postings in ${dir}`);
    return 1;
  }
  const rows: Row[] = [];
  const misses: string[] = [];
  const falseHits: string[] = [];
  const wrongSection: string[] = [];
  const other: string[] = [];
  for (const id of ids) {
    const labels = Labels.parse(JSON.parse(readFileSync(join(dir, `${id}.labels.json`), 'utf8')));
    const { title, company, text } = parsePosting(readFileSync(join(dir, `${id}.txt`), 'utf8'));
    const t0 = performance.now();
    const req: Requirements = engine.extract(text, { title, company });
    const ms = performance.now() - t0;
    const preds = req.skills;
    const predOk = preds.filter((p) => labels.skills.some((l) => matches(p, l)));
    let labelOk = 0;
    let sectionOk = 0;
    for (const l of labels.skills) {
      const byName = preds.find((p) => same(p.name, l.name));
      const pair = byName ?? preds.find((p) => matches(p, l));
      if (!pair) {
        misses.push(`${id}  ${l.name} [${l.section}]  ${snippet(text, l.forms)}`);
        continue;
      }
      labelOk++;
      if (pair.section === l.section) sectionOk++;
      else wrongSection.push(`${id}  ${l.name}: predicted ${pair.section}, labelled ${l.section}  ${snippet(text, pair.mentions)}`);
    }
    for (const p of preds) {
      if (!predOk.includes(p)) falseHits.push(`${id}  ${p.name} (${p.id}) [${p.section}] as ${p.mentions.map((m) => JSON.stringify(m)).join(', ')}  ${snippet(text, p.mentions)}`);
    }
    const yearsOk = (req.years?.min ?? null) === (labels.years?.min ?? null);
    const degreeOk = (req.degree?.level ?? null) === (labels.degree?.level ?? null);
    if (!yearsOk) other.push(`${id}  years: predicted ${req.years?.min ?? 'null'}, labelled ${labels.years?.min ?? 'null'}`);
    if (!degreeOk) other.push(`${id}  degree: predicted ${req.degree?.level ?? 'null'}, labelled ${labels.degree?.level ?? 'null'}`);
    rows.push({
      id, preds: preds.length, predOk: predOk.length, labels: labels.skills.length, labelOk, pairs: labelOk, sectionOk,
      yearsOk, degreeOk, ms,
      yearsText: `${req.years?.min ?? '-'}/${labels.years?.min ?? '-'}`,
      degreeText: `${req.degree?.level ?? '-'}/${labels.degree?.level ?? '-'}`,
    });
  }

  const pct = (a: number, b: number) => (b === 0 ? '  -  ' : (a / b).toFixed(2).padStart(5));
  if (!quiet) {
    console.log(`${'posting'.padEnd(58)} prec  rec   sect  years(p/l) degree(p/l)`);
    for (const r of rows) {
      console.log(`${r.id.slice(0, 58).padEnd(58)} ${pct(r.predOk, r.preds)} ${pct(r.labelOk, r.labels)} ${pct(r.sectionOk, r.pairs)} ${(r.yearsOk ? ' ' : '✗') + r.yearsText.padEnd(9)} ${(r.degreeOk ? ' ' : '✗') + r.degreeText}`);
    }
  }
  const sum = (f: (r: Row) => number) => rows.reduce((a, r) => a + f(r), 0);
  const totals = {
    precision: sum((r) => r.predOk) / Math.max(1, sum((r) => r.preds)),
    recall: sum((r) => r.labelOk) / Math.max(1, sum((r) => r.labels)),
    section: sum((r) => r.sectionOk) / Math.max(1, sum((r) => r.pairs)),
    years: rows.filter((r) => r.yearsOk).length / rows.length,
    degree: rows.filter((r) => r.degreeOk).length / rows.length,
  };
  const times = rows.map((r) => r.ms).sort((a, b) => a - b);
  console.log('');
  console.log(`postings ${rows.length}, predictions ${sum((r) => r.preds)}, labels ${sum((r) => r.labels)}, median extract ${times[Math.floor(times.length / 2)]!.toFixed(2)} ms`);
  for (const [k, v] of Object.entries(totals)) {
    const target = TARGETS[k as keyof typeof TARGETS];
    console.log(`${k.padEnd(10)} ${v.toFixed(3)}  (target ${target.toFixed(2)}) ${v >= target ? 'ok' : 'below'}`);
  }
  if (!quiet) {
    const list = (name: string, items: string[]) => {
      console.log(`\n${name} (${items.length})`);
      for (const i of items) console.log(`  ${i}`);
    };
    list('Misses (labelled, not found)', misses);
    list('False hits (found, not labelled)', falseHits);
    list('Wrong section', wrongSection);
    list('Years / degree', other);
  }
  return 0;
}

try {
  process.exitCode = main();
} catch (err) {
  console.error(`eval: ${err instanceof Error ? err.message : String(err)}`);
  process.exitCode = 1;
}
