// `gaplens analyze --url` (saved board pages through the site adapters) and `--profile`
// (gap and next steps), run in-process through main().
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { main } from '../../src/cli/gaplens';
import { personas } from '../../src/core/personas';

const FIX = new URL('../fixtures/', import.meta.url).pathname;
const OPENAI_URL = 'https://www.linkedin.com/jobs/view/machine-learning-engineer-applied-ai-at-openai-3915648739';
const OPENAI = `${FIX}linkedin/linkedin_guest_jobview_openai_ml_engineer_applied_ai_3915648739.html`;
const dir = mkdtempSync(join(tmpdir(), 'gaplens-cli-'));

function run(...argv: string[]) {
  let out = '';
  let err = '';
  const code = main(argv, { stdout: (s) => { out += s; }, stderr: (s) => { err += s; }, readStdin: () => Buffer.from('') });
  return { code, out, err, json: () => out.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>) };
}

const Line = z.object({
  file: z.string(),
  title: z.string().nullable(),
  company: z.string().nullable(),
  skills: z.array(z.object({ id: z.string(), name: z.string(), section: z.enum(['required', 'preferred', 'other']), mentions: z.array(z.string()) })),
  gap: z.object({
    score: z.number().min(0).max(1),
    required: z.object({ have: z.array(z.object({ id: z.string() })), missing: z.array(z.object({ id: z.string() })) }),
    preferred: z.object({ have: z.array(z.unknown()), missing: z.array(z.unknown()) }),
    groups: z.array(z.unknown()),
    years: z.unknown(),
    degree: z.unknown(),
  }),
  steps: z.array(z.object({
    id: z.string(), title: z.string(), kind: z.string(), why: z.string(), sources: z.array(z.string()).min(1),
    effort: z.object({ weeks: z.number(), hoursPerWeek: z.number() }), cost: z.string(),
  })).max(5),
});

describe('gaplens analyze --url', () => {
  it('reads a saved LinkedIn page with the LinkedIn adapter', () => {
    const r = run('analyze', '--json', '--url', OPENAI_URL, OPENAI);
    expect(r.code).toBe(0);
    const [line] = r.json();
    expect(line).toMatchObject({ title: 'Machine Learning Engineer, Applied AI', company: 'OpenAI' });
    const required = (line!.skills as Array<{ name: string; section: string }>).filter((s) => s.section === 'required').map((s) => s.name);
    expect(required).toEqual(expect.arrayContaining(['PyTorch', 'TensorFlow', 'Deep learning']));
  });

  it('reads a company careers page with no adapter and no JSON-LD (Vercel) with the generic reader', () => {
    const r = run('analyze', '--url', 'https://vercel.com/careers/data-scientist-us-4554464004', `${FIX}generic/vercel_careers_data_scientist_us_4554464004.html`);
    expect(r.code).toBe(0);
    expect(r.out).toContain(': Data Scientist\n  read by:   the generic reader\n');
    expect(r.out).toMatch(/required: .*SQL/);
    const json = run('analyze', '--json', '--url', 'https://vercel.com/careers/data-scientist-us-4554464004', `${FIX}generic/vercel_careers_data_scientist_us_4554464004.html`).json()[0]!;
    expect(json.read).toEqual({ via: 'generic', lang: 'en' });
  });

  it('says in which language a posting is when it is not English (LinkedIn, Portuguese)', () => {
    const r = run('analyze', '--url', 'https://www.linkedin.com/jobs/search/?currentJobId=3841446115', `${FIX}linkedin/linkedin_loggedin_jobdetails_delphi_analyst.html`);
    expect(r.code).toBe(0);
    expect(r.out).toContain('read by:   the board adapter (written in pt: sections and years are read in English only)');
  });

  it('reads an Ashby posting as Ashby serves it (before its app renders) from its JSON-LD', () => {
    const json = run('analyze', '--json', '--url', 'https://jobs.ashbyhq.com/tambo-ai/39fcac07-6f9f-4e49-a989-26ca75aa5d5a', `${FIX}ashby/ashby_tambo_ai-engineer-agents-lead_serverhtml.html`).json()[0]!;
    expect(json).toMatchObject({ title: 'AI Engineer (Agents Lead)', company: 'Tambo', read: { via: 'json-ld', lang: 'en' } });
    const sections = Object.fromEntries((json.skills as Array<{ id: string; section: string }>).map((s) => [s.id, s.section]));
    expect(sections).toMatchObject({ llms: 'required', typescript: 'preferred' });
  });

  it('finds no listing on a company careers index (not a posting)', () => {
    const r = run('analyze', '--url', 'https://vercel.com/careers', `${FIX}generic/vercel_careers_listing.html`);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/listing not found/);
  });

  it('says "listing not found" for a page with no listing, and still reads the other files', () => {
    const empty = join(dir, 'empty.html');
    writeFileSync(empty, '<html><body><nav>Jobs</nav></body></html>');
    const r = run('analyze', '--json', '--url', OPENAI_URL, empty, OPENAI);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/empty\.html: listing not found/);
    expect(r.json()).toHaveLength(1);
  });
});

