import { describe, expect, it } from 'vitest';
import { escapeHtml, escapeMarkdown } from '@/lib/export/escape';

describe('escapeHtml', () => {
  it.each([
    ['', ''],
    ['plain text 資料', 'plain text 資料'],
    ['<b>"x" & \'y\'</b>', '&lt;b&gt;&quot;x&quot; &amp; &#39;y&#39;&lt;/b&gt;'],
    ['&amp;', '&amp;amp;'],
    ['a\nb', 'a\nb'],
  ])('%j → %j', (text, expected) => {
    expect(escapeHtml(text)).toBe(expected);
  });
});

describe('escapeMarkdown', () => {
  it.each([
    ['', ''],
    ['plain text 資料', 'plain text 資料'],
    ['*a* _b_ `c` [d](e) <f> |g| ~h~ \\', '\\*a\\* \\_b\\_ \\`c\\` \\[d\\](e) \\<f\\> \\|g\\| \\~h\\~ \\\\'],
    ['# first line stays', '# first line stays'],
    [
      'one\n# two\n- three\n  + four\n12. five\nsix',
      'one\n  \\# two\n  \\- three\n    \\+ four\n  \\12. five\n  six',
    ],
    ['a\n> quote <b>', 'a\n  \\> quote \\<b\\>'],
  ])('%j → %j', (text, expected) => {
    expect(escapeMarkdown(text)).toBe(expected);
  });

  it('indents continuation lines as asked', () => {
    expect(escapeMarkdown('a\nb', '    ')).toBe('a\n    b');
  });
});
