import type { FollowerType, Mood, Phase, Prompt, PromptContext, Theme, Want } from './types';

// Scoring helpers for the engine. Weights are points on one scale; what they encode comes
// from the seed: receive emotions before any topic when mood is low, let what the member
// wants change how to ask, check in when opening and close with takeaways and growth.

/** Stable codes behind each reason, so the UI can translate them. */
export type ReasonCode =
  | 'low-mood'
  | 'theme'
  | 'theme-related'
  | 'theme-widened'
  | 'theme-held-back'
  | 'wants-listen'
  | 'wants-think-together'
  | 'wants-advice'
  | 'phase-opening'
  | 'phase-closing'
  | 'phase-fit'
  | 'open-actions'
  | 'follower-type'
  | 'favourite'
  | 'own'
  | 'imported'
  | 'mood-fit'
  | 'general';

export const W = {
  themeMain: 40,
  themeSecondary: 15,
  lowMoodEmotion: 50,
  lowMoodCondition: 30,
  lowMoodEmotionSecondary: 12,
  moodMismatch: -40,
  moodFit: 4,
  wantsMain: 25,
  wantsSecondary: 8,
  wantsTagged: 10,
  wantsTagMismatch: -10,
  thinkDeeper: 5,
  openingCondition: 25,
  openingDeeper: -8,
  closingTooEarly: -40,
  closingMain: 45,
  closingNextStep: 35,
  closingOffTopic: -20,
  phaseTagged: 10,
  phaseExcluded: -15,
  followUp: 35,
  followUpNothingOpen: -30,
  followerTagged: 15,
  followerAffinity: 5,
  favourite: 12,
  // The manager's own words beat the catalogue on their theme; an imported bank competes with it.
  own: 20,
  imported: 12,
} as const;

/** Themes that answer each want: `listen` receives and helps find words, never advises. */
const WANT_THEMES: Record<Want, readonly Theme[]> = {
  listen: ['emotion', 'verbalize'],
  'think-together': ['verbalize', 'career', 'growth', 'challenge'],
  advice: ['feedback', 'growth'],
};

/** Where each Kelley type needs a nudge: voice, ownership, energy or a stretch. */
const FOLLOWER_THEMES: Record<FollowerType, readonly Theme[]> = {
  exemplary: ['career', 'growth', 'challenge'],
  conformist: ['followership', 'safety'],
  passive: ['challenge', 'followership', 'verbalize'],
  alienated: ['safety', 'engagement', 'feedback'],
  pragmatist: ['engagement', 'mvv', 'challenge'],
};

const CLOSING_THEMES: readonly Theme[] = ['closing', 'action', 'growth'];

/** The prompt's main theme (themes[0]); undefined only for a malformed custom prompt. */
export function mainTheme(prompt: Prompt): Theme | undefined {
  return prompt.themes[0];
}

/** Mood 1–2 at check-in. */
export function isLowMood(mood: Mood | undefined): boolean {
  return mood !== undefined && mood <= 2;
}

/** True when the prompt has no mood range or its range holds the mood. */
export function fitsMood(prompt: Prompt, mood: Mood): boolean {
  return !prompt.mood || (prompt.mood.min <= mood && mood <= prompt.mood.max);
}

/** Receives emotions: main theme emotion, or a check-in on feelings that suits the mood. */
export function isReceiving(prompt: Prompt, mood: Mood | undefined): boolean {
  const main = mainTheme(prompt);
  if (main === 'emotion') return true;
  return (
    main === 'condition' &&
    prompt.themes.includes('emotion') &&
    (mood === undefined || fitsMood(prompt, mood))
  );
}

/** A prompt that closes: takeaways, next actions, growth. */
export function isClosingKind(prompt: Prompt): boolean {
  const main = mainTheme(prompt);
  return main !== undefined && CLOSING_THEMES.includes(main);
}

/** An action prompt that follows up last time's items (not one that only sets next steps). */
export function isFollowUp(prompt: Prompt): boolean {
  if (mainTheme(prompt) !== 'action') return false;
  return !prompt.phases || prompt.phases.some((phase) => phase !== 'closing');
}

/** Prompts that give advice or ask for feedback: wrong when the member only wants to be heard. */
export function isAdviceGiving(prompt: Prompt): boolean {
  if (prompt.themes.includes('feedback')) return true;
  return !!prompt.wants && prompt.wants.includes('advice') && !prompt.wants.includes('listen');
}

type Add = (points: number, code?: ReasonCode) => void;

function scoreMood(ctx: PromptContext, prompt: Prompt, add: Add): void {
  if (ctx.mood === undefined) return;
  if (!fitsMood(prompt, ctx.mood)) add(W.moodMismatch);
  if (isLowMood(ctx.mood)) {
    const main = mainTheme(prompt);
    if (main === 'emotion') add(W.lowMoodEmotion, 'low-mood');
    else if (isReceiving(prompt, ctx.mood)) add(W.lowMoodCondition, 'low-mood');
    else if (prompt.themes.includes('emotion')) add(W.lowMoodEmotionSecondary, 'low-mood');
  } else if (prompt.mood && fitsMood(prompt, ctx.mood)) {
    add(W.moodFit, 'mood-fit');
  }
}

