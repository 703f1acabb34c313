import { isQuestion, isRecord, labelOf, questionFromJson } from './entry';
import { LIST_KEYS, meaningOfKey, normalizeKey } from './keys';
import type { BankParse, ImportedQuestion, RowError } from './types';

/** Wrapper objects are looked into this deep: `{ data: { questions: [...] } }`. */
const MAX_WRAPPING = 3;

interface Item {
  entry: unknown;
  category?: string;
}

function isList(value: unknown): value is unknown[] {
  return Array.isArray(value);
}

/** The array under a list key (`questions`, `items`, …) of an object, if it has one. */
function listIn(obj: Record<string, unknown>): unknown[] | undefined {
  for (const key of Object.keys(obj)) {
    const value = obj[key];
    if (LIST_KEYS.has(normalizeKey(key)) && isList(value)) return value;
  }
  return undefined;
}

/** A group `{ category: 'Career', questions: [...] }`: its category, from a category key or name/title. */
function groupCategory(obj: Record<string, unknown>): string | undefined {
  for (const key of Object.keys(obj)) {
    if (meaningOfKey(key)?.kind === 'category') return labelOf(obj[key]);
  }
  for (const key of Object.keys(obj)) {
    if (['name', 'title', 'label', '名前'].includes(normalizeKey(key))) return labelOf(obj[key]);
  }
  return undefined;
}

/** The list of entries in a parsed file, whatever the wrapping; undefined when there is none. */
function findList(value: unknown, depth = 0): Item[] | undefined {
  if (isList(value)) return value.map((entry) => ({ entry }));
  if (!isRecord(value) || depth >= MAX_WRAPPING) return undefined;
  const list = listIn(value);
  if (list) return list.map((entry) => ({ entry }));
  const keys = Object.keys(value);
  for (const key of keys) {
    if (LIST_KEYS.has(normalizeKey(key)) && isRecord(value[key])) {
      const inner = findList(value[key], depth + 1);
      if (inner) return inner;
    }
  }
  // { "Career": [...], "Feedback": [...] }: each key is a category.
  if (keys.length > 0 && keys.every((k) => isList(value[k]))) {
    return keys.flatMap((k) => (value[k] as unknown[]).map((entry) => ({ entry, category: labelOf(k) })));
  }
  if (keys.length === 1) return findList(value[keys[0]!], depth + 1);
  return undefined;
}

/** Questions of a parsed JSON question bank; groups of questions are flattened, keeping their category. */
export function questionsFromJson(value: unknown, maxRows: number): BankParse {
  const list = findList(value);
  if (!list) return { ok: false, problem: 'no-questions' };
  const questions: ImportedQuestion[] = [];
  const errors: RowError[] = [];
  let row = 0;
  const add = (entry: unknown, category: string | undefined): boolean => {
    row++;
    if (row > maxRows) return false;
    const q = questionFromJson(row, entry, category);
    if (isQuestion(q)) questions.push(q);
    else errors.push(q);
    return true;
  };
  for (const { entry, category } of list) {
    const group = isRecord(entry) ? listIn(entry) : undefined;
    if (group && isRecord(entry)) {
      const inner = groupCategory(entry) ?? category;
      for (const child of group) if (!add(child, inner)) return tooMany(maxRows);
    } else if (!add(entry, category)) return tooMany(maxRows);
  }
  if (questions.length === 0 && errors.length === 0) return { ok: false, problem: 'no-questions' };
  return { ok: true, format: 'json', questions, errors };
}

function tooMany(maxRows: number): BankParse {
  return { ok: false, problem: 'too-many', detail: `more than ${maxRows}` };
}
