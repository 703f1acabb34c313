import { describe, expect, it } from 'vitest';
import { parseCsv } from '@/lib/prompts/import/csv';
import { parseQuestionBank } from '@/lib/prompts/import/parse';
import type { BankParse, ImportedQuestion } from '@/lib/prompts/import/types';

function ok(result: BankParse): Extract<BankParse, { ok: true }> {
  if (!result.ok) throw new Error(`expected ok, got ${result.problem} ${result.detail ?? ''}`);
  return result;
}
const texts = (qs: readonly ImportedQuestion[]) => qs.map((q) => q.text);

describe('JSON question banks: the shapes people publish', () => {
  it.each<[string, unknown, ImportedQuestion['text'][]]>([
    [
      'array of strings (language detected)',
      ['How are you?', '最近どう？'],
      [{ en: 'How are you?' }, { ja: '最近どう？' }],
    ],
    ['{ questions: [...] }', { questions: ['What went well?'] }, [{ en: 'What went well?' }]],
    ['{ items: [...] }', { version: 1, items: [{ text: 'A?' }] }, [{ en: 'A?' }]],
    ['{ prompts: [...] }', { prompts: [{ prompt: 'B?' }] }, [{ en: 'B?' }]],
    ['{ data: [...] }', { data: [{ q: 'C?' }] }, [{ en: 'C?' }]],
    ['nested { data: { questions } }', { data: { questions: [{ title: 'D?' }] } }, [{ en: 'D?' }]],
    ['question field', [{ question: 'E?' }], [{ en: 'E?' }]],
    ['Question field, capitalised', [{ Question: 'E2?' }], [{ en: 'E2?' }]],
    ['text keyed by language', [{ text: { en: 'F?', ja: 'エフ？' } }], [{ en: 'F?', ja: 'エフ？' }]],
    [
      'ja_JP and en-US keys',
      [{ question: { ja_JP: '調子は？', 'en-US': 'How is it?' } }],
      [{ ja: '調子は？', en: 'How is it?' }],
    ],
    ['ja-JP key', [{ prompt: { 'ja-JP': '調子は？' } }], [{ ja: '調子は？' }]],
    ['language keys on the entry', [{ ja: '最近は？', en: 'Lately?' }], [{ ja: '最近は？', en: 'Lately?' }]],
    ['text_ja / text_en', [{ text_ja: 'ジェイ？', text_en: 'Jay?' }], [{ ja: 'ジェイ？', en: 'Jay?' }]],
    [
      'question_en + question_ja',
      [{ question_en: 'K?', question_ja: 'ケイ？' }],
      [{ en: 'K?', ja: 'ケイ？' }],
    ],
    ['Japanese key 質問', [{ 質問: '今週どうだった？' }], [{ ja: '今週どうだった？' }]],
    ['other languages are skipped, not misread', [{ text: { fr: 'Ça va ?', en: 'OK?' } }], [{ en: 'OK?' }]],
    [
      'object of categories',
      { Career: ['Where next?'], Feedback: ['How can I help?'] },
      [{ en: 'Where next?' }, { en: 'How can I help?' }],
    ],
    [
      'groups with their questions',
      [{ category: 'Career', questions: ['G1?', { text: 'G2?' }] }],
      [{ en: 'G1?' }, { en: 'G2?' }],
    ],
  ])('%s', (_name, value, expected) => {
    expect(texts(ok(parseQuestionBank(JSON.stringify(value))).questions)).toEqual(expected);
  });

  it('keeps category and tags, from strings, lists and language objects', () => {
    const { questions } = ok(
      parseQuestionBank(
        JSON.stringify([
          { text: 'A?', category: 'Career', tags: ['growth', ' future '] },
          { text: 'B?', theme: { en: 'Safety', ja: '心理的安全性' }, tags: 'trust, team、チーム' },
          { text: 'C?', カテゴリ: '成長' },
        ]),
      ),
    );
    expect(questions.map((q) => [q.category, q.tags])).toEqual([
      ['Career', ['growth', 'future']],
      ['Safety', ['trust', 'team', 'チーム']],
      ['成長', []],
    ]);
  });

  it('a group passes its category to its questions', () => {
    const { questions } = ok(
      parseQuestionBank(JSON.stringify({ data: [{ name: 'MVV', items: ['Why us?'] }] })),
    );
    expect(questions).toEqual([{ row: 1, text: { en: 'Why us?' }, category: 'MVV', tags: [] }]);
  });

  it('reports bad rows with their number and reason, keeping the rest', () => {
    const result = ok(
      parseQuestionBank(
        JSON.stringify([
          'Good?',
          '',
          42,
          { text: { fr: 'Ça va ?' } },
          { text: 'x'.repeat(501) },
          { id: 7 },
          null,
          'Also good?',
        ]),
      ),
    );
    expect(texts(result.questions)).toEqual([{ en: 'Good?' }, { en: 'Also good?' }]);
    expect(result.errors).toEqual([
      { row: 2, reason: 'no-text' },
      { row: 3, reason: 'not-a-question' },
      { row: 4, reason: 'no-language' },
      { row: 5, reason: 'too-long' },
      { row: 6, reason: 'no-text' },
      { row: 7, reason: 'not-a-question' },
    ]);
  });

  it('trims, drops control characters and keeps line breaks inside a question', () => {
    const { questions } = ok(parseQuestionBank(JSON.stringify(['  Line one\u0007\r\nline two  '])));
    expect(questions[0]?.text).toEqual({ en: 'Line one\nline two' });
  });

  it('__proto__ and constructor keys are plain unknown keys: nothing is polluted', () => {
    const text =
      '[{"__proto__": {"polluted": true}, "text": "Safe?", "constructor": {"prototype": {"x": 1}}}]';
    const result = ok(parseQuestionBank(text));
    expect(texts(result.questions)).toEqual([{ en: 'Safe?' }]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    const cat = ok(parseQuestionBank('{"__proto__": ["Q?"]}'));
    expect(cat.questions[0]?.category).toBe('__proto__');
  });
});

describe('CSV question banks', () => {
  it.each<[string, string, ImportedQuestion['text'][]]>([
    [
      'one question column',
      'question\nHow are you?\n最近どう？\n',
      [{ en: 'How are you?' }, { ja: '最近どう？' }],
    ],
    ['BOM and CRLF', '\uFEFFtext,category\r\nA?,Career\r\nB?,Career\r\n', [{ en: 'A?' }, { en: 'B?' }]],
    ['ja / en columns', 'ja,en\n調子は？,How are you?\n', [{ ja: '調子は？', en: 'How are you?' }]],
    ['text_ja / text_en columns', 'id,text_en,text_ja\n1,Hi?,やあ？\n', [{ en: 'Hi?', ja: 'やあ？' }]],
    ['quoted commas', 'prompt,theme\n"When, and why?",growth\n', [{ en: 'When, and why?' }]],
    ['doubled quotes', 'question\n"What does ""done"" mean?"\n', [{ en: 'What does "done" mean?' }]],
    [
      'newline inside quotes',
      'question\n"Line one\nline two?"\nNext?\n',
      [{ en: 'Line one\nline two?' }, { en: 'Next?' }],
    ],
    ['semicolons (European Excel)', 'question;category\nA?;X\n', [{ en: 'A?' }]],
    ['tabs', 'question\tcategory\nA, B?\tX\n', [{ en: 'A, B?' }]],
    ['blank lines skipped, no final newline', 'question\n\nA?\n\nB?', [{ en: 'A?' }, { en: 'B?' }]],
    ['Japanese headers', '質問,カテゴリ\n今週の調子は？,コンディション\n', [{ ja: '今週の調子は？' }]],
    ['header question (en)', 'Question (en),Question (ja)\nA?,エー？\n', [{ en: 'A?', ja: 'エー？' }]],
  ])('%s', (_name, text, expected) => {
    expect(texts(ok(parseQuestionBank(text, { fileName: 'bank.csv' })).questions)).toEqual(expected);
  });

  it('rows are numbered by the line they start on; errors say why', () => {
    const result = ok(
      parseQuestionBank('question,category\n"Two\nlines?",A\n,B\nLast?,C\n', { fileName: 'b.csv' }),
    );
    expect(result.questions.map((q) => [q.row, q.category])).toEqual([
      [2, 'A'],
      [5, 'C'],
    ]);
    expect(result.errors).toEqual([{ row: 4, reason: 'no-text' }]);
  });

  it('tags split on commas inside a quoted cell', () => {
    const result = ok(parseQuestionBank('question,tags\nA?,"career, growth"\n', { fileName: 'b.csv' }));
    expect(result.questions[0]?.tags).toEqual(['career', 'growth']);
  });

  it('parseCsv keeps empty cells and reports an unclosed quote with its line', () => {
    expect(parseCsv('a,,c\n', 10)).toEqual({ ok: true, records: [{ line: 1, cells: ['a', '', 'c'] }] });
    expect(parseCsv('a\n"open\nstill open', 10)).toEqual({ ok: false, problem: 'bad-csv', line: 2 });
  });
});

describe('whole-file problems refuse the file', () => {
  it.each<[string, string, string | undefined, string]>([
    ['not JSON', '{"questions": [', 'bank.json', 'not-json'],
    ['trailing garbage', '["A?"] x', undefined, 'not-json'],
    ['JSON without a list', '{"name": "bank", "version": 2}', undefined, 'no-questions'],
    ['an empty list', '[]', undefined, 'no-questions'],
    ['a bare string', '"hello"', 'bank.json', 'no-questions'],
    ['CSV without a question column', 'name,age\nA,3\n', 'bank.csv', 'no-text-column'],
    ['CSV with an unclosed quote', 'question\n"never closed\n', 'bank.csv', 'bad-csv'],
    ['empty file', '', 'bank.csv', 'no-questions'],
    ['binary', 'PK\u0003\u0004\u0000\u0000binary', 'bank.csv', 'not-text'],
    ['header only', 'question\n', 'bank.csv', 'no-questions'],
  ])('%s', (_name, text, fileName, problem) => {
    const result = parseQuestionBank(text, fileName === undefined ? {} : { fileName });
    expect(result.ok ? 'accepted' : result.problem).toBe(problem);
  });

  it('more rows than the limit refuses the whole file (JSON and CSV)', () => {
    const many = Array.from({ length: 11 }, (_, i) => `Q${i}?`);
    expect(parseQuestionBank(JSON.stringify(many), { maxRows: 10 })).toMatchObject({
      ok: false,
      problem: 'too-many',
    });
    expect(parseQuestionBank(JSON.stringify(many.slice(1)), { maxRows: 10 }).ok).toBe(true);
    const csv = `question\n${many.join('\n')}\n`;
    expect(parseQuestionBank(csv, { fileName: 'b.csv', maxRows: 10 })).toMatchObject({
      ok: false,
      problem: 'too-many',
    });
    expect(parseQuestionBank(JSON.stringify([{ questions: many }]), { maxRows: 10 }).ok).toBe(false);
  });

  it('deeply nested JSON is not walked (no recursion past the wrappers)', () => {
    const deep = `${'['.repeat(5_000)}${']'.repeat(5_000)}`;
    const result = parseQuestionBank(deep);
    expect(result.ok ? result.errors : result.problem).toEqual([{ row: 1, reason: 'not-a-question' }]);
  });

  it('the extension decides the format before the content does', () => {
    expect(parseQuestionBank('["A?"]', { fileName: 'x.csv' })).toMatchObject({
      ok: false,
      problem: 'no-text-column',
    });
    expect(ok(parseQuestionBank('question\nA?', { fileName: 'x.txt' })).format).toBe('csv');
    expect(ok(parseQuestionBank('["A?"]', { fileName: 'x' })).format).toBe('json');
  });
});
