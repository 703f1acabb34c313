import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { QuestionImport } from '@/components/settings/question-import';
import { MAX_IMPORT_BYTES } from '@/lib/prompts/import/limits';
import type { AizuchiDB } from '@/storage/db';
import { addCustomPrompt, customPrompts } from '@/storage/prompts';
import { freshDb } from '../../helpers/db';
import { renderPanel } from '../../helpers/render-panel';

let db: AizuchiDB;
beforeEach(() => {
  db = freshDb();
  renderPanel(<QuestionImport />, db);
});

async function choose(text: string | Uint8Array<ArrayBuffer>, name: string, size?: number) {
  const file = new File([text], name);
  if (size !== undefined) Object.defineProperty(file, 'size', { value: size });
  await userEvent.upload(screen.getByLabelText('Import questions'), file);
}

describe('Import questions', () => {
  it('previews the count in digits, duplicates and bad rows, then imports on Import only', async () => {
    await addCustomPrompt(db, { text: { en: 'Already mine?' }, themes: ['career'] });
    const bank = {
      questions: [
        ...Array.from({ length: 12 }, (_, i) => ({
          text: { en: `Career question ${i}?`, ja: `キャリアの質問${i}？` },
          category: 'Career',
        })),
        { text: 'already mine' },
        { text: 'Career question 0' },
        { category: 'Oops' },
        { text: 'No category at all?' },
      ],
    };
    await choose(JSON.stringify(bank), 'bank.json');
    expect(await screen.findByText('Questions found in bank.json: 15.')).toBeTruthy();
    expect(screen.getByText('13 new questions will be added.')).toBeTruthy();
    expect(screen.getByText(/^2 duplicates/)).toBeTruthy();
    expect(screen.getByText('Row 15: no question text')).toBeTruthy();
    // The file button steps aside while the preview waits: only one "Import" control.
    expect(screen.queryByLabelText('Import questions')).toBeNull();
    const career = screen.getByRole<HTMLSelectElement>('combobox', { name: 'Theme for “Career”' });
    expect(career.value).toBe('career');
    await userEvent.selectOptions(career, 'growth');
    expect(screen.getByRole<HTMLSelectElement>('combobox', { name: 'Theme for “No category”' }).value).toBe(
      'auto',
    );
    expect(await db.customPrompts.count()).toBe(1);

    await userEvent.click(screen.getByRole('button', { name: 'Import' }));
    expect(await screen.findByText(/^Imported 13 questions\./)).toBeTruthy();
    const rows = await customPrompts(db);
    expect(rows).toHaveLength(14);
    expect(rows[1]).toMatchObject({
      text: { en: 'Career question 0?', ja: 'キャリアの質問0？' },
      themes: ['growth'],
      origin: 'import',
    });
    expect(rows.at(-1)).toMatchObject({
      text: { en: 'No category at all?', ja: '' },
      themes: ['engagement'],
    });
  });

  it('reads a CSV with BOM, quotes and both languages', async () => {
    const csv =
      '\uFEFFtext_ja,text_en,category\r\n"調子は、どう？",How are you?,Condition\r\n"複数行の\n質問","Two ""lines""",\r\n';
    await choose(csv, 'bank.csv');
    expect(await screen.findByText('Questions found in bank.csv: 2.')).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Import' }));
    await screen.findByText(/^Imported 2 questions/);
    expect((await customPrompts(db)).map((p) => [p.text, p.themes])).toEqual([
      [{ ja: '調子は、どう？', en: 'How are you?' }, ['condition']],
      [{ ja: '複数行の\n質問', en: 'Two "lines"' }, ['engagement']],
    ]);
  });

  it('reads a Shift_JIS CSV (Excel in Japan)', async () => {
    // 質問\r\nこんにちは？ in Shift_JIS
    const sjis = new Uint8Array([
      0x8e, 0xbf, 0x96, 0xe2, 0x0d, 0x0a, 0x82, 0xb1, 0x82, 0xf1, 0x82, 0xc9, 0x82, 0xbf, 0x82, 0xcd, 0x81,
      0x48,
    ]);
    await choose(sjis, 'sjis.csv');
    expect(await screen.findByText('Questions found in sjis.csv: 1.')).toBeTruthy();
  });

  it.each([
    ['{"questions": [', 'bank.json', 'it is not valid JSON'],
    ['name,age\nA,3', 'bank.csv', 'the CSV header names no question column'],
    ['{"version": 1}', 'bank.json', 'no list of questions was found in it'],
    [
      JSON.stringify(Array.from({ length: 5001 }, (_, i) => `Q${i}?`)),
      'big.json',
      'it holds more than 5000 questions',
    ],
  ])('%s is refused with a clear message and changes nothing', async (text, name, reason) => {
    await choose(text, name);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain(`This file cannot be imported: ${reason}`);
    expect(alert.textContent).toContain('Nothing was changed.');
    expect(screen.queryByRole('button', { name: 'Import' })).toBeNull();
    expect(await db.customPrompts.count()).toBe(0);
  });

  it('refuses a file over 2 MB from its size, without reading it', async () => {
    await choose('[]', 'huge.json', MAX_IMPORT_BYTES + 1);
    expect((await screen.findByRole('alert')).textContent).toContain('it is larger than 2 MB');
  });

  it('Discard file goes back without writing', async () => {
    await choose('["A?"]', 'a.json');
    await userEvent.click(await screen.findByRole('button', { name: 'Discard file' }));
    expect(screen.getByLabelText('Import questions')).toBeTruthy();
    expect(await db.customPrompts.count()).toBe(0);
  });
});
