// A B1 readability proxy for Dutch scenario text (documented in docs/writing-scenarios.md):
// short sentences and few long words. Syllables are counted as groups of vowels, which is close
// enough for Dutch to compare texts, not to grade them exactly.

export const B1_LIMITS = { wordsPerSentence: 12, longWordShare: 8 } as const;

export interface Readability {
  sentences: number;
  words: number;
  wordsPerSentence: number;
  /** Percentage of words with four or more syllables. */
  longWordShare: number;
  /** Flesch-Douma reading ease (higher is easier; 60-80 is plain Dutch). */
  douma: number;
  b1: boolean;
  limits: typeof B1_LIMITS;
}

export function syllables(word: string): number {
  const groups = word.toLowerCase().match(/[aeiouyáéíóúàèëïöüâêîôû]+/g);
  return Math.max(1, groups?.length ?? 1);
}

const round1 = (value: number) => Math.round(value * 10) / 10;

export function readability(text: string): Readability {
  const sentences = text
    .split(/(?<=[.!?…])\s+|\n+/)
    .map((sentence) => sentence.trim())
    .filter((sentence) => /\p{L}/u.test(sentence));
  const words = text.match(/\p{L}[\p{L}'-]*/gu) ?? [];
  const syllableCounts = words.map(syllables);
  const total = syllableCounts.reduce((sum, n) => sum + n, 0);
  const wordsPerSentence = words.length / Math.max(1, sentences.length);
  const longWordShare = (100 * syllableCounts.filter((n) => n >= 4).length) / Math.max(1, words.length);
  const douma = 206.84 - 0.77 * ((100 * total) / Math.max(1, words.length)) - 0.93 * wordsPerSentence;
  return {
    sentences: sentences.length,
    words: words.length,
    wordsPerSentence: round1(wordsPerSentence),
    longWordShare: round1(longWordShare),
    douma: round1(douma),
    b1: wordsPerSentence <= B1_LIMITS.wordsPerSentence && longWordShare <= B1_LIMITS.longWordShare,
    limits: B1_LIMITS,
  };
}
