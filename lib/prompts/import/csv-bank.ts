import { parseCsv } from './csv';
import { addText, cleanLabel, isQuestion, splitTags, toQuestion, type Texts } from './entry';
import { meaningOfKey, type KeyMeaning } from './keys';
import type { BankParse, ImportedQuestion, RowError } from './types';

/** Questions of a CSV question bank with a header row naming its columns. */
export function questionsFromCsv(text: string, maxRows: number): BankParse {
  const csv = parseCsv(text, maxRows + 1);
  if (!csv.ok) {
    return csv.problem === 'too-many'
      ? { ok: false, problem: 'too-many', detail: `more than ${maxRows}` }
      : { ok: false, problem: 'bad-csv', detail: `line ${csv.line}` };
  }
  const [header, ...records] = csv.records;
  if (!header) return { ok: false, problem: 'no-questions' };
  const columns: (KeyMeaning | undefined)[] = header.cells.map(meaningOfKey);
  if (!columns.some((c) => c?.kind === 'text')) {
    return { ok: false, problem: 'no-text-column', detail: header.cells.join(', ').slice(0, 200) };
  }
  const questions: ImportedQuestion[] = [];
  const errors: RowError[] = [];
  for (const { line, cells } of records) {
    const texts: Texts = {};
    let sawOther = false;
    let category: string | undefined;
    const tags: string[] = [];
    cells.forEach((cell, i) => {
      const column = columns[i];
      if (!column) return;
      if (column.kind === 'text') addText(texts, cell, column.lang);
      else if (column.kind === 'other-lang') sawOther ||= cell.trim() !== '';
      else if (column.kind === 'category') category ??= cleanLabel(cell);
      else tags.push(...splitTags(cell));
    });
    const q = toQuestion(line, texts, sawOther, category, tags);
    if (isQuestion(q)) questions.push(q);
    else errors.push(q);
  }
  if (questions.length === 0 && errors.length === 0) return { ok: false, problem: 'no-questions' };
  return { ok: true, format: 'csv', questions, errors };
}
