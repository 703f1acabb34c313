import type { FollowerType, Theme, Want } from './types';

/** Every theme, in the order the manager sees them. */
export const THEMES: readonly Theme[] = [
  'condition',
  'emotion',
  'verbalize',
  'growth',
  'career',
  'safety',
  'feedback',
  'challenge',
  'engagement',
  'followership',
  'mvv',
  'action',
  'closing',
];

export const WANTS: readonly Want[] = ['advice', 'think-together', 'listen'];

export const FOLLOWER_TYPES: readonly FollowerType[] = [
  'exemplary',
  'conformist',
  'passive',
  'alienated',
  'pragmatist',
];
