import { describe, expect, it } from 'vitest';
import { buildSummary, promptTexts, type SummaryInput } from '@/lib/export/summary';
import { translator, type Lang } from '@/lib/i18n';
import { catalogue } from '@/lib/prompts/catalogue';

// A rich session: every section filled, every note kind, hostile markup, CJK, emoji and
// RTL text. The golden files are the product's output: review a diff of them like code.
const start = Date.UTC(2026, 10, 27, 1, 0, 0);
const at = (m: number, s = 0) => start + m * 60_000 + s * 1000;

function rich(lang: Lang): SummaryInput {
  return {
    memberName: '佐藤 花子',
    session: { startedAt: start, endedAt: at(32, 10), theme: 'career', mood: 2, wants: 'think-together' },
    agenda: [
      { text: '評価面談の準備', discussed: true },
      { text: 'Career *goals* for 2027', discussed: false },
    ],
    notes: [
      { kind: 'note', text: '資料作成に時間がかかっている', createdAt: at(1, 5) },
      { kind: 'quote', text: '「もっと任せてほしい」 👩‍👩‍👧‍👦', createdAt: at(4, 30) },
      { kind: 'moment', text: '', createdAt: at(7, 0) },
      { kind: 'private', text: 'seemed tired; check workload', createdAt: at(9, 12) },
      { kind: 'decision', text: 'Review moves to Friday', createdAt: at(12, 0) },
      {
        kind: 'action',
        text: 'Share the <b>template</b>',
        createdAt: at(12, 34),
        action: { owner: 'me', due: '2026-12-01' },
      },
      {
        kind: 'action',
        text: 'ロードマップ案を書く',
        createdAt: at(20, 0),
        action: { owner: 'member', doneAt: at(30) },
      },
      {
        kind: 'note',
        text: 'Multi-line:\n# not a heading\n- not a list\nمرحبا e\u0301',
        createdAt: at(61, 1),
      },
    ],
    promptsUsed: promptTexts(
      ['career-most-yourself', 'unknown-custom-id', 'closing-take-away'],
      catalogue,
      lang,
    ),
    includePrivate: false,
    includePrompts: true,
    t: translator(lang),
    locale: lang,
    timeZone: 'Asia/Tokyo',
  };
}

describe.each(['en', 'ja'] as const)('golden summary of a rich session (%s)', (lang) => {
  const summary = buildSummary(rich(lang));

  it('Markdown (the text/plain copy and the .md download)', async () => {
    await expect(summary.markdown).toMatchFileSnapshot(`./golden/rich.${lang}.md.golden`);
  });

  it('HTML (the text/html copy)', async () => {
    await expect(summary.html).toMatchFileSnapshot(`./golden/rich.${lang}.html.golden`);
  });

  it('actions first, with private notes and without prompts', async () => {
    const variant = buildSummary({
      ...rich(lang),
      actionsFirst: true,
      includePrivate: true,
      includePrompts: false,
    });
    await expect(variant.markdown).toMatchFileSnapshot(`./golden/rich-actions-first.${lang}.md.golden`);
  });

  it('HTML is only headings, paragraphs and lists, with every user text escaped', () => {
    const tags = new Set([...summary.html.matchAll(/<\/?([a-z0-9]+)/g)].map((m) => m[1]));
    expect([...tags].sort()).toEqual(['br', 'em', 'h1', 'h2', 'li', 'p', 'strong', 'time', 'ul']);
    expect(summary.html).toContain('Share the &lt;b&gt;template&lt;/b&gt;');
  });
});
