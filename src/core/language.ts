// Which language a posting is written in, from its commonest short words. GapLens reads
// sections ("Requirements"), years and degrees in English only; for a posting in another
// language the panel says so rather than showing an empty "Required" list as if the
// posting asked for nothing. Technical terms (Python, SQL) read the same in any language.
const WORDS: Record<string, string[]> = {
  en: ['the', 'and', 'with', 'you', 'our', 'for', 'will', 'are', 'have', 'this', 'your', 'that', 'from', 'work', 'team', 'we', 'of', 'to', 'in', 'is'],
  da: ['og', 'til', 'med', 'på', 'af', 'er', 'du', 'vi', 'har', 'det', 'som', 'en', 'at', 'for', 'hos', 'vores', 'din', 'dig', 'eller', 'ikke'],
  sv: ['och', 'till', 'med', 'på', 'av', 'är', 'du', 'vi', 'har', 'det', 'som', 'en', 'att', 'för', 'hos', 'våra', 'din', 'dig', 'eller', 'inte'],
  no: ['og', 'til', 'med', 'på', 'av', 'er', 'du', 'vi', 'har', 'det', 'som', 'en', 'å', 'for', 'hos', 'våre', 'din', 'deg', 'eller', 'ikke'],
  de: ['und', 'der', 'die', 'das', 'mit', 'für', 'von', 'zu', 'ist', 'wir', 'sie', 'du', 'ein', 'eine', 'im', 'auf', 'bei', 'unsere', 'dich', 'oder'],
  nl: ['en', 'de', 'het', 'van', 'een', 'met', 'voor', 'je', 'jij', 'wij', 'we', 'zijn', 'op', 'te', 'bij', 'onze', 'jouw', 'ons', 'of', 'niet'],
  fr: ['et', 'le', 'la', 'les', 'des', 'de', 'du', 'un', 'une', 'pour', 'avec', 'vous', 'nous', 'est', 'dans', 'sur', 'vos', 'nos', 'votre', 'au'],
  es: ['y', 'el', 'la', 'los', 'las', 'de', 'del', 'un', 'una', 'para', 'con', 'en', 'que', 'es', 'por', 'tu', 'nuestro', 'nuestra', 'se', 'al'],
  pt: ['e', 'o', 'a', 'os', 'as', 'de', 'do', 'da', 'um', 'uma', 'para', 'com', 'em', 'que', 'é', 'por', 'você', 'nosso', 'nossa', 'no'],
  it: ['e', 'il', 'la', 'le', 'di', 'del', 'della', 'un', 'una', 'per', 'con', 'in', 'che', 'è', 'sono', 'ti', 'nostro', 'nostra', 'gli', 'al'],
};

const TABLE = new Map<string, string[]>();
for (const [lang, words] of Object.entries(WORDS)) {
  for (const w of words) TABLE.set(w, [...(TABLE.get(w) ?? []), lang]);
}

/**
 * The language (ISO 639-1) whose common words make up most of the first few thousand words,
 * or undefined when the text is too short or no language stands out.
 */
export function guessLanguage(text: string): string | undefined {
  const words = text.slice(0, 20_000).toLowerCase().match(/\p{L}+/gu) ?? [];
  if (words.length < 40) return undefined;
  const score = new Map<string, number>();
  for (const w of words) for (const lang of TABLE.get(w) ?? []) score.set(lang, (score.get(lang) ?? 0) + 1);
  const ranked = [...score].sort((a, b) => b[1] - a[1]);
  const [top, second] = ranked;
  // Too few function words (a list of keywords): say nothing rather than guess.
  if (!top || top[1] < words.length * 0.08) return undefined;
  // Close relatives (Danish and Norwegian) may tie: the first of them is as good an answer,
  // since only "English or not" decides anything.
  if (second && second[1] === top[1] && (top[0] === 'en' || second[0] === 'en')) return undefined;
  return top[0];
}
