import { describe, expect, it } from 'vitest';
import { translator } from '@/lib/i18n';
import { buildSummary, promptTexts, type SummaryInput } from '@/lib/export/summary';
import { catalogue } from '@/lib/prompts/catalogue';

const start = Date.UTC(2026, 10, 27, 1, 0, 0);
const base: SummaryInput = {
  memberName: '佐藤 花子',
  session: { startedAt: start, endedAt: start + 30 * 60_000 },
  agenda: [
    { text: '評価面談の準備', discussed: true },
    { text: 'キャリアの話', discussed: false },
  ],
  notes: [
    { kind: 'note', text: '資料作成に時間がかかっている', createdAt: start + 65_000 },
    { kind: 'action', text: 'Share the template', createdAt: start + 12 * 60_000 + 34_000 },
    { kind: 'private', text: 'seemed tired', createdAt: start + 20 * 60_000 },
  ],
  includePrivate: false,
  t: translator('en'),
  locale: 'en',
  timeZone: 'UTC',
};

describe('buildSummary', () => {
  it('writes Markdown with title, check-in, agenda, decisions, action items and offset-stamped notes', () => {
    expect(buildSummary(base).markdown).toBe(
      [
        '# 1on1 with 佐藤 花子',
        '',
        'Nov 27, 2026, 1:00 AM · 30 min',
        '',
        '## Check-in',
        '',
        'None.',
        '',
        '## Agenda',
        '',
        '- [x] 評価面談の準備',
        '- [ ] キャリアの話',
        '',
        '## Decisions',
        '',
        'None.',
        '',
        '## Action items',
        '',
        '- [ ] Share the template — owner: manager',
        '',
        '## Notes',
        '',
        '- 1:05 資料作成に時間がかかっている',
        '',
      ].join('\n'),
    );
  });

  it('uses real headings and list items in HTML', () => {
    const { html } = buildSummary(base);
    expect(html).toContain('<h1>1on1 with 佐藤 花子</h1>');
    expect(html).toContain('<h2>Notes</h2>');
    expect(html).toContain('<li><time>1:05</time> 資料作成に時間がかかっている</li>');
    expect(html).toContain('<li><em>open</em> Share the template — owner: manager</li>');
  });

  it('T34 leaves private notes out unless asked', () => {
    expect(buildSummary(base).markdown).not.toContain('seemed tired');
    expect(buildSummary(base).html).not.toContain('seemed tired');
    expect(buildSummary({ ...base, includePrivate: true }).markdown).toContain(
      '- 20:00 [Private] seemed tired',
    );
  });

  it('T31 renders markup in notes inert: escaped in HTML, backslashed in Markdown', () => {
    const hostile = '<img src=x onerror=alert(1)> [click](javascript:alert(1)) **bold**';
    const { html, markdown } = buildSummary({
      ...base,
      notes: [{ kind: 'note', text: hostile, createdAt: start }],
    });
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(markdown).toContain(
      '\\<img src=x onerror=alert(1)\\> \\[click\\](javascript:alert(1)) \\*\\*bold\\*\\*',
    );
  });

  it('keeps a multi-line note inside its list item', () => {
    const { markdown, html } = buildSummary({
      ...base,
      notes: [{ kind: 'note', text: '一行目\n# 見出しではない\n- 箇条書きでもない', createdAt: start }],
    });
    expect(markdown).toContain('- 0:00 一行目\n  \\# 見出しではない\n  \\- 箇条書きでもない');
    expect(html).toContain('一行目<br># 見出しではない<br>- 箇条書きでもない');
  });

  it('T34 the prompts section appears only when asked for; unknown prompt ids are skipped', () => {
    expect(buildSummary({ ...base, promptsUsed: ['Q?'] }).markdown).not.toContain('Prompts used');
    expect(buildSummary({ ...base, includePrompts: true }).markdown).toContain('## Prompts used\n\nNone.');
    expect(promptTexts(['nope', 'closing-take-away'], catalogue, 'ja')).toEqual([
      '今日の話で、持ち帰りたいことは何ですか？',
    ]);
  });

  it('T35 works with no member, no agenda and no notes, while running', () => {
    const { markdown } = buildSummary({
      ...base,
      memberName: undefined,
      session: { startedAt: start },
      agenda: [],
      notes: [],
    });
    expect(markdown).toContain('# 1on1\n');
    expect(markdown).toContain('in progress');
    expect(markdown.match(/None\./g)).toHaveLength(5);
  });

  it('T05 keeps CJK, emoji ZWJ sequences, RTL and combining characters unchanged', () => {
    const text = '了解です 👩‍👩‍👧‍👦 مرحبا e\u0301';
    const { markdown, html } = buildSummary({ ...base, notes: [{ kind: 'quote', text, createdAt: start }] });
    expect(markdown).toContain(text);
    expect(html).toContain(text);
  });

  it('writes Japanese headings in Japanese', () => {
    const { markdown } = buildSummary({ ...base, t: translator('ja'), locale: 'ja' });
    expect(markdown).toContain('# 佐藤 花子 さんとの 1on1');
    expect(markdown).toContain('## アジェンダ');
    expect(markdown).toContain('- [ ] Share the template — 担当: マネージャー');
  });
});
