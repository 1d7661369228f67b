// The boards' country sites (issue 17 item 7): the content script runs only where the
// manifest says, so each adapter must claim exactly the country sites and the localised
// paths the manifest lists, and read a localised page as it reads the English one. The
// localised addresses are the forms real pages use, as found in public code (scrapers and
// link lists addressing those sites, 2019-2026): Glassdoor's French search lives under
// /Emploi/ (…-emplois-SRCH_…), Indeed's under /emplois (fr), /Jobs (de), /vacatures (nl),
// /ofertas (es), /offerte-lavoro (it), /empregos (br, pt), /praca (pl), /jobb (se) and /求人
// (jp). Glassdoor's own page says where each of its country sites keeps its job search
// (the hreflang alternates of the real glassdoor.co.uk page, below).
import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { adapterFor } from '../../src/sites/registry';
import { glassdoor } from '../../src/sites/glassdoor';
import { indeed } from '../../src/sites/indeed';
import { closeAll, load } from './helpers';

afterAll(closeAll);

const MANIFEST = JSON.parse(readFileSync(new URL('../../manifest.json', import.meta.url), 'utf8')) as {
  content_scripts: Array<{ matches: string[] }>;
};
const PATTERNS = MANIFEST.content_scripts[0]!.matches;

/** Whether a Chrome match pattern (https only, `*.` host wildcard, `*` path glob) covers `href`. */
function covered(pattern: string, href: string): boolean {
  const m = /^https:\/\/(\*\.)?([^/]+)(\/.*)$/.exec(pattern);
  if (!m) throw new Error(`unexpected pattern ${pattern}`);
  const url = new URL(href);
  if (url.protocol !== 'https:') return false;
  const host = m[1] ? url.hostname === m[2] || url.hostname.endsWith(`.${m[2]}`) : url.hostname === m[2];
  const path = new RegExp(`^${m[3]!.split('*').map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);
  return host && path.test(url.pathname + url.search);
}
const inManifest = (href: string) => PATTERNS.some((p) => covered(p, href));

// One real-form address per country site and path, the board it belongs to.
const LOCALISED: Array<[string, string]> = [
  ['glassdoor', 'https://www.glassdoor.fr/Emploi/paris-data-scientist-emplois-SRCH_IL.0,5_IC2881970_KO6,20.htm'],
  ['glassdoor', 'https://www.glassdoor.fr/job-listing/qa-automation-engineer-pixid-JV_IC2881970_KO0,22_KE23,28.htm?jl=1009723456789'],
  ['glassdoor', 'https://www.glassdoor.de/Job/berlin-data-science-jobs-SRCH_IL.0,6_IC2622109_KO7,19.htm'],
  ['glassdoor', 'https://www.glassdoor.de/job-listing/senior-staff-golang-engineer-JV_IC2632180.htm?jl=1010193883746'],
  ['glassdoor', 'https://www.glassdoor.com.au/Job/data-scientist-jobs-SRCH_KO0,14.htm'],
  ['glassdoor', 'https://www.glassdoor.co.uk/job-listing/finance-director-acme-JV_IC2671300_KO0,16_KE17,21.htm?jl=1009876543'],
  ['glassdoor', 'https://www.glassdoor.ca/Job/teaching-jobs-SRCH_KO0,8.htm'],
  ['glassdoor', 'https://www.glassdoor.co.in/Job/teaching-jobs-SRCH_KO0,8.htm'],
  ['indeed', 'https://fr.indeed.com/emplois?q=developpeur+web&l=Paris+%2875%29&vjk=86859d0572ed98b7'],
  ['indeed', 'https://fr.indeed.com/q-planificateur-projet-primavera-p6-emplois.html'],
  ['indeed', 'https://de.indeed.com/Jobs?q=Data+Scientist&l=Kleve'],
  ['indeed', 'https://de.indeed.com/jobs?q=Softwareentwickler&l=&from=searchOnDesktopSerp&vjk=c56ccb62238add2c'],
  ['indeed', 'https://de.indeed.com/viewjob?jk=c56ccb62238add2c'],
  ['indeed', 'https://nl.indeed.com/vacatures?q=marketing&l=amsterdam&start=0'],
  ['indeed', 'https://es.indeed.com/ofertas?q=python&l=Espa%C3%B1a'],
  ['indeed', 'https://it.indeed.com/offerte-lavoro?q=software&l=Friuli-Venezia+Giulia'],
  ['indeed', 'https://it.indeed.com/offerte-lavoro-Programmatore-SQL-Server'],
  ['indeed', 'https://br.indeed.com/empregos?q=UX&l=Brasil'],
  ['indeed', 'https://br.indeed.com/empregos-de-python?vjk=e584562a7bd71a63'],
  ['indeed', 'https://pt.indeed.com/empregos?q=&l=Carregado%2C+Lisboa'],
  ['indeed', 'https://pl.indeed.com/praca?as_and=Praca+IT&l=Polska&limit=50'],
  ['indeed', 'https://se.indeed.com/jobb?q=Konsultuppdrag+utvecklare&l='],
  ['indeed', 'https://se.indeed.com/q-ce-chauffor-l-stockholms-lan-jobb.html'],
  ['indeed', 'https://jp.indeed.com/%E6%B1%82%E4%BA%BA?q=%E3%83%90%E3%82%A4%E3%83%88&l=%E6%B2%96%E7%B8%84%E7%9C%8C'],
  ['indeed', 'https://uk.indeed.com/viewjob?jk=bf873f62104b48b5'],
  // Place landing pages (the real 2025 Georgetown, GA page is one).
  ['indeed', 'https://www.indeed.com/l-georgetown,-ga-jobs.html'],
  ['indeed', 'https://uk.indeed.com/l-manchester-jobs.html'],
  ['linkedin', 'https://de.linkedin.com/jobs/view/senior-data-scientist-at-acme-4000000001'],
  ['linkedin', 'https://fr.linkedin.com/jobs/search/?keywords=data%20scientist'],
];

describe('country sites', () => {
  for (const [board, href] of LOCALISED) {
    it(`${new URL(href).host}${new URL(href).pathname.slice(0, 28)}: run there and read by ${board}`, () => {
      expect(inManifest(href), 'the manifest injects the content script').toBe(true);
      expect(adapterFor(new URL(href))?.id).toBe(board);
    });
  }

  it('Glassdoor: the adapter claims a country site exactly when the manifest lists it', () => {
    const sites = ['com', 'co.uk', 'ca', 'de', 'fr', 'com.au', 'co.in', 'ie', 'nl', 'at', 'es', 'it', 'com.br', 'com.mx', 'sg', 'co.nz', 'com.hk', 'com.ar'];
    const listed = new Set(PATTERNS.filter((p) => p.includes('glassdoor')).map((p) => new URL(p.replace('*', 'x')).hostname));
    expect(listed.size).toBe(7);
    for (const tld of sites) {
      const host = `www.glassdoor.${tld}`;
      const href = `https://${host}/job-listing/data-scientist-acme-JV_KO0,14_KE15,19.htm?jl=1009000000003`;
      expect(glassdoor.matches(new URL(href)), host).toBe(listed.has(host));
      expect(inManifest(href), host).toBe(listed.has(host));
    }
  });

  it('a page the content script never runs on is claimed by no adapter', () => {
    for (const href of [
      'https://www.glassdoor.fr/Job/paris-jobs-SRCH_IL.0,5_IC2881970.htm',
      'https://www.glassdoor.it/Lavoro/teaching-lavori-SRCH_KO0,8.htm',
      'https://de.glassdoor.ch/Job/teaching-jobs-SRCH_KO0,8.htm',
      'https://de.indeed.com/cmp/Acme',
      'https://fr.indeed.com/salaire',
    ]) {
      expect(inManifest(href), href).toBe(false);
      expect(adapterFor(new URL(href)), href).toBeUndefined();
    }
  });
});

