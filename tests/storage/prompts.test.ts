import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { AizuchiDB } from '@/storage/db';
import {
  addCustomPrompt,
  checkPrompt,
  customPrompts,
  deleteCustomPrompt,
  hidePromptFor,
  hidePromptForever,
  importPrompts,
  promptPrefs,
  restorePromptPref,
  setFavourite,
} from '@/storage/prompts';
import { freshDb } from '../helpers/db';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
let db: AizuchiDB;
beforeEach(() => {
  db = freshDb();
});

describe('custom prompts', () => {
  it.each([
    [{ text: {}, themes: ['career'] }, 'empty'],
    [{ text: { ja: '  ', en: '' }, themes: ['career'] }, 'empty'],
    [{ text: { en: 'x'.repeat(501) }, themes: ['career'] }, 'too-long'],
    [{ text: { en: 'OK?' }, themes: [] }, 'no-theme'],
    [{ text: { en: 'OK?' }, themes: ['career', 'growth', 'mvv', 'safety'] }, 'too-many-themes'],
    [{ text: { en: 'OK?' }, themes: ['nope'] }, 'bad-theme'],
    [{ text: { ja: '大丈夫？' }, themes: ['career', 'growth', 'mvv'] }, null],
  ] as const)('checkPrompt(%j) is %s', (prompt, problem) => {
    expect(checkPrompt(prompt as Parameters<typeof checkPrompt>[0])).toBe(problem);
  });

  it('saves a prompt in one language with a UUID, trimmed, the other language empty', async () => {
    const row = await addCustomPrompt(db, { text: { ja: ' 最近の手応えは？ ' }, themes: ['growth'] }, 1_000);
    expect(row.id).toMatch(UUID);
    expect(row).toEqual({
      id: row.id,
      text: { ja: '最近の手応えは？', en: '' },
      themes: ['growth'],
      origin: 'manual',
      createdAt: 1_000,
    });
    expect(await customPrompts(db)).toEqual([row]);
    await expect(addCustomPrompt(db, { text: { en: '' }, themes: ['growth'] })).rejects.toThrow(/empty/);
    expect(await db.customPrompts.count()).toBe(1);
  });

  it('imports a bank in one transaction, keeping file order', async () => {
    const rows = await importPrompts(
      db,
      [
        { text: { en: 'First?' }, themes: ['career'] },
        { text: { ja: '二つ目？', en: 'Second?' }, themes: ['mvv', 'growth'] },
      ],
      5_000,
    );
    expect(rows.every((r) => r.origin === 'import')).toBe(true);
    expect((await customPrompts(db)).map((p) => p.text.en)).toEqual(['First?', 'Second?']);
  });

  it('an import that fails halfway writes nothing', async () => {
    await addCustomPrompt(db, { text: { en: 'Existing?' }, themes: ['career'] });
    await expect(
      importPrompts(db, [
        { text: { en: 'Fine?' }, themes: ['career'] },
        { text: { en: '' }, themes: ['career'] },
      ]),
    ).rejects.toThrow();
    const spy = vi.spyOn(db.customPrompts, 'bulkAdd').mockRejectedValueOnce(new Error('QuotaExceededError'));
    await expect(importPrompts(db, [{ text: { en: 'Fine?' }, themes: ['career'] }])).rejects.toThrow(/Quota/);
    spy.mockRestore();
    expect((await customPrompts(db)).map((p) => p.text.en)).toEqual(['Existing?']);
  });

  it('deleting a custom prompt also forgets its prefs', async () => {
    const row = await addCustomPrompt(db, { text: { en: 'Mine?' }, themes: ['career'] });
    await setFavourite(db, row.id, true);
    await deleteCustomPrompt(db, row.id);
    expect(await db.customPrompts.count()).toBe(0);
    expect(await promptPrefs(db)).toEqual([]);
  });
});

describe('prompt prefs', () => {
  it('favourite on and off; an empty pref leaves no row', async () => {
    await setFavourite(db, 'career-most-yourself', true);
    expect(await promptPrefs(db)).toEqual([{ promptId: 'career-most-yourself', favourite: true }]);
    await setFavourite(db, 'career-most-yourself', false);
    expect(await promptPrefs(db)).toEqual([]);
  });

  it('hide for a member adds them once, keeps the star; undo puts the pref back as it was', async () => {
    await setFavourite(db, 'p', true);
    const before = await hidePromptFor(db, 'p', 'm1');
    await hidePromptFor(db, 'p', 'm1');
    await hidePromptFor(db, 'p', 'm2');
    expect(await db.promptPrefs.get('p')).toEqual({
      promptId: 'p',
      favourite: true,
      hiddenFor: ['m1', 'm2'],
    });
    await restorePromptPref(db, 'p', before);
    expect(await db.promptPrefs.get('p')).toEqual({ promptId: 'p', favourite: true });
  });

  it('hide forever, then undo to no pref at all', async () => {
    const before = await hidePromptForever(db, 'q');
    expect(before).toBeUndefined();
    expect(await db.promptPrefs.get('q')).toEqual({ promptId: 'q', hidden: true });
    await restorePromptPref(db, 'q', before);
    expect(await db.promptPrefs.count()).toBe(0);
  });
});
