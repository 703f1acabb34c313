import { describe, expect, it } from 'vitest';
import { parseKindPrefix } from '@/lib/notes/prefix';

describe('parseKindPrefix', () => {
  it.each([
    ['/a 資料を送る', { kind: 'action', text: '資料を送る' }],
    ['/d weekly reports as bullets', { kind: 'decision', text: 'weekly reports as bullets' }],
    ['/q 正直しんどい', { kind: 'quote', text: '正直しんどい' }],
    ['/p tired', { kind: 'private', text: 'tired' }],
    ['/m ', { kind: 'moment', text: '' }],
    ['/A caps', { kind: 'action', text: 'caps' }],
    ['／ａ　全角で入力', { kind: 'action', text: '全角で入力' }],
    ['/d\u3000和文スペース', { kind: 'decision', text: '和文スペース' }],
  ] as const)('%j → %j', (text, expected) => {
    expect(parseKindPrefix(text)).toEqual(expected);
  });

  it.each(['/a', '/x note', 'a/ note', ' /a note', '/ab note', 'and/a note', '/anote', ''])(
    '%j has no prefix',
    (text) => {
      expect(parseKindPrefix(text)).toBeNull();
    },
  );
});
