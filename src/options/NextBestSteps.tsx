// "Next best skill" on the market radar leads somewhere (issue 19 item 10): the curated
// steps that build that skill, ranked for this user by the same advice as the popup's
// (src/core/advise.ts): a listing asking for that one skill, the user's background,
// budget and hours. Each step with its effort at the user's pace and its sources.
import { useEffect, useId, useMemo, useState } from 'preact/hooks';
import { send } from '../background/client';
import pathsText from '../../data/paths.json?raw';
import { advise } from '../core/advise';
import { skippedSteps } from '../core/plan';
import { match } from '../core/match';
import { Paths, type Advice, type Profile } from '../core/schema';
import { paceText } from '../ui/pace';
import { sourcesOf } from '../ui/sources';
import { kindLabel } from '../ui/steps';
import { getTaxonomy, skillById, skillName } from './taxonomy';

let paths: Paths | undefined;
const getPaths = (): Paths => (paths ??= Paths.parse(JSON.parse(pathsText)));

/** Up to `limit` steps that build `skillId`, best first for this profile. */
export function stepsFor(skillId: string, profile: Profile, limit = 3, skip?: ReadonlySet<string>): Advice[] {
  const taxonomy = getTaxonomy();
  const def = skillById(skillId);
  if (!def) return [];
  const gap = match({
    skills: [{ id: def.id, name: def.name, category: def.category, section: 'required', mentions: [], group: null }],
    years: null, degree: null, seniority: null,
  }, profile, taxonomy);
  // Steps the user finished or said are not for them (their plan) are not offered here either.
  const { steps } = advise(gap, profile, getPaths(), { limit: limit * 2, taxonomyNames: skillName, taxonomy, skip });
  // Only steps that teach this skill (advice may also offer a foundation it rests on first).
  return steps.filter((s) => s.covers.some((c) => c.id === skillId)).slice(0, limit);
}

export function NextBestSteps({ skillId, profile }: { skillId: string; profile: Profile }) {
  const id = useId();
  const [skip, setSkip] = useState<ReadonlySet<string> | undefined>(undefined);
  useEffect(() => {
    send('getPlan', {}).then(
      (v) => setSkip(skippedSteps({ version: 1, steps: v.items.map(({ step, state, at, started }) => ({ step, state, at, started })) })),
      () => undefined, // without the plan, every step is offered
    );
  }, []);
  const steps = useMemo(() => stepsFor(skillId, profile, 3, skip), [skillId, profile, skip]);
  const name = skillName(skillId);
  if (steps.length === 0) {
    return <p class="muted next-steps-none">No curated step teaches {name} yet: a course or project of your own choosing is the way in.</p>;
  }
  return (
    <div class="next-steps" role="region" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>Steps that build {name}</h2>
      <ol>
        {steps.map((s) => {
          const links = sourcesOf(s.sources).filter((x) => x.kind === 'link');
          return (
            <li key={s.id}>
              <span class="next-step-title">{s.title}</span>
              <span class="next-step-meta">
                {kindLabel(s.kind)} · {paceText(s.effort, profile.constraints.hoursPerWeek)}
                {links.slice(0, 2).map((l) => l.kind === 'link' && (
                  <span key={l.href}>
                    {' · '}
                    <a href={l.href} target="_blank" rel="noopener noreferrer">{l.label}<span class="sr"> (opens in a new tab)</span></a>
                  </span>
                ))}
              </span>
            </li>
          );
        })}
      </ol>
    </div>
  );
}