describe('gaplens analyze on a whole saved page without --url', () => {
  const skillsOf = (line: Record<string, unknown>) => (line.skills as Array<{ id: string; section: string }>).map((s) => `${s.id}:${s.section}`);

  it('reads it at the address it gives itself (its canonical link), as with --url', () => {
    const given = run('analyze', '--json', '--url', OPENAI_URL, OPENAI).json()[0]!;
    const r = run('analyze', '--json', OPENAI);
    expect(r.code).toBe(0);
    const own = r.json()[0]!;
    expect(own).toMatchObject({ title: given.title, company: given.company, read: { via: 'adapter', address: { url: OPENAI_URL, from: 'canonical' } } });
    expect(skillsOf(own)).toEqual(skillsOf(given));
    expect(run('analyze', OPENAI).out).toContain(`  page:      ${OPENAI_URL} (its canonical link)\n`);
  });

  it('takes a browser\'s "saved from" note first, else an og:url, and reads with that board\'s adapter', () => {
    const SCALE = `${FIX}greenhouse/greenhouse_jobboards_scaleai_4315289005.html`;
    const SCALE_URL = 'https://job-boards.greenhouse.io/scaleai/jobs/4315289005';
    const html = readFileSync(SCALE, 'utf8');
    const saved = join(dir, 'saved-from.html');
    writeFileSync(saved, `<!-- saved from url=(0055)${SCALE_URL} -->\n${html.replace('<head>', '<head><link rel="canonical" href="https://example.org/elsewhere">')}`);
    const og = join(dir, 'og.html');
    writeFileSync(og, html.replace('<head>', `<head><meta property="og:url" content="${SCALE_URL}">`));
    const given = run('analyze', '--json', '--url', SCALE_URL, SCALE).json()[0]!;
    const [a, b] = run('analyze', '--json', saved, og).json();
    expect(a!.read).toMatchObject({ via: 'adapter', address: { url: SCALE_URL, from: 'saved-from' } });
    expect(b!.read).toMatchObject({ via: 'adapter', address: { url: SCALE_URL, from: 'og:url' } });
    expect(a).toMatchObject({ title: given.title, company: 'Scale AI' });
    expect(skillsOf(a!)).toEqual(skillsOf(given));
  });

  it('reads an http:// canonical link as https (the boards serve https only), and passes over a site\'s root for the next address', () => {
    const SCALE = `${FIX}greenhouse/greenhouse_jobboards_scaleai_4315289005.html`;
    const SCALE_URL = 'https://job-boards.greenhouse.io/scaleai/jobs/4315289005';
    const html = readFileSync(SCALE, 'utf8');
    const http = join(dir, 'http-canonical.html');
    writeFileSync(http, html.replace('<head>', `<head><link rel="canonical" href="${SCALE_URL.replace('https:', 'http:')}?gh_src=abc">`));
    const root = join(dir, 'root-og.html');
    writeFileSync(root, html.replace('<head>', `<head><link rel="canonical" href="https://job-boards.greenhouse.io/"><meta property="og:url" content="${SCALE_URL}">`));
    const [a, b] = run('analyze', '--json', http, root).json();
    expect(a!.read).toMatchObject({ via: 'adapter', address: { url: `${SCALE_URL}?gh_src=abc`, from: 'canonical' } });
    expect(b!.read).toMatchObject({ via: 'adapter', address: { url: SCALE_URL, from: 'og:url' } });
    expect(a).toMatchObject({ company: 'Scale AI' });
  });

  it('reads a page that gives no address with the generic readers, and says so', () => {
    const r = run('analyze', `${FIX}greenhouse/greenhouse_jobboards_scaleai_4315289005.html`);
    expect(r.code).toBe(0);
    expect(r.out).toContain(': Senior/Staff Machine Learning Research Scientist Generative AI\n  read by:   the generic reader\n  page:      a saved page that does not say its address (give it with --url)\n');
  });

  it('reads what a page with no listing shows, without its scripts, styles or markup, and says so', () => {
    const page = join(dir, 'no-listing.html');
    writeFileSync(page, '<!doctype html><html><head><title>Careers</title><style>.kubernetes { color: red }</style><script>var stack = "Terraform";</script></head>'
      + '<body><nav>Jobs</nav><div class="team"><span>We work with SQL</span><button aria-label="Docker">Apply</button></div><svg><title>Kafka</title></svg></body></html>');
    const r = run('analyze', '--json', page);
    expect(r.code).toBe(0);
    const [line] = r.json();
    expect(line!.read).toMatchObject({ via: 'page-text', address: { url: null, from: null } });
    expect((line!.skills as Array<{ id: string }>).map((s) => s.id)).toEqual(['sql']);
    expect(run('analyze', page).out).toContain("read by:   the whole page's text: no listing was found on it");
  });

  it('leaves a posting\'s HTML fragment (not a whole page) to the text reader', () => {
    const fragment = join(dir, 'fragment.html');
    writeFileSync(fragment, '<p><b>Requirements</b></p><ul><li>Python</li><li>PyTorch</li></ul><p>Nice to have: Docker</p>');
    const [line] = run('analyze', '--json', fragment).json();
    expect(line!.read).toBeUndefined();
    expect(skillsOf(line!)).toEqual(['python:required', 'pytorch:required', 'docker:preferred']);
  });
});

