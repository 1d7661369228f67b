// `npm run eval:external [--list]`: GapLens's skill reading on postings labelled by others, to
// other rules — the SkillSpan TECH test set (Zhang et al., NAACL 2022; 31 StackOverflow-Jobs
// postings of 2021, test/fixtures/external/skillspan), whose annotators marked every
// "knowledge" span (a technology, tool, method or field named) and every "skill" span. Nobody
// here labelled or tuned on it, and its postings are general software roles, not ML ones, so it
// measures two things `npm run eval` cannot:
//   recall in context — of the spans GapLens knows when it reads the span alone, the share it
//     also finds when it reads the whole posting (what ambiguity rules, sections and cues drop);
//   unsupported finds — skills read from the posting whose words lie in no labelled span (a
//     rough precision check: an annotator saw no skill or knowledge there).
// The spans GapLens reads nothing in are counted by words, the most frequent listed: vocabulary
// to consider (many are general words — "development", "design" — that are not skills here).
// With --list, each miss and unsupported find is printed with its posting.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import taxonomyJson from '../data/skills.json';
import { createEngine } from '../src/core/engine';

const file = join(dirname(fileURLToPath(import.meta.url)), '..', 'test', 'fixtures', 'external', 'skillspan', 'skillspan_tech_test_by_posting.derived.jsonl');

const Posting = z.object({
  idx: z.number().int(),
  text: z.string(),
  skill_spans: z.array(z.string()),
  knowledge_spans: z.array(z.string()),
});
const postings = readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => Posting.parse(JSON.parse(l)));
const engine = createEngine(taxonomyJson);
const list = process.argv.includes('--list');
const fold = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();

let known = 0;
let foundInContext = 0;
let finds = 0;
let unsupported = 0;
const unknownSpans = new Map<string, number>();
const misses: string[] = [];
const extras: string[] = [];
for (const p of postings) {
  const read = engine.extract(p.text);
  const ids = new Set(read.skills.map((s) => s.id));
  // Each distinct span once per posting (the set repeats a span where the text repeats it),
  // read as written: a short name's case is part of how it is told from a word ("Go", "R").
  const distinct = new Map(p.knowledge_spans.map((span) => [fold(span), span]));
  for (const [key, span] of distinct) {
    const alone = engine.extract(span).skills;
    if (alone.length === 0) {
      unknownSpans.set(key, (unknownSpans.get(key) ?? 0) + 1);
      continue;
    }
    for (const s of alone) {
      known++;
      if (ids.has(s.id)) foundInContext++;
      else misses.push(`#${p.idx} ${s.name} ("${span}")`);
    }
  }
  const spans = [...p.knowledge_spans, ...p.skill_spans].map(fold);
  for (const s of read.skills) {
    finds++;
    if (!s.mentions.some((m) => spans.some((span) => span.includes(fold(m))))) {
      unsupported++;
      extras.push(`#${p.idx} ${s.name} (${s.section}; "${s.mentions.join('", "')}")`);
    }
  }
}

const pct = (a: number, b: number) => (b ? `${((100 * a) / b).toFixed(1)} %` : '—');
console.log(`SkillSpan TECH test: ${postings.length} postings, ${postings.reduce((n, p) => n + p.knowledge_spans.length, 0)} knowledge spans`);
console.log(`recall in context: ${foundInContext} of ${known} skills GapLens reads in a span alone (${pct(foundInContext, known)})`);
console.log(`unsupported finds: ${unsupported} of ${finds} skills read in the postings lie in no labelled span (${pct(unsupported, finds)})`);
const top = [...unknownSpans].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, 25);
console.log(`spans GapLens reads nothing in: ${unknownSpans.size} distinct; most frequent: ${top.map(([s, n]) => `${s} (${n})`).join(', ')}`);
if (list) {
  console.log(`\nmissed in context:\n  ${misses.join('\n  ') || '—'}`);
  console.log(`\nunsupported:\n  ${extras.join('\n  ') || '—'}`);
}
