import { describe, expect, it } from 'vitest';
import { excerpt, matchText } from '@/lib/search/match';
import { parseQuery } from '@/lib/search/query';
import { normalizeText, tokenize } from '@/lib/search/tokenize';

describe('tokenize', () => {
  it.each([
    ['資料', ['資料']],
    ['資料共有', ['資料', '共有']],
    ['資料を共有', ['資料', '共有']],
    ['評価面談の準備', ['評価', '面談', '準備']],
    ['を', ['を']],
    ['Shared the DECK', ['shared', 'the', 'deck']],
    ['ＡＢＣ　テスト', ['abc', 'テスト']],
    ['deck, deck!', ['deck']],
    ['  ', []],
    ['。、!?', []],
  ])('%j → %j', (query, words) => {
    expect(tokenize(query)).toEqual(words);
  });

  it('folds width and case', () => {
    expect(normalizeText('ＭＴＧ Mtg')).toBe('mtg mtg');
  });
});

describe('matchText', () => {
  const cases: [string, string, 1 | 2 | null][] = [
    ['資料', '資料を共有する', 2],
    ['資料共有', '資料を共有する', 1],
    ['資料を共有', '来週までに資料の共有をお願い', 1],
    ['共有 資料', '資料を共有', 1],
    ['資料', '会議の議事録', null],
    ['評価面談', '評価の話をした', null],
    ['deck', 'Shared the decks with the team', 2],
    ['share deck', 'Shared the decks', 1],
    ['DECK', 'deck', 2],
    ['ｄｅｃｋ', 'Deck', 2],
    ['deck', 'desk', null],
    ['', 'anything', null],
  ];
  it.each(cases)('%j in %j → %s', (query, text, expected) => {
    expect(matchText(text, parseQuery(query))).toBe(expected);
  });
});

describe('excerpt', () => {
  it('keeps short text whole', () => {
    expect(excerpt('資料を共有', ['資料'])).toBe('資料を共有');
  });
  it('cuts around the first word with ellipses', () => {
    const text = `${'あ'.repeat(100)}資料${'い'.repeat(100)}`;
    const cut = excerpt(text, ['資料'], 10);
    expect(cut).toBe(`…${'あ'.repeat(10)}資料${'い'.repeat(10)}…`);
  });
  it('starts at the beginning when no word is found', () => {
    expect(excerpt('abcdef', ['zz'], 1)).toBe('abcd…');
  });
});
