// Score the CV reader against the hand-labelled real CVs (test/fixtures/cvs), split by source
// into a tune set and a held-out set (split.json; see scripts/cv-corpus.ts).
//
//   npm run eval:cv                      totals for tune and held-out; per-CV table and every miss
//                                        for tune only
//   npm run eval:cv -- --quiet           totals only
//   npm run eval:cv -- --heldout-misses  also list held-out misses (for a final report only:
//                                        tuning on them makes the held-out row a lie)
//   npm run eval:cv -- --json            both totals rows as JSON, nothing else
//   npm run eval:cv -- --tune-only       read the tune set only (while tuning: the held-out CVs
//                                        are not read at all, so nothing about them is seen)
//
// Each CV is read as the CLI reads a file (`gaplens profile`), with "now" at the labels' asOf.
// Measures: background right; degree level right; field right; years within ±1; title right;
// skill precision and recall by taxonomy id; level right among found skills labelled with one.
// Exits non-zero only when something is broken (unreadable CV, invalid labels, a source in no
// set), never because a figure is low.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createEngine, type Engine } from '../src/core/engine';
import { readCvPath } from '../src/cli/profile';
import type { CvReading } from '../src/core/cv';
import {
  asOfMs, backgroundRight, cvFiles, cvLabelProblems, cvSetOf, cvSourceOf, fieldRight, readCvLabels, readCvSplit, titleRight,
  type CvLabels, type CvSetName,
} from './cv-corpus';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dir = join(root, 'test', 'fixtures', 'cvs');

interface Row {
  id: string;
  background: boolean;
  degree: boolean;
  field: boolean;
  years: boolean;
  title: boolean;
  preds: number;
  predOk: number;
  labels: number;
  labelOk: number;
  levelled: number;
  levelOk: number;
  text: { background: string; degree: string; years: string; title: string };
}

interface Scored { rows: Row[]; misses: string[]; falseHits: string[]; wrongLevel: string[]; other: string[] }

async function readOne(engine: Engine, id: string, labels: CvLabels): Promise<CvReading> {
  const read = await readCvPath(join(dir, labels.file), engine, asOfMs(labels.asOf));
  if (!read.ok) throw new Error(`${labels.file}: ${read.reason}`);
  return read.reading;
}

async function score(engine: Engine, ids: string[], taxonomyIds: ReadonlySet<string>): Promise<Scored> {
  const out: Scored = { rows: [], misses: [], falseHits: [], wrongLevel: [], other: [] };
  for (const id of ids) {
    const labels = readCvLabels(dir, id);
    const problems = cvLabelProblems(dir, id, labels, taxonomyIds);
    if (problems.length > 0) throw new Error(`${id}.labels.json: ${problems.join('; ')}`);
    const r = await readOne(engine, id, labels);
    const level = r.education?.value.level ?? 'none';
    const field = r.education?.value.field ?? '';
    const title = r.title?.value ?? null;
    const quote = (from: string[] | undefined) => (from && from[0] ? `  ← "${from[0].slice(0, 90)}"` : '');
    const row: Row = {
      id,
      background: backgroundRight(r.background.value, labels.background),
      degree: level === labels.degree.level,
      field: fieldRight(field, labels.degree.fields),
      years: Math.abs(r.years.value - labels.years) <= 1,
      title: titleRight(title, labels.titles),
      preds: r.skills.length,
      predOk: r.skills.filter((s) => labels.skills.some((l) => l.id === s.id)).length,
      labels: labels.skills.length,
      labelOk: 0,
      levelled: 0,
      levelOk: 0,
      text: {
        background: `${r.background.value}/${[labels.background].flat().join('|')}`,
        degree: `${level}${field ? ` in ${field}` : ''} / ${labels.degree.level} in ${labels.degree.fields.map((f) => f || '-').join('|')}`,
        years: `${r.years.value}/${labels.years}`,
        title: `${title ?? '-'} / ${labels.titles.join('|') || '-'}`,
      },
    };
    for (const l of labels.skills) {
      const found = r.skills.find((s) => s.id === l.id);
      if (!found) {
        out.misses.push(`${id}  ${l.id}${l.level ? ` [${l.level}]` : ''}`);
        continue;
      }
      row.labelOk++;
      if (l.level) {
        row.levelled++;
        if (found.level === l.level) row.levelOk++;
        else out.wrongLevel.push(`${id}  ${l.id}: read ${found.level} (${found.reason}), labelled ${l.level}${quote(found.from)}`);
      }
    }
    for (const s of r.skills) {
      if (!labels.skills.some((l) => l.id === s.id)) out.falseHits.push(`${id}  ${s.id} [${s.level}, ${s.reason}]${quote(s.from)}`);
    }
    if (!row.background) out.other.push(`${id}  background: read ${r.background.value}, labelled ${[labels.background].flat().join(' or ')}${quote(r.background.from)}`);
    if (!row.degree || !row.field) out.other.push(`${id}  degree: read ${row.text.degree}${quote(r.education?.from)}`);
    if (!row.years) out.other.push(`${id}  years: read ${r.years.value}, labelled ${labels.years}; jobs: ${r.jobs.map((j) => `${j.start}–${j.end}${j.doctoral ? ' (doctoral)' : ''} ${(j.title ?? j.header).slice(0, 40)}`).join('; ') || 'none'}`);
    if (!row.title) out.other.push(`${id}  title: read ${row.text.title}${quote(r.title?.from)}`);
    out.rows.push(row);
  }
  return out;
}

