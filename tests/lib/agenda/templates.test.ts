import { describe, expect, it } from 'vitest';
import { hasAgendaTemplate } from '@/lib/agenda/template-themes';
import { agendaTemplate } from '@/lib/agenda/templates';
import { THEMES } from '@/lib/prompts/themes';

describe('agenda templates', () => {
  it('career follows past → present → future, in both languages', () => {
    expect(agendaTemplate('career', 'en').map((t) => t.split(':')[0])).toEqual(['Past', 'Present', 'Future']);
    expect(agendaTemplate('career', 'ja').map((t) => t.split(':')[0])).toEqual([
      'これまで',
      'いま',
      'これから',
    ]);
  });

  it('is empty without a theme or for a theme without a template', () => {
    expect(agendaTemplate(undefined, 'en')).toEqual([]);
    expect(agendaTemplate('followership', 'ja')).toEqual([]);
  });

  // The panel offers a template from this list alone, before the templates' text is loaded.
  it.each(THEMES)('hasAgendaTemplate(%s) says whether the theme has one, in both languages', (theme) => {
    const items = [agendaTemplate(theme, 'en'), agendaTemplate(theme, 'ja')];
    expect(items.map((list) => list.length > 0)).toEqual([
      hasAgendaTemplate(theme),
      hasAgendaTemplate(theme),
    ]);
    for (const list of items) expect(list.every((text) => text.trim() !== '')).toBe(true);
  });

  it('has no template for no theme', () => {
    expect(hasAgendaTemplate(undefined)).toBe(false);
  });
});
