// Dates on a CV: the periods of jobs and studies ("03/2019 – present", "Jan 2016 - Dec 2018",
// "2014–2019", "since 2020", "2019-04-01 to 2021-09-30"), and the months a set of periods
// covers with overlaps counted once. Pure.

/** Months since year 0 (year × 12 + month − 1). */
export type Month = number;

export interface Period {
  start: Month;
  end: Month;
  /** The end was "present", "now", "current"…: it ends at the reading's "now". */
  ongoing: boolean;
  /** Where the period was written in the line, and its words. */
  at: number;
  text: string;
}

/**
 * Month names as CVs write them, in full and abbreviated: English and the common European
 * languages (German, Danish, Norwegian, Swedish, Dutch, French, Spanish, Italian, Portuguese).
 * A short form shared by several languages names the same month in each ("mar", "mai", "set").
 * The usual misspellings of the English names ("Septemeber", "Febuary") are read as the month.
 */
const MONTH_FORMS: ReadonlyArray<readonly string[]> = [
  ['january', 'jan', 'januar', 'jänner', 'janvier', 'janv', 'enero', 'ene', 'gennaio', 'gen', 'januari', 'janeiro', 'janurary', 'januray'],
  ['february', 'feb', 'febr', 'februar', 'février', 'fevrier', 'févr', 'fevr', 'fév', 'fev', 'febrero', 'febbraio', 'februari', 'fevereiro', 'febuary', 'feburary', 'febraury'],
  ['march', 'mar', 'märz', 'maerz', 'mär', 'mrz', 'marts', 'mars', 'marzo', 'maart', 'mrt', 'março', 'marco'],
  ['april', 'apr', 'avril', 'avr', 'abril', 'abr', 'aprile', 'apirl'],
  ['may', 'mai', 'maj', 'mayo', 'maggio', 'mag', 'mei', 'maio'],
  ['june', 'jun', 'juni', 'juin', 'junio', 'giugno', 'giu', 'junho'],
  ['july', 'jul', 'juli', 'juillet', 'juil', 'julio', 'luglio', 'lug', 'julho'],
  ['august', 'aug', 'août', 'aout', 'agosto', 'ago', 'augusti', 'augustus', 'agust', 'auguest'],
  ['september', 'sep', 'sept', 'septembre', 'septiembre', 'setiembre', 'settembre', 'set', 'setembro', 'septemeber', 'setpember', 'septmber', 'sepember'],
  ['october', 'oct', 'okt', 'oktober', 'octobre', 'octubre', 'ottobre', 'ott', 'outubro', 'out', 'ocotber', 'octber', 'octobor'],
  ['november', 'nov', 'novembre', 'noviembre', 'novembro', 'novemeber', 'novmber'],
  ['december', 'dec', 'dez', 'dezember', 'décembre', 'decembre', 'déc', 'diciembre', 'dic', 'dicembre', 'desember', 'des', 'dezembro', 'decemeber', 'decmber', 'decemebr'],
];
const MONTH_NUMBER = new Map(MONTH_FORMS.flatMap((forms, i) => forms.map((f) => [f, i + 1] as const)));
const MONTH_WORD = `(?:${[...MONTH_NUMBER.keys()].sort((a, b) => b.length - a.length).join('|')})`;
/**
 * "Sep ‘22", "Jul '14": a month with a two-digit year behind an apostrophe (any of ' ’ ‘ `), as
 * résumés shorten years. Up to '50 is 20xx, above it 19xx.
 */