// No saved page from a localised site was found in public repositories; the boards serve
// one frontend to every country site, so the real saved pages are read at localised
// addresses instead: the path, not the markup, is what differs (test/fixtures/README.md).
describe('a localised address reads the board\'s real page as the English one does', () => {
  it('Glassdoor: the real India search page at glassdoor.fr/Emploi/', () => {
    const file = 'glassdoor/glassdoor_in_search_data-scientist_india.html';
    const en = load(file, 'https://www.glassdoor.co.in/Job/india-data-scientist-jobs-SRCH_IL.0,5_KO6,20.htm');
    const fr = load(file, 'https://www.glassdoor.fr/Emploi/inde-data-scientist-emplois-SRCH_IL.0,4_IN115_KO5,19.htm');
    const a = glassdoor.detail(en.doc, en.url)!;
    const b = glassdoor.detail(fr.doc, fr.url)!;
    expect(b.listing.jobId).toBe('1009722062558');
    expect(b.listing.title).toBe(a.listing.title);
    expect(b.listing.text).toBe(a.listing.text);
    expect(glassdoor.cards(fr.doc, fr.url)).toHaveLength(30);
  });

  it('Indeed: the real Portland search page at fr/emplois, de/Jobs, pl/praca, se/jobb and jp/求人', () => {
    const file = 'indeed/indeed_search_data-analyst_portland.html';
    const en = load(file, 'https://www.indeed.com/jobs?q=Data+Analyst&l=Portland,+OR');
    const a = indeed.detail(en.doc, en.url)!;
    for (const href of [
      'https://fr.indeed.com/emplois?q=Data+Analyst&l=Portland,+OR',
      'https://de.indeed.com/Jobs?q=Data+Analyst&l=Portland,+OR',
      'https://pl.indeed.com/praca?q=Data+Analyst&l=Portland,+OR',
      'https://se.indeed.com/jobb?q=Data+Analyst&l=Portland,+OR',
      // The address bar shows /求人; the URL the page and the manifest see is percent-encoded.
      'https://jp.indeed.com/求人?q=Data+Analyst&l=Portland,+OR',
    ]) {
      const p = load(file, href);
      const b = indeed.detail(p.doc, p.url)!;
      expect(b.listing.jobId, href).toBe('29dd4196cccd7eaf');
      expect(b.listing.text, href).toBe(a.listing.text);
      expect(indeed.cards(p.doc, p.url), href).toHaveLength(16);
    }
  });
});