describe('gaplens analyze --profile', () => {
  const gaplensFile = join(dir, 'engineer.json');
  const engineer = personas.find((p) => p.id === 'software-engineer')!.profile;
  writeFileSync(gaplensFile, JSON.stringify({ format: 'gaplens-profile', exported: '2026-11-23T00:00:00Z', profile: engineer }));

  it('adds the gap and up to five next steps to each JSON line', () => {
    const r = run('analyze', '--json', '--profile', gaplensFile, '--url', OPENAI_URL, OPENAI);
    expect(r.code).toBe(0);
    const line = Line.parse(r.json()[0]);
    expect(line.gap.required.missing.map((m) => m.id)).toContain('deep-learning');
    expect(line.steps.length).toBeGreaterThan(0);
    expect(line.steps[0]!.why).toMatch(/missing here/);
  });

  it('accepts a JSON Resume file', () => {
    const resume = join(dir, 'resume.json');
    writeFileSync(resume, JSON.stringify({
      basics: { name: 'A. Person' },
      education: [{ studyType: 'PhD', area: 'Molecular Biology' }],
      work: [{ name: 'Lab', position: 'Postdoc', startDate: '2019-01-01', endDate: '2023-01-01' }],
      skills: [{ name: 'Programming', keywords: ['Python', 'PyTorch', 'R'] }],
    }));
    const line = Line.parse(run('analyze', '--json', '--profile', resume, '--url', OPENAI_URL, OPENAI).json()[0]);
    // PyTorch implies deep learning: it is not reported missing.
    expect(line.gap.required.have.map((h) => h.id)).toContain('deep-learning');
  });

  it('refuses an invalid profile file with exit 2, naming the field', () => {
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ format: 'gaplens-profile', exported: 'x', profile: { ...engineer, years: -4 } }));
    const r = run('analyze', '--json', '--profile', bad, OPENAI);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/--profile .*bad\.json: .*years/);
    expect(r.out).toBe('');
  });

  it("reads the profile's own skills (profile.custom) in the posting, as the extension does", () => {
    const withFoldseek = join(dir, 'custom.json');
    const posting = join(dir, 'posting.txt');
    writeFileSync(posting, 'Protein ML Engineer\n\nRequirements\n- Python and PyTorch\n- Experience with Foldseek\n');
    const custom = { ...engineer, skills: [...engineer.skills, { id: 'x-foldseek', level: 'working' as const }], custom: [{ id: 'x-foldseek', name: 'Foldseek' }] };
    writeFileSync(withFoldseek, JSON.stringify({ format: 'gaplens-profile', exported: '2026-11-23T00:00:00Z', profile: custom }));
    const line = Line.parse(run('analyze', '--json', '--profile', withFoldseek, posting).json()[0]);
    expect(line.skills.find((s) => s.id === 'x-foldseek')).toMatchObject({ name: 'Foldseek', section: 'required', mentions: ['Foldseek'] });
    expect(line.gap.required.have.map((h) => h.id)).toContain('x-foldseek');
    // Without a profile (or with one that has no custom skills) the taxonomy's reading alone.
    expect(run('analyze', '--json', posting).json()[0]!.skills).not.toContainEqual(expect.objectContaining({ id: 'x-foldseek' }));
  });

  it('lists the steps in the readable output', () => {
    const r = run('analyze', '--profile', gaplensFile, '--url', OPENAI_URL, OPENAI);
    expect(r.out).toMatch(/match: +\d+% \(\d+ of \d+ required\)/);
    expect(r.out).toMatch(/next steps:\n +1\. /);
  });
});
