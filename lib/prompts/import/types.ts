/** A question read from a bank, before it becomes a prompt. */
export interface ImportedQuestion {
  /** 1-based: the item's place in a JSON list, or the line a CSV record starts on. */
  row: number;
  /** At least one language; both when the file has both. */
  text: { ja?: string; en?: string };
  category?: string;
  tags: string[];
}

export type RowErrorCode = 'no-text' | 'too-long' | 'not-a-question' | 'no-language';

export interface RowError {
  row: number;
  reason: RowErrorCode;
}

/** Why a whole file is refused (nothing in it is imported). */
export type BankProblem =
  'too-large' | 'too-many' | 'not-text' | 'not-json' | 'bad-csv' | 'no-questions' | 'no-text-column';

export type BankParse =
  | { ok: true; format: 'json' | 'csv'; questions: ImportedQuestion[]; errors: RowError[] }
  | { ok: false; problem: BankProblem; detail?: string };