// Glassdoor's real glassdoor.co.uk job-search page (2025) names the same page on every
// country site in its hreflang alternates: the one first-hand list of the paths those sites
// really use (/Job/ on the English and German sites, /Emploi/ in French, /Empleo/, /Lavoro/,
// /Vacature/, /Vaga/ elsewhere).
describe("Glassdoor's country sites, as its own page lists them", () => {
  const UK = 'glassdoor/glassdoor_uk_job-index_recommended.html';
  const listed = new Set(PATTERNS.filter((p) => p.includes('glassdoor')).map((p) => new URL(p.replace('*', 'x')).hostname));
  const alternates = () => {
    const { doc } = load(UK, 'https://www.glassdoor.co.uk/Job/index.htm');
    return Array.from(doc.querySelectorAll('link[rel="alternate"][hreflang]'))
      .map((l) => new URL(l.getAttribute('href')!))
      .filter((u) => u.hostname.includes('glassdoor'));
  };

  it('gives a job-search address for every country site the manifest lists, and GapLens runs there', () => {
    const alts = alternates();
    expect(alts.length).toBeGreaterThanOrEqual(23);
    for (const host of listed) {
      const alt = alts.find((u) => u.hostname === host);
      expect(alt, host).toBeDefined();
      expect(inManifest(alt!.href), alt!.href).toBe(true);
      expect(adapterFor(alt!)?.id, alt!.href).toBe('glassdoor');
      // A search on that site lives under the same localised path.
      const search = new URL(alt!.pathname.replace(/index\.htm$/, 'data-scientist-jobs-SRCH_KO0,14.htm'), alt!.origin);
      expect(inManifest(search.href), search.href).toBe(true);
      expect(glassdoor.matches(search), search.href).toBe(true);
    }
  });

  it('names the others, where GapLens does not run and no adapter claims a page', () => {
    const others = alternates().filter((u) => !listed.has(u.hostname));
    expect(others.map((u) => u.hostname)).toEqual(expect.arrayContaining(['www.glassdoor.it', 'www.glassdoor.es', 'www.glassdoor.nl', 'www.glassdoor.com.br', 'fr.glassdoor.ca']));
    for (const u of others) {
      expect(inManifest(u.href), u.href).toBe(false);
      expect(adapterFor(u), u.href).toBeUndefined();
    }
  });
});
