/** Folds width and case so that `ＡＢＣ`, `abc` and `Abc` compare equal (NFKC, then lower case). */
export function normalizeText(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

// A lone hiragana character is almost always a particle (を, の, は…): required, it would
// make "資料を共有" miss "資料の共有".
const LONE_PARTICLE = /^[\u3041-\u309f]$/;

const segmenters = new Map<string, Intl.Segmenter>();

function segmenterFor(locale: string): Intl.Segmenter {
  let segmenter = segmenters.get(locale);
  if (!segmenter) {
    segmenter = new Intl.Segmenter(locale, { granularity: 'word' });
    segmenters.set(locale, segmenter);
  }
  return segmenter;
}

/**
 * The words of a search query, normalized and without duplicates, split with
 * `Intl.Segmenter` so that Japanese (no spaces) splits into words too: "資料共有" → 資料, 共有.
 */
export function tokenize(query: string, locale = 'ja'): string[] {
  const words: string[] = [];
  for (const part of segmenterFor(locale).segment(normalizeText(query))) {
    if (part.isWordLike && !words.includes(part.segment)) words.push(part.segment);
  }
  const meaningful = words.filter((w) => !LONE_PARTICLE.test(w));
  return meaningful.length > 0 ? meaningful : words;
}
