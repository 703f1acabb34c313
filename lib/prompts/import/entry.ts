import { MAX_PROMPT_LENGTH } from '../limits';
import { detectLang, langOfKey, meaningOfKey, type Lang } from './keys';
import { MAX_CATEGORY_LENGTH, MAX_TAGS } from './limits';
import type { ImportedQuestion, RowError } from './types';

/** Text of one question in up to two languages, as found in a row. */
export type Texts = { ja?: string; en?: string };

// C0 controls other than tab and line breaks, and DEL: never meaningful in a question.
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

/** Trimmed, control characters removed, Windows line breaks made plain. */
export function cleanText(text: string): string {
  return text.replace(CONTROLS, '').replace(/\r\n?/g, '\n').trim();
}

/** Adds `text` under `lang` (or its detected language) unless that language already has one. */
export function addText(texts: Texts, text: string, lang?: Lang): void {
  const clean = cleanText(text);
  if (clean === '') return;
  const l = lang ?? detectLang(clean);
  texts[l] ??= clean;
}

/** A question from its texts, or the reason it is not one. */
export function toQuestion(
  row: number,
  texts: Texts,
  sawOtherLang: boolean,
  category: string | undefined,
  tags: readonly string[],
): ImportedQuestion | RowError {
  if (texts.ja === undefined && texts.en === undefined) {
    return { row, reason: sawOtherLang ? 'no-language' : 'no-text' };
  }
  if ((texts.ja?.length ?? 0) > MAX_PROMPT_LENGTH || (texts.en?.length ?? 0) > MAX_PROMPT_LENGTH) {
    return { row, reason: 'too-long' };
  }
  const text: Texts = {};
  if (texts.ja !== undefined) text.ja = texts.ja;
  if (texts.en !== undefined) text.en = texts.en;
  const question: ImportedQuestion = { row, text, tags: tags.slice(0, MAX_TAGS) };
  if (category !== undefined) question.category = category;
  return question;
}

/** A category or tag as kept: cleaned, on one line, bounded. */
export function cleanLabel(value: string): string | undefined {
  const clean = cleanText(value).replace(/\s+/g, ' ').slice(0, MAX_CATEGORY_LENGTH);
  return clean === '' ? undefined : clean;
}

/** Tags written as one string: split on commas, semicolons, pipes and Japanese commas. */
export function splitTags(value: string): string[] {
  return value.split(/[,;|、，]/).flatMap((t) => cleanLabel(t) ?? []);
}

/** A label given as a string, a number, a list (its first) or an object keyed by language (English first). */
export function labelOf(value: unknown): string | undefined {
  if (typeof value === 'string') return cleanLabel(value);
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (Array.isArray(value)) return value.length > 0 ? labelOf(value[0]) : undefined;
  if (isRecord(value)) {
    const texts: Texts = {};
    for (const key of Object.keys(value)) {
      const lang = langOfKey(key);
      const v = value[key];
      if (typeof v === 'string' && lang && lang !== 'other') addText(texts, v, lang);
    }
    const label = texts.en ?? texts.ja;
    return label === undefined ? undefined : cleanLabel(label);
  }
  return undefined;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * One entry of a JSON list: a string, or an object with a text field (a string, or an
 * object keyed by language), language keys of its own, a category and tags. Only own keys
 * are read, so `__proto__` in a file is just an unknown key.
 */
export function questionFromJson(
  row: number,
  entry: unknown,
  groupCategory?: string,
): ImportedQuestion | RowError {
  if (typeof entry === 'string') {
    const texts: Texts = {};
    addText(texts, entry);
    return toQuestion(row, texts, false, groupCategory, []);
  }
  if (!isRecord(entry)) return { row, reason: 'not-a-question' };
  const texts: Texts = {};
  let sawOther = false;
  let category: string | undefined;
  const tags: string[] = [];
  for (const key of Object.keys(entry)) {
    const meaning = meaningOfKey(key);
    const value = entry[key];
    if (!meaning) continue;
    if (meaning.kind === 'other-lang') sawOther ||= typeof value === 'string';
    else if (meaning.kind === 'category') category ??= labelOf(value);
    else if (meaning.kind === 'tags') tags.push(...tagsOf(value));
    else if (typeof value === 'string') addText(texts, value, meaning.lang);
    else if (isRecord(value) && meaning.lang === undefined) {
      for (const lk of Object.keys(value)) {
        const lang = langOfKey(lk);
        const v = value[lk];
        if (typeof v !== 'string') continue;
        if (lang === 'other') sawOther = true;
        else if (lang) addText(texts, v, lang);
      }
    }
  }
  return toQuestion(row, texts, sawOther, category ?? groupCategory, tags);
}

function tagsOf(value: unknown): string[] {
  if (typeof value === 'string') return splitTags(value);
  if (Array.isArray(value)) return value.flatMap((t) => (typeof t === 'string' ? (cleanLabel(t) ?? []) : []));
  return [];
}

/** Whether a parse result is a question (not a row error). */
export function isQuestion(value: ImportedQuestion | RowError): value is ImportedQuestion {
  return 'text' in value;
}
