import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { useUi } from '@/components/app/ui-store';
import { UndoBar } from '@/components/app/undo-bar';
import { SuggestedPrompts } from '@/components/prompts/suggested-prompts';
import type { AizuchiDB } from '@/storage/db';
import { addMember } from '@/storage/members';
import { addCustomPrompt } from '@/storage/prompts';
import type { Member } from '@/storage/types';
import { freshDb } from '../../helpers/db';
import { renderPanel } from '../../helpers/render-panel';

let db: AizuchiDB;
let member: Member;

beforeEach(async () => {
  db = freshDb();
  useUi.setState({ undo: null });
  member = { ...(await addMember(db, '佐藤')), plan: { theme: 'career' } };
});

const list = () => screen.getByRole('list', { name: 'Suggested prompts' });
const items = () =>
  within(list())
    .queryAllByRole('listitem')
    .filter((li) => li.parentElement === list());
const texts = () => items().map((li) => li.querySelector('.prompt-text')?.textContent ?? '');

async function shown(lang: 'en' | 'ja' = 'en') {
  renderPanel(
    <>
      <UndoBar />
      <SuggestedPrompts member={member} running={null} />
    </>,
    db,
    lang,
  );
  await waitFor(() => expect(items().length).toBeGreaterThan(0));
  expect(items().length).toBeLessThanOrEqual(3);
}

describe('Suggested prompts: favourite, hide, your own', () => {
  it('the star toggles and is stored', async () => {
    await shown();
    const [first] = texts();
    const star = screen.getByRole('button', { name: `Favourite: ${first}` });
    expect(star.getAttribute('aria-pressed')).toBe('false');
    await userEvent.click(star);
    await waitFor(() =>
      expect(screen.getByRole('button', { name: `Favourite: ${first}` }).getAttribute('aria-pressed')).toBe(
        'true',
      ),
    );
    const prefs = await db.promptPrefs.toArray();
    expect(prefs.map((p) => p.favourite)).toEqual([true]);
  });

  it('hide for this member removes it from the list; Undo brings it back', async () => {
    await shown();
    const [first] = texts();
    await userEvent.click(screen.getByRole('button', { name: `Hide for 佐藤: ${first}` }));
    await waitFor(() => expect(texts()).not.toContain(first));
    expect(screen.getByText('Prompt hidden for 佐藤.')).toBeTruthy();
    expect((await db.promptPrefs.toArray())[0]?.hiddenFor).toEqual([member.id]);
    await userEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(texts()).toContain(first));
    expect(await db.promptPrefs.count()).toBe(0);
  });

  it('hide forever', async () => {
    await shown();
    const [first] = texts();
    await userEvent.click(screen.getByRole('button', { name: `Hide forever: ${first}` }));
    await waitFor(() => expect(texts()).not.toContain(first));
    expect((await db.promptPrefs.toArray())[0]).toMatchObject({ hidden: true });
  });

  it('a prompt written in English only is suggested for its theme, in Japanese too', async () => {
    await shown();
    await userEvent.click(screen.getByRole('button', { name: 'Write your own prompt' }));
    const form = await screen.findByRole('form', { name: 'Your own prompt' });
    await userEvent.click(within(form).getByRole('button', { name: 'Save prompt' }));
    expect(within(form).getByRole('alert').textContent).toBe(
      'Write the prompt in Japanese or English first.',
    );
    await userEvent.type(
      within(form).getByRole('textbox', { name: 'Prompt in English' }),
      'What would make next quarter yours?',
    );
    expect(within(form).getByRole('checkbox', { name: 'Career' })).toHaveProperty('checked', true);
    await userEvent.click(within(form).getByRole('checkbox', { name: 'Results and growth' }));
    await userEvent.click(within(form).getByRole('button', { name: 'Save prompt' }));
    await waitFor(() => expect(texts()).toContain('What would make next quarter yours?'));
    expect((await db.customPrompts.toArray())[0]).toMatchObject({
      themes: ['career', 'growth'],
      text: { ja: '' },
    });
  });

  it('at most three themes can be chosen', async () => {
    await shown();
    await userEvent.click(screen.getByRole('button', { name: 'Write your own prompt' }));
    await screen.findByRole('form', { name: 'Your own prompt' }); // its form loads when asked for
    for (const name of ['Feedback', 'Engagement'])
      await userEvent.click(screen.getByRole('checkbox', { name }));
    expect(screen.getByRole('checkbox', { name: 'Followership' })).toHaveProperty('disabled', true);
  });

  it('shows a Japanese-only prompt in the English UI', async () => {
    await addCustomPrompt(db, { text: { ja: '次の四半期を自分のものにするには？' }, themes: ['career'] });
    await shown('en');
    await waitFor(() => expect(texts()).toContain('次の四半期を自分のものにするには？'));
  });
});
