import { actionPrompts } from './catalogue/action';
import { careerPrompts } from './catalogue/career';
import { challengePrompts } from './catalogue/challenge';
import { closingPrompts } from './catalogue/closing';
import { conditionPrompts } from './catalogue/condition';
import { emotionPrompts } from './catalogue/emotion';
import { engagementPrompts } from './catalogue/engagement';
import { feedbackPrompts } from './catalogue/feedback';
import { followershipPrompts } from './catalogue/followership';
import { growthPrompts } from './catalogue/growth';
import { mvvPrompts } from './catalogue/mvv';
import { safetyPrompts } from './catalogue/safety';
import { verbalizePrompts } from './catalogue/verbalize';
import type { Prompt } from './types';

/**
 * The built-in bilingual prompt catalogue, grounded in the seed articles. Order matters
 * only as the engine's last tie-break; ids are stable (recorded in sessions), so never
 * rename one — retire it and add a new id instead.
 */
export const catalogue: readonly Prompt[] = Object.freeze([
  ...conditionPrompts,
  ...emotionPrompts,
  ...verbalizePrompts,
  ...growthPrompts,
  ...careerPrompts,
  ...feedbackPrompts,
  ...safetyPrompts,
  ...challengePrompts,
  ...engagementPrompts,
  ...followershipPrompts,
  ...mvvPrompts,
  ...actionPrompts,
  ...closingPrompts,
]);
