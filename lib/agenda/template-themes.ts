import type { Theme } from '../prompts/types';

/**
 * The themes with an agenda template (templates.ts must have exactly these): the panel knows
 * whether to offer a template without loading the templates' bilingual text.
 */
export const TEMPLATE_THEMES = [
  'career',
  'condition',
  'growth',
  'feedback',
  'challenge',
  'safety',
  'engagement',
  'mvv',
  'action',
  'closing',
] as const satisfies readonly Theme[];

export type TemplateTheme = (typeof TEMPLATE_THEMES)[number];

/** Whether the theme has an agenda template. */
export function hasAgendaTemplate(theme: Theme | undefined): theme is TemplateTheme {
  return TEMPLATE_THEMES.some((t) => t === theme);
}