function scoreWants(ctx: PromptContext, prompt: Prompt, add: Add): void {
  const wants = ctx.wants;
  if (!wants) return;
  const code: ReasonCode = `wants-${wants}`;
  const themes = WANT_THEMES[wants];
  const main = mainTheme(prompt);
  if (main !== undefined && themes.includes(main)) add(W.wantsMain, code);
  else if (prompt.themes.some((t) => themes.includes(t))) add(W.wantsSecondary, code);
  if (prompt.wants?.includes(wants)) add(W.wantsTagged, code);
  else if (prompt.wants) add(W.wantsTagMismatch);
  if (wants === 'think-together' && prompt.depth === 'deeper') add(W.thinkDeeper, code);
}

function scorePhase(ctx: PromptContext, prompt: Prompt, add: Add): void {
  const phase: Phase = ctx.phase;
  const main = mainTheme(prompt);
  if (phase === 'closing') {
    if (main === 'closing') add(W.closingMain, 'phase-closing');
    else if (main === 'action' || main === 'growth') add(W.closingNextStep, 'phase-closing');
    else add(W.closingOffTopic);
  } else {
    if (main === 'closing') add(W.closingTooEarly);
    if (phase === 'opening' && main === 'condition') add(W.openingCondition, 'phase-opening');
    if (phase === 'opening' && prompt.depth === 'deeper') add(W.openingDeeper);
  }
  if (prompt.phases?.includes(phase)) add(W.phaseTagged, 'phase-fit');
  else if (prompt.phases) add(W.phaseExcluded);
}

function scoreActions(ctx: PromptContext, prompt: Prompt, add: Add): void {
  if (ctx.phase === 'closing' || !isFollowUp(prompt)) return;
  if (ctx.openActionCount > 0) add(W.followUp, 'open-actions');
  else add(W.followUpNothingOpen);
}

/** Points and reason codes (most important first) for one prompt in one context. */
export function scorePrompt(ctx: PromptContext, prompt: Prompt): { score: number; codes: ReasonCode[] } {
  let score = 0;
  const gains = new Map<ReasonCode, number>();
  const add: Add = (points, code) => {
    score += points;
    if (code && points > 0) gains.set(code, (gains.get(code) ?? 0) + points);
  };
  const main = mainTheme(prompt);
  if (ctx.theme && main === ctx.theme) add(W.themeMain, 'theme');
  else if (ctx.theme && prompt.themes.includes(ctx.theme)) add(W.themeSecondary, 'theme-related');
  scoreMood(ctx, prompt, add);
  scoreWants(ctx, prompt, add);
  scorePhase(ctx, prompt, add);
  scoreActions(ctx, prompt, add);
  if (ctx.followerType) {
    if (prompt.followerTypes?.includes(ctx.followerType)) add(W.followerTagged, 'follower-type');
    if (main !== undefined && FOLLOWER_THEMES[ctx.followerType].includes(main)) {
      add(W.followerAffinity, 'follower-type');
    }
  }
  if (ctx.favourites?.includes(prompt.id)) add(W.favourite, 'favourite');
  // Boosted on their own themes only, so a prompt of the manager's never crowds out every theme.
  const onTheme = !ctx.theme || prompt.themes.includes(ctx.theme);
  if (onTheme && prompt.origin === 'manual') add(W.own, 'own');
  else if (onTheme && prompt.origin === 'import') add(W.imported, 'imported');
  // Map keeps insertion order, so equal gains stay in the order they were scored.
  const codes = [...gains.entries()].sort((a, b) => b[1] - a[1]).map(([code]) => code);
  return { score, codes };
}

/** The English text of a reason code for this context (the UI may translate the code instead). */
export function describeReason(code: ReasonCode, ctx: PromptContext): string {
  switch (code) {
    case 'low-mood':
      return 'Mood is low: receive their feelings first';
    case 'theme':
      return `On today's theme (${ctx.theme ?? 'none'})`;
    case 'theme-related':
      return `Touches today's theme (${ctx.theme ?? 'none'})`;
    case 'theme-widened':
      return "Today's theme was asked recently: a fresh angle instead";
    case 'theme-held-back':
      return 'Feedback can wait: they want to be heard today';
    case 'wants-listen':
      return 'They want to be heard: helps them find their words';
    case 'wants-think-together':
      return 'They want to think together: an open question';
    case 'wants-advice':
      return 'They want advice: feedback and growth';
    case 'phase-opening':
      return 'Opening: check in before the topics';
    case 'phase-closing':
      return 'Closing: takeaways, next steps, growth';
    case 'phase-fit':
      return 'Fits this part of the call';
    case 'open-actions': {
      const n = ctx.openActionCount;
      return `Follows up ${n} open action item${n === 1 ? '' : 's'} from last time`;
    }
    case 'follower-type':
      return `Suits their follower type (${ctx.followerType ?? 'unknown'})`;
    case 'favourite':
      return 'You starred this';
    case 'own':
      return 'You wrote this one';
    case 'imported':
      return 'From your question bank';
    case 'mood-fit':
      return 'Suits their mood today';
    case 'general':
      return 'A good open question for any 1on1';
  }
}
