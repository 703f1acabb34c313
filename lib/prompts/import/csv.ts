/** One CSV record: its cells and the file line it starts on (1-based, header is line 1). */
export interface CsvRecord {
  line: number;
  cells: string[];
}

export type CsvResult =
  { ok: true; records: CsvRecord[] } | { ok: false; problem: 'bad-csv' | 'too-many'; line: number };

const DELIMITERS = [',', '\t', ';'] as const;

/** The delimiter used most in the first line outside quotes: comma, tab or semicolon. */
export function sniffDelimiter(text: string): string {
  const counts = new Map<string, number>(DELIMITERS.map((d) => [d, 0]));
  let quoted = false;
  for (const c of text) {
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === '\n' || c === '\r')) break;
    else if (!quoted && counts.has(c)) counts.set(c, (counts.get(c) ?? 0) + 1);
  }
  let best: string = ',';
  for (const d of DELIMITERS) if ((counts.get(d) ?? 0) > (counts.get(best) ?? 0)) best = d;
  return best;
}

/**
 * RFC 4180 CSV: quoted fields may hold delimiters, doubled quotes and line breaks; CRLF, LF
 * or CR end a record; blank lines are skipped. More than `maxRecords` records (header
 * included) stops the read early. An unclosed quote is an error, not a silent cut.
 */
export function parseCsv(text: string, maxRecords: number, delimiter = sniffDelimiter(text)): CsvResult {
  const records: CsvRecord[] = [];
  let cells: string[] = [];
  let cell = '';
  let line = 1;
  let start = 1;
  let quoted = false;
  let quoteLine = 0;
  const endRecord = (): boolean => {
    cells.push(cell);
    if (cells.length > 1 || cells[0]!.trim() !== '') records.push({ line: start, cells });
    cells = [];
    cell = '';
    return records.length > maxRecords;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          cell += '"';
          i++;
        } else quoted = false;
      } else {
        if (c === '\n' || (c === '\r' && text[i + 1] !== '\n')) line++;
        cell += c;
      }
    } else if (c === '"' && cell.trim() === '') {
      // A quote opens a field only at its start (spaces before it are dropped, as Excel does).
      cell = '';
      quoted = true;
      quoteLine = line;
    } else if (c === delimiter) {
      cells.push(cell);
      cell = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      if (endRecord()) return { ok: false, problem: 'too-many', line };
      line++;
      start = line;
    } else {
      cell += c;
    }
  }
  if (quoted) return { ok: false, problem: 'bad-csv', line: quoteLine };
  if (cell !== '' || cells.length > 0) {
    if (endRecord()) return { ok: false, problem: 'too-many', line };
  }
  return { ok: true, records };
}