const APOSTROPHE_YEAR = new RegExp(`(?<![\\p{L}])(${MONTH_WORD})(\\.?\\s?)['’‘\`](\\d{2})(?![\\d\\p{L}])`, 'giu');
/** The line with each month's apostrophe year written out ("Sep ‘22" → "Sep 2022"). */
export function fullYears(line: string): string {
  if (!/['’‘`]\d{2}/.test(line)) return line;
  return line.replace(APOSTROPHE_YEAR, (_, month: string, gap: string, yy: string) => `${month}${gap || ' '}${Number(yy) <= 50 ? 20 : 19}${yy}`);
}

/**
 * One date: 2019-04(-01), 2019.04 or 2019/04 (year first, as East Asian CVs write it; not an
 * academic year such as "2011/12", see dateOf), 01.07.2019 (day first), 04/2019,
 * 04.2019, "April 2019", "Apr. 2019", "Dec.2022" (no space after the dot), "1. januar 2019", "marzo de 2020", 201904 (year and month run
 * together, as some Chinese CVs write them: "201711-present"), 2019.
 */
const DATE = `(?:(\\d{4})-(\\d{2})(?:-\\d{2})?|(\\d{4})[./](0?[1-9]|1[0-2])(?!\\d)|\\d{1,2}\\.(\\d{1,2})\\.(\\d{4})|(\\d{1,2})[/.](\\d{4})|(?:\\d{1,2}(?:\\.|er|st|nd|rd|th)?\\s+)?(${MONTH_WORD})(?:\\.,?\\s*|,?\\s+)(?:de\\s+|del\\s+)?(\\d{4})|((?:19|20)\\d{2})(0[1-9]|1[0-2])(?!\\d)|(\\d{4}))`;
/** Capture groups in DATE. */
const DATE_GROUPS = 13;
/** The end of a range that is still going, in the same languages. */
const NOW_WORD = "(?:present|now|current(?:ly)?|today|ongoing|date|heute|jetzt|aktuell|derzeit|dato|dags\\s+dato|nu|i\\s?dag|nuværende|nå|nåværende|pågående|nuvarande|présent|aujourd['’]hui|maintenant|en\\s+cours|actuel(?:lement)?|presente|actualidad|actual(?:mente)?|atual(?:mente)?|hoy|hoje|oggi|attuale|in\\s+corso|heden|huidig|o\\s+momento)";
/** Between a range's two ends: dashes, tildes ("2019 ~ 2021"), arrows, and "to" in the same languages. */
const RANGE_SEP = '(?:[-–—−~～]+>?|→|(?<![A-Za-zÀ-ÿ])(?:to|until|till|til|tot|bis|à|au|a|al|hasta|fino\\s+al?|até|ate)(?![A-Za-zÀ-ÿ]))';
/** "2017.08 - Expected 2021.06": a study's planned end, written before its date. */
const PLANNED = '(?:(?:expected|anticipated|planned|est\\.?)\\s*:?\\s+)?';
/**
 * A range. The end may be a two-digit year ("2017-19", "2019–23"), taken only above 12 so that
 * "2019-04" stays April 2019.
 */
const RANGE = new RegExp(`(?<![\\w/.-])${DATE}\\s*${RANGE_SEP}\\s*${PLANNED}(?:${DATE}|(${NOW_WORD})|(\\d{2})(?![\\d./-]))(?![\\w/])`, 'gi');
/**
 * "2024- Assistant Professor": a year with a dash straight after it and nothing after the dash is
 * still going. With a space before the dash ("(12/2023 - )", "2018 – | Acme") only when nothing but
 * a closing bracket or a column mark follows, so "2019 - Intern at X" is not read as one.
 */
const OPEN = new RegExp(`(?<![\\w/.-])${DATE}(?:(?:[-–]|\\s?[~～])(?=\\s*$|\\s+(?!\\d))|\\s+[-–—](?=\\s*(?:$|[)\\]|]|\\*\\*)))`, 'gi');
/**
 * Academic years, as European CVs date study and teaching: "2011/12" or "2011/2012" (September
 * to June), and ranges of them ("2011/12 – 2013/14", "2019/20 – present"). The second year must
 * follow the first, so "2019/12" stays December 2019.
 */
const ACADEMIC_YEAR = '(\\d{4})\\s?/\\s?(\\d{2}|\\d{4})';
const ACADEMIC = new RegExp(`(?<![\\w/.-])${ACADEMIC_YEAR}(?:\\s*${RANGE_SEP}\\s*(?:${ACADEMIC_YEAR}|(${NOW_WORD})))?(?![\\w/])`, 'gi');
/** The year an academic year "YYYY/YY" starts in, or null when the two years do not follow each other. */
function academicStart(first: string, second: string): number | null {
  const y = Number(first);
  const next = second.length === 2 ? (y + 1) % 100 : y + 1;
  return Number(second) === next && y >= 1950 && y <= 2100 ? y : null;
}

/**
 * Two months of one year: "January-June 2020", "May – Aug. 2019", "8–12/2009". Read only where no
 * full range is, and the first month before the second.
 */
const MONTHS_OF_YEAR = new RegExp(`(?<![\\w/.-])(?:(${MONTH_WORD})\\.?\\s*[-–—]\\s*(${MONTH_WORD})\\.?,?\\s+(\\d{4})|(\\d{1,2})\\s*[-–]\\s*(\\d{1,2})/(\\d{4}))(?![\\w/])`, 'gi');
/** "since 2020" and its kin: seit, depuis, desde, dal, sinds, sedan, siden, fra, a partir de. */
const SINCE = new RegExp(`(?<![\\w])(?:since|seit|from|depuis|dès|desde|dal|dall['’]|da|sinds|sedan|siden|fra|(?:à|a)\\s+partir\\s+d[eu]|a\\s+partire\\s+da(?:l|ll['’])?)\\s*${DATE}(?![\\w/-])`, 'gi');

/**
 * A date given as a year alone is read as its middle (June): "2019–2021" is about two
 * years of work, where January–December would say three and January–January two but
 * would undercount "2021–2021".
 */
const YEAR_ONLY_MONTH = 6;

function dateOf(g: Array<string | undefined>): Month | null {
  const [isoY, isoM, ymY, ymM, dayM, dayY, numM, numY, wordM, wordY, compactY, compactM, yearOnly] = g;
  let year: number;
  let month: number;
  if (isoY !== undefined) { year = Number(isoY); month = Number(isoM); }
  else if (ymY !== undefined) {
    year = Number(ymY); month = Number(ymM);
    // "2011/12" is the academic year 2011–12 far more often than December 2011.
    if (month === (year + 1) % 100) return null;
  }
  else if (dayY !== undefined) { year = Number(dayY); month = Number(dayM); }
  else if (numY !== undefined) { year = Number(numY); month = Number(numM); }
  else if (wordY !== undefined) { year = Number(wordY); month = MONTH_NUMBER.get(wordM!.toLowerCase()) ?? 0; }
  else if (compactY !== undefined) { year = Number(compactY); month = Number(compactM); }
  else if (yearOnly !== undefined) { year = Number(yearOnly); month = YEAR_ONLY_MONTH; }
  else return null;
  if (month < 1 || month > 12 || year < 1950 || year > 2100) return null;
  return year * 12 + month - 1;
}

export const monthOf = (ms: number): Month => {
  const d = new Date(ms);
  return d.getUTCFullYear() * 12 + d.getUTCMonth();
};

/** Every period written in `line`, in order. A range whose end is before its start is not one. */
export function periodsIn(line: string, now: Month): Period[] {
  const out: Period[] = [];
  RANGE.lastIndex = 0;
  const G = DATE_GROUPS;
  for (let m = RANGE.exec(line); m; m = RANGE.exec(line)) {
    const start = dateOf(m.slice(1, 1 + G));
    const ongoing = m[2 * G + 1] !== undefined;
    const yy = m[2 * G + 2];
    let end = ongoing ? now : dateOf(m.slice(1 + G, 1 + 2 * G));
    if (yy !== undefined) {
      if (start === null || Number(yy) <= 12) continue;
      const startYear = Math.floor(start / 12);
      const year = startYear - (startYear % 100) + Number(yy);
      end = (year < startYear ? year + 100 : year) * 12 + YEAR_ONLY_MONTH - 1;
    }
    if (start === null || end === null || end < start) continue;
    out.push({ start, end, ongoing, at: m.index, text: m[0] });
  }
  MONTHS_OF_YEAR.lastIndex = 0;
  for (let m = MONTHS_OF_YEAR.exec(line); m; m = MONTHS_OF_YEAR.exec(line)) {
    const [, w1, w2, wy, n1, n2, ny] = m;
    const year = Number(wy ?? ny);
    const from = w1 ? MONTH_NUMBER.get(w1.toLowerCase()) ?? 0 : Number(n1);
    const to = w2 ? MONTH_NUMBER.get(w2.toLowerCase()) ?? 0 : Number(n2);
    if (from < 1 || to > 12 || from >= to || year < 1950 || year > 2100) continue;
    if (out.some((p) => m!.index < p.at + p.text.length && p.at < m!.index + m![0].length)) continue;
    out.push({ start: year * 12 + from - 1, end: year * 12 + to - 1, ongoing: false, at: m.index, text: m[0] });
  }
  ACADEMIC.lastIndex = 0;
  for (let m = ACADEMIC.exec(line); m; m = ACADEMIC.exec(line)) {
    const from = academicStart(m[1]!, m[2]!);
    if (from === null) continue;
    const to = m[3] !== undefined ? academicStart(m[3], m[4]!) : from;
    if (to === null || to < from) continue;
    if (out.some((p) => m!.index < p.at + p.text.length && p.at < m!.index + m![0].length)) continue;
    const ongoing = m[5] !== undefined;
    out.push({ start: from * 12 + 8, end: ongoing ? now : (to + 1) * 12 + 5, ongoing, at: m.index, text: m[0] });
  }
  if (out.length > 0) return out.sort((a, b) => a.at - b.at);
  OPEN.lastIndex = 0;
  for (let m = OPEN.exec(line); m; m = OPEN.exec(line)) {
    const start = dateOf(m.slice(1, 1 + G));
    if (start === null || start > now) continue;
    out.push({ start, end: now, ongoing: true, at: m.index, text: m[0] });
  }
  if (out.length > 0) return out;
  SINCE.lastIndex = 0;
  for (let m = SINCE.exec(line); m; m = SINCE.exec(line)) {
    const start = dateOf(m.slice(1, 1 + G));
    if (start === null || start > now) continue;
    out.push({ start, end: now, ongoing: true, at: m.index, text: m[0] });
  }
  return out;
}

/** Months covered by the union of periods (both end months count as worked). */
export function unionMonths(periods: ReadonlyArray<Pick<Period, 'start' | 'end'>>): number {
  const sorted = [...periods].sort((a, b) => a.start - b.start);
  let total = 0;
  let cur: [number, number] | null = null;
  for (const { start, end } of sorted) {
    if (cur && start <= cur[1] + 1) cur[1] = Math.max(cur[1], end);
    else {
      if (cur) total += cur[1] - cur[0] + 1;
      cur = [start, end];
    }
  }
  if (cur) total += cur[1] - cur[0] + 1;
  return total;
}

/** Months → years, rounded down to half a year (what a CV's dates can honestly claim). */
export const yearsOf = (months: number): number => Math.floor((months / 12) * 2) / 2;

export const monthText = (m: Month): string => `${Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}`;

const ONE_DATE = new RegExp(`(?<![\\w/.-])${DATE}(?![\\w/])`, 'gi');
/** Every single date written in `line` ("July 2020", "2016", "04/2019"), up to `now`; a range gives both ends. */
export function datesIn(line: string, now: Month): Month[] {
  const out: Month[] = [];
  ONE_DATE.lastIndex = 0;
  for (let m = ONE_DATE.exec(line); m; m = ONE_DATE.exec(line)) {
    const d = dateOf(m.slice(1, 1 + DATE_GROUPS));
    if (d !== null && d <= now) out.push(d);
  }
  return out;
}
