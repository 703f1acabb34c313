export interface Row {
  figure: string;
  size?: number;
  median: number;
  p95?: number;
  unit: string;
  floor: number;
  ratio: number;
  ratioP95?: number;
  goal: string;
  /** Undefined where the goal is judged at another size. */
  met?: boolean;
  note?: string;
}

const num = (n: number | undefined, digits = 1) =>
  n === undefined || Number.isNaN(n) ? '' : n.toFixed(digits);

/** The rows as a Markdown table (pasted as is into the README). */
export function markdownTable(rows: readonly Row[]): string {
  const head = '| figure | notes | median | p95 | unit | floor | ratio (median) | ratio (p95) | goal | met |';
  const lines = rows.map(
    (r) =>
      `| ${r.figure} | ${r.size?.toLocaleString('en') ?? ''} | ${num(r.median)} | ${num(r.p95)} | ${r.unit} | ${num(r.floor)} | ${num(r.ratio, 2)}× | ${r.ratioP95 === undefined ? '' : `${num(r.ratioP95, 2)}×`} | ${r.goal} | ${r.met === undefined ? '' : r.met ? 'yes' : 'no'}${r.note ? ` (${r.note})` : ''} |`,
  );
  return [head, '|---|---|---|---|---|---|---|---|---|---|', ...lines].join('\n');
}

export function printTable(rows: readonly Row[]): void {
  console.info(`\n${markdownTable(rows)}\n`);
}
