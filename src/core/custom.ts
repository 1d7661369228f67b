// The user's own skills, outside the taxonomy (issue 19 item 4): "GraphPad Prism" added on
// the profile page is looked for in every posting by its name from then on. The same
// reading engine is built over just those skills (a small automaton, cached per set), so
// a custom skill is found with the same sections, cues and negations as any other; its
// hits are added to what the taxonomy's engine read. Pure; used by the worker and the CLI.
import { createEngine, type Engine } from './engine';
import type { CustomSkill, Requirements } from './schema';

/** "GraphPad Prism" → "x-graphpad-prism"; null when the name has no letter or digit to keep. */
export function customId(name: string): string | null {
  const slug = name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
    .replace(/\+/g, ' plus ').replace(/#/g, ' sharp ')
    .replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60).replace(/-+$/, '');
  return slug ? `x-${slug}` : null;
}

let cached: { key: string; engine: Engine } | null = null;

function engineFor(custom: readonly CustomSkill[]): Engine {
  const key = custom.map((c) => `${c.id}\u0000${c.name}`).join('\u0001');
  if (cached?.key !== key) {
    cached = {
      key,
      engine: createEngine({
        version: 1,
        skills: custom.map((c) => ({ id: c.id, name: c.name, category: 'tool', aliases: [], implies: [] })),
      }),
    };
  }
  return cached.engine;
}

/**
 * `req` (read by the taxonomy's engine) with the user's custom skills this text names.
 * A custom skill the reading already has (same id) is not added twice.
 */
export function withCustom(req: Requirements, text: string, opts: { title?: string | null; company?: string | null }, custom: readonly CustomSkill[] | undefined): Requirements {
  if (!custom || custom.length === 0) return req;
  const found = engineFor(custom).extract(text, opts).skills.filter((s) => !req.skills.some((r) => r.id === s.id));
  if (found.length === 0) return req;
  // Groups are numbered per reading: keep the custom reading's apart from the taxonomy's.
  return { ...req, skills: [...req.skills, ...found.map((s) => (s.group === null ? s : { ...s, group: `custom-${s.group}` }))] };
}
