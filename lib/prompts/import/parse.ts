import { questionsFromCsv } from './csv-bank';
import { questionsFromJson } from './json';
import { MAX_IMPORT_ROWS } from './limits';
import type { BankParse } from './types';

export interface BankOptions {
  /** The file's name: `.json` is read as JSON, `.csv`/`.tsv`/`.txt` as CSV; else the text decides. */
  fileName?: string;
  maxRows?: number;
}

/**
 * Reads a question bank (JSON or CSV text). Pure: nothing is written, so whatever it
 * refuses changes nothing. A whole-file problem refuses the file; a bad row is reported
 * with its number and reason while the other rows are kept.
 */
export function parseQuestionBank(text: string, options: BankOptions = {}): BankParse {
  const maxRows = options.maxRows ?? MAX_IMPORT_ROWS;
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.includes('\u0000')) return { ok: false, problem: 'not-text' };
  const ext = /\.([a-z]+)$/i.exec(options.fileName ?? '')?.[1]?.toLowerCase();
  const looksJson = /^\s*[[{]/.test(body);
  if (ext === 'json' || (ext !== 'csv' && ext !== 'tsv' && ext !== 'txt' && looksJson)) {
    let value: unknown;
    try {
      value = JSON.parse(body);
    } catch (e) {
      return {
        ok: false,
        problem: 'not-json',
        detail: e instanceof Error ? e.message.slice(0, 200) : undefined,
      };
    }
    return questionsFromJson(value, maxRows);
  }
  if (body.trim() === '') return { ok: false, problem: 'no-questions' };
  return questionsFromCsv(body, maxRows);
}
