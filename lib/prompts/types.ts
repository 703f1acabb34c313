// The prompt contract of docs/product.md ("Prompt contract"), plus the optional tags the
// catalogue uses to rank prompts. Pure types: safe to import from anywhere.

export type Theme =
  | 'condition'
  | 'career'
  | 'emotion'
  | 'verbalize'
  | 'growth'
  | 'safety'
  | 'feedback'
  | 'challenge'
  | 'engagement'
  | 'followership'
  | 'mvv'
  | 'action'
  | 'closing';

/** Follower types after Robert Kelley. */
export type FollowerType = 'exemplary' | 'conformist' | 'passive' | 'alienated' | 'pragmatist';

/** What the member wants from the manager today. */
export type Want = 'advice' | 'think-together' | 'listen';

/** Phase of the call, derived by the caller from elapsed vs planned length. */
export type Phase = 'opening' | 'middle' | 'closing';

/** Check-in mood: 1–2 is low. */
export type Mood = 1 | 2 | 3 | 4 | 5;

export interface Prompt {
  id: string;
  text: { ja: string; en: string };
  /** 1 to 3; themes[0] is the prompt's main theme. */
  themes: Theme[];
  /** Phases the prompt suits; absent means any. */
  phases?: Phase[];
  /** Follower types the prompt is written for; absent means any. */
  followerTypes?: FollowerType[];
  /** What the member wants when this prompt fits; absent means any. */
  wants?: Want[];
  /** Mood range (inclusive) the prompt suits; absent means any. */
  mood?: { min: Mood; max: Mood };
  /** `light` is easy to answer on the spot; `deeper` asks for reflection and waiting. */
  depth: 'light' | 'deeper';
  /** Which idea of the seed it comes from, e.g. `three-techniques/receive-emotions`. */
  source: string;
  /** Set on the manager's own prompts: written by hand, or imported from a question bank. */
  origin?: 'manual' | 'import';
}

export interface PromptContext {
  /** Today's theme picked by the manager. */
  theme?: Theme;
  /** From the member's profile. */
  followerType?: FollowerType;
  /** What the member wants today (check-in). */
  wants?: Want;
  /** Check-in; 1–2 is low. */
  mood?: Mood;
  phase: Phase;
  /** Prompt ids asked in the member's last two sessions. */
  recentlyAsked: readonly string[];
  /** Open action items carried over. */
  openActionCount: number;
  /** Ids the manager starred (a boost, not a must). */
  favourites?: readonly string[];
}

/** reasons: short, human-readable, English. */
export interface Suggestion {
  prompt: Prompt;
  reasons: string[];
}