interface Totals {
  cvs: number;
  sources: number;
  labels: number;
  predictions: number;
  /** null when the set is empty: no figure rather than a made-up one. */
  background: number | null;
  degree: number | null;
  field: number | null;
  years: number | null;
  title: number | null;
  precision: number | null;
  recall: number | null;
  level: number | null;
}
const MEASURES = ['background', 'degree', 'field', 'years', 'title', 'precision', 'recall', 'level'] as const;

function totals(rows: Row[]): Totals {
  const sum = (f: (r: Row) => number) => rows.reduce((a, r) => a + f(r), 0);
  const ratio = (a: number, b: number) => (b === 0 ? null : a / b);
  const share = (f: (r: Row) => boolean) => ratio(rows.filter(f).length, rows.length);
  return {
    cvs: rows.length,
    sources: new Set(rows.map((r) => cvSourceOf(r.id))).size,
    labels: sum((r) => r.labels),
    predictions: sum((r) => r.preds),
    background: share((r) => r.background),
    degree: share((r) => r.degree),
    field: share((r) => r.field),
    years: share((r) => r.years),
    title: share((r) => r.title),
    precision: ratio(sum((r) => r.predOk), sum((r) => r.preds)),
    recall: ratio(sum((r) => r.labelOk), sum((r) => r.labels)),
    level: ratio(sum((r) => r.levelOk), sum((r) => r.levelled)),
  };
}

const pct = (a: number, b: number) => (b === 0 ? '  -  ' : (a / b).toFixed(2).padStart(5));
const mark = (ok: boolean) => (ok ? ' ' : '✗');

function printDetail(name: string, s: Scored): void {
  console.log(`\n${name}: per CV (read/labelled; ✗ wrong)`);
  console.log(`${'cv'.padEnd(32)} prec  rec   level  years      background`);
  for (const r of s.rows) {
    console.log(`${r.id.slice(0, 32).padEnd(32)} ${pct(r.predOk, r.preds)} ${pct(r.labelOk, r.labels)} ${pct(r.levelOk, r.levelled)}  ${mark(r.years)}${r.text.years.padEnd(9)} ${mark(r.background)}${r.text.background}`);
    console.log(`${''.padEnd(32)} ${mark(r.degree && r.field)}degree ${r.text.degree}`);
    console.log(`${''.padEnd(32)} ${mark(r.title)}title  ${r.text.title}`);
  }
}

function printLists(name: string, s: Scored): void {
  const list = (title: string, items: string[]) => {
    console.log(`\n${name}: ${title} (${items.length})`);
    for (const i of items) console.log(`  ${i}`);
  };
  list('skills missed (labelled, not found)', s.misses);
  list('false skills (found, not labelled)', s.falseHits);
  list('wrong level', s.wrongLevel);
  list('background / degree / years / title', s.other);
}

function printTotals(rows: [string, Totals][]): void {
  const fig = (v: number | null) => (v === null ? '  -  ' : v.toFixed(3));
  console.log(`\n${'set'.padEnd(9)} ${'cvs'.padStart(4)} ${'sources'.padStart(7)} ${'labels'.padStart(6)} ${'found'.padStart(6)}  ${MEASURES.map((m) => m.padEnd(10)).join(' ')}`);
  for (const [name, t] of rows) {
    console.log(`${name.padEnd(9)} ${String(t.cvs).padStart(4)} ${String(t.sources).padStart(7)} ${String(t.labels).padStart(6)} ${String(t.predictions).padStart(6)}  ${MEASURES.map((m) => fig(t[m]).padEnd(10)).join(' ')}`);
  }
  console.log('(background, degree level, field, years within ±1 and title: share of CVs; precision and recall: skills by taxonomy id; level: among found skills labelled with one. The held-out row is the one that counts.)');
}

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const known = ['--quiet', '--heldout-misses', '--json', '--tune-only'];
  const unknown = args.filter((a) => !known.includes(a));
  if (unknown.length > 0) {
    console.error(`eval:cv: unknown option ${unknown.join(' ')} (known: ${known.join(' ')})`);
    return 1;
  }
  const split = readCvSplit(dir);
  const { labels } = cvFiles(dir);
  if (labels.length === 0) {
    console.error(`eval:cv: no labelled CVs in ${dir}`);
    return 1;
  }
  const bySet: Record<CvSetName, string[]> = { tune: [], heldout: [] };
  for (const id of labels) {
    const set = cvSetOf(split, id);
    if (set === null) {
      console.error(`eval:cv: ${id}: its source "${cvSourceOf(id)}" must be in exactly one set of split.json`);
      return 1;
    }
    bySet[set].push(id);
  }
  const taxonomyJson: unknown = JSON.parse(readFileSync(join(root, 'data', 'skills.json'), 'utf8'));
  const engine = createEngine(taxonomyJson);
  const taxonomyIds = new Set(engine.taxonomy.skills.map((s) => s.id));
  const tune = await score(engine, bySet.tune, taxonomyIds);
  const held = await score(engine, args.includes('--tune-only') ? [] : bySet.heldout, taxonomyIds);
  const tuneTotals = totals(tune.rows);
  const heldTotals = totals(held.rows);
  if (args.includes('--json')) {
    console.log(JSON.stringify({ tune: tuneTotals, heldout: heldTotals }, null, 2));
    return 0;
  }
  const quiet = args.includes('--quiet');
  if (!quiet) printDetail('tune', tune);
  printTotals([['tune', tuneTotals], ['held-out', heldTotals]]);
  if (!quiet) printLists('tune', tune);
  if (args.includes('--heldout-misses')) printLists('held-out', held);
  return 0;
}

main().then((code) => { process.exitCode = code; }, (err: unknown) => {
  console.error(`eval:cv: ${err instanceof Error ? err.message : String(err)}`);
  process.exitCode = 1;
});
