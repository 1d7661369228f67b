// Misspelt words that the reader's patterns look for ("experince", "Qualfications"): a word
// counts as the one meant when a letter or two is changed, added or dropped.

/** Levenshtein distance between two short words. */
export function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[b.length]!;
}

/**
 * `word` (lower case) written as the first of `words` it misspells, or null: the same first
 * letter, and one edit (two for words of ten letters or more). Real words near one of `words`
 * ("experiment", "desires") are the caller's to keep out, by the words it asks about.
 */
export function misspelling(word: string, words: readonly string[]): string | null {
  if (word.length < 7 || words.includes(word)) return null;
  for (const w of words) {
    if (w.charCodeAt(0) !== word.charCodeAt(0) || Math.abs(w.length - word.length) > 2) continue;
    if (editDistance(word, w) <= (w.length >= 10 ? 2 : 1)) return w;
  }
  return null;
}
