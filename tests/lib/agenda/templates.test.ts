import { describe, expect, it } from 'vitest';
import { agendaTemplate } from '@/lib/agenda/templates';

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
});
