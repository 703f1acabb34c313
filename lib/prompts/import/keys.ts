/**
 * What the column names and object keys of published question banks mean. Keys are
 * compared normalised (NFKC, lower case, `-`, spaces and dots as `_`), so `Question`,
 * `question-text`, `text_ja`, `ja-JP`, `en_US` and `質問` are all understood.
 */

export type Lang = 'ja' | 'en';

export type KeyMeaning =
  { kind: 'text'; lang?: Lang } | { kind: 'category' } | { kind: 'tags' } | { kind: 'other-lang' };

const TEXT_WORDS = new Set([
  'question',
  'questions',
  'text',
  'prompt',
  'q',
  'title',
  'body',
  'content',
  'sentence',
  'label',
  'value',
  'string',
  'message',
  '質問',
  '質問文',
  '問い',
  '設問',
  '問',
  '内容',
]);
const CATEGORY_WORDS = new Set([
  'category',
  'categories',
  'theme',
  'topic',
  'group',
  'section',
  'type',
  'kind',
  'genre',
  'カテゴリ',
  'カテゴリー',
  'テーマ',
  '分類',
  'ジャンル',
  '種類',
]);
const TAG_WORDS = new Set(['tags', 'tag', 'labels', 'keywords', 'keyword', 'タグ', 'キーワード']);
const LANG_WORDS: Record<string, Lang> = {
  ja: 'ja',
  jp: 'ja',
  jpn: 'ja',
  japanese: 'ja',
  日本語: 'ja',
  en: 'en',
  eng: 'en',
  english: 'en',
  英語: 'en',
};
/** Other languages people publish in: recognised so they are skipped, not misread. */
const OTHER_LANGS = new Set(['zh', 'ko', 'fr', 'de', 'es', 'it', 'pt', 'ru', 'vi', 'th', 'nl']);

/** The key as compared: NFKC, lower case, separators as `_`, no outer `_`. */
export function normalizeKey(key: string): string {
  return key
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s.\-/]+/g, '_')
    .replace(/^_+|_+$/g, '');
}

/** The language a bare language key names (`ja`, `ja_JP`, `en-US`, `english`), if any. */
export function langOfKey(key: string): Lang | 'other' | undefined {
  const parts = normalizeKey(key).split('_');
  const first = parts[0] ?? '';
  const rest = parts.slice(1);
  if (rest.length > 1 || rest.some((p) => !/^[a-z]{2,4}$/.test(p))) return undefined;
  return langWord(first);
}

/** What a column name or object key holds, or undefined when it means nothing to the import. */
export function meaningOfKey(key: string): KeyMeaning | undefined {
  const norm = normalizeKey(key);
  if (norm === '') return undefined;
  const parenthesised = /^(.+?)_?\((.+)\)$/.exec(norm); // 質問(日本語), question (en)
  if (parenthesised) return withLang(parenthesised[1]!, parenthesised[2]!);
  if (TEXT_WORDS.has(norm)) return { kind: 'text' };
  if (CATEGORY_WORDS.has(norm)) return { kind: 'category' };
  if (TAG_WORDS.has(norm)) return { kind: 'tags' };
  const lang = langOfKey(norm);
  if (lang === 'other') return { kind: 'other-lang' };
  if (lang) return { kind: 'text', lang };
  // text_ja, question_en, ja_text, q_ja, question_ja_jp, question_text_en
  const parts = norm.split('_');
  const at = parts.findIndex((p) => langWord(p) !== undefined);
  if (at >= 0) {
    const region = (i: number) => i === at + 1 && /^[a-z]{2}$/.test(parts[i] ?? '');
    const others = parts.filter((_, i) => i !== at && !region(i));
    if (others.length > 0 && others.every((p) => TEXT_WORDS.has(p))) {
      const l = langWord(parts[at]!);
      return l === 'other' ? { kind: 'other-lang' } : { kind: 'text', lang: l };
    }
  }
  if (parts.length > 1 && parts.every((p) => TEXT_WORDS.has(p))) return { kind: 'text' };
  return undefined;
}

function langWord(part: string): Lang | 'other' | undefined {
  if (Object.hasOwn(LANG_WORDS, part)) return LANG_WORDS[part];
  return OTHER_LANGS.has(part) ? 'other' : undefined;
}

function withLang(base: string, lang: string): KeyMeaning | undefined {
  const l = langOfKey(lang);
  const inner = meaningOfKey(base);
  if (inner?.kind !== 'text') return inner;
  return l && l !== 'other' ? { kind: 'text', lang: l } : { kind: 'other-lang' };
}

/** Keys under which a file keeps its list of questions. */
export const LIST_KEYS = new Set([
  'questions',
  'items',
  'prompts',
  'data',
  'entries',
  'records',
  'rows',
  'list',
  'results',
  'question_bank',
  'questionbank',
  'bank',
  'cards',
  '質問',
  '質問一覧',
]);

/** Japanese script (kana, kanji, half-width kana) anywhere in the text. */
const JAPANESE = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uff66-\uff9f]/;

/** The language of a text given without one: Japanese if it has Japanese script, else English. */
export function detectLang(text: string): Lang {
  return JAPANESE.test(text) ? 'ja' : 'en';
}
