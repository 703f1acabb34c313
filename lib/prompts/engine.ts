import {
  describeReason,
  isAdviceGiving,
  isClosingKind,
  isFollowUp,
  isLowMood,
  isReceiving,
  mainTheme,
  scorePrompt,
  W,
  type ReasonCode,
} from './score';
import type { Prompt, PromptContext, Suggestion } from './types';

export { describeReason, type ReasonCode } from './score';

/** A suggestion with the stable codes behind its reasons, for a UI that translates them. */
export interface RankedSuggestion extends Suggestion {
  reasonCodes: ReasonCode[];
}

interface Candidate {
  prompt: Prompt;
  index: number;
  score: number;
  codes: ReasonCode[];
}

const MAX_REASONS = 3;

/**
 * Penalty for a main theme already picked: a second is fine, a third only without
 * alternatives. One follow-up covers the open items, so their boost counts once.
 */
function diversityPenalty(candidate: Candidate, picked: readonly Candidate[]): number {
  const main = mainTheme(candidate.prompt);
  const same = picked.filter((p) => mainTheme(p.prompt) === main).length;
  const repeatedFollowUp = isFollowUp(candidate.prompt) && picked.some((p) => isFollowUp(p.prompt));
  return (same === 0 ? 0 : same === 1 ? 18 : 60) + (repeatedFollowUp ? W.followUp : 0);
}

/** Highest value first; ties keep catalogue order, so the result never depends on chance. */
function best(candidates: readonly Candidate[], value: (c: Candidate) => number): Candidate | undefined {
  let top: Candidate | undefined;
  let topValue = -Infinity;
  for (const c of candidates) {
    const v = value(c);
    if (v > topValue || (v === topValue && top !== undefined && c.index < top.index)) {
      top = c;
      topValue = v;
    }
  }
  return top;
}

/**
 * The first slot follows the seed's order of priorities: a low mood is received before any
 * topic; the closing phase closes (with today's theme as a bonus, not a must); otherwise
 * today's theme leads. Each rule falls through when nothing fits it.
 */
function pickFirst(ctx: PromptContext, candidates: readonly Candidate[]): Candidate | undefined {
  const pools: ((c: Candidate) => boolean)[] = [];
  if (isLowMood(ctx.mood)) pools.push((c) => isReceiving(c.prompt, ctx.mood));
  if (ctx.phase === 'closing') pools.push((c) => isClosingKind(c.prompt));
  const theme = ctx.theme;
  if (theme) pools.push((c) => mainTheme(c.prompt) === theme);
  for (const inPool of pools) {
    const found = best(candidates.filter(inPool), (c) => c.score);
    if (found) return found;
  }
  return best(candidates, (c) => c.score);
}

/** Open actions early in the call need a follow-up, unless the member is low or wants to be heard. */
function wantsFollowUp(ctx: PromptContext, limit: number): boolean {
  return (
    ctx.openActionCount > 0 &&
    ctx.phase !== 'closing' &&
    !isLowMood(ctx.mood) &&
    ctx.wants !== 'listen' &&
    limit >= 2
  );
}

/** Why today's theme could not lead, if it could not: asked recently, or held back for `listen`. */
function themeGap(
  ctx: PromptContext,
  catalogue: readonly Prompt[],
  pool: readonly Candidate[],
  candidates: readonly Candidate[],
): ReasonCode | undefined {
  const theme = ctx.theme;
  if (!theme) return undefined;
  const onTheme = (p: Prompt) => mainTheme(p) === theme;
  if (candidates.some((c) => onTheme(c.prompt))) return undefined;
  if (pool.some((c) => onTheme(c.prompt))) return 'theme-held-back';
  return catalogue.some(onTheme) ? 'theme-widened' : undefined;
}

/** At most three codes; "fits this part of the call" only when nothing more telling applies. */
function reasonCodes(c: Candidate, lead: ReasonCode | undefined): ReasonCode[] {
  const codes = c.codes.length > 1 ? c.codes.filter((code) => code !== 'phase-fit') : [...c.codes];
  if (lead) codes.unshift(lead);
  const short = codes.slice(0, MAX_REASONS);
  return short.length > 0 ? short : ['general'];
}

/**
 * Ranks the catalogue for this member and this moment, with the reasons and their codes.
 * Pure and deterministic; inputs are never mutated. Returns 1 to `limit` suggestions (a
 * limit below 1 counts as 1), none repeated and none in `recentlyAsked`; [] only when
 * nothing is left once `recentlyAsked` is removed. When the member only wants to be heard,
 * feedback and advice prompts are left out unless nothing else remains.
 */
export function rankPrompts(
  context: PromptContext,
  catalogue: readonly Prompt[],
  limit = 3,
): RankedSuggestion[] {
  const max = Number.isFinite(limit) ? Math.max(1, Math.floor(limit)) : 3;
  const asked = new Set(context.recentlyAsked);
  const seen = new Set<string>();
  const pool: Candidate[] = [];
  catalogue.forEach((prompt, index) => {
    if (asked.has(prompt.id) || seen.has(prompt.id)) return;
    seen.add(prompt.id);
    pool.push({ prompt, index, ...scorePrompt(context, prompt) });
  });

  const gentle = pool.filter((c) => !isAdviceGiving(c.prompt));
  const candidates = context.wants === 'listen' && gentle.length > 0 ? gentle : pool;

  const first = pickFirst(context, candidates);
  if (!first) return [];
  const picked: Candidate[] = [first];
  while (picked.length < max) {
    const rest = candidates.filter((c) => !picked.includes(c));
    const next = best(rest, (c) => c.score - diversityPenalty(c, picked));
    if (!next) break;
    picked.push(next);
  }

  if (wantsFollowUp(context, max) && !picked.some((c) => isFollowUp(c.prompt))) {
    const followUp = best(
      candidates.filter((c) => isFollowUp(c.prompt) && !picked.includes(c)),
      (c) => c.score,
    );
    if (followUp && picked.length < max) picked.push(followUp);
    else if (followUp) picked[picked.length - 1] = followUp;
  }

  const gap = themeGap(context, catalogue, pool, candidates);
  return picked.map((c, i) => {
    const codes = reasonCodes(c, i === 0 ? gap : undefined);
    return {
      prompt: c.prompt,
      reasons: codes.map((code) => describeReason(code, context)),
      reasonCodes: codes,
    };
  });
}

/** Suggests up to `limit` prompts for this member and moment, each with short English reasons. */
export function suggestPrompts(
  context: PromptContext,
  catalogue: readonly Prompt[],
  limit = 3,
): Suggestion[] {
  return rankPrompts(context, catalogue, limit).map(({ prompt, reasons }) => ({
    prompt,
    reasons,
  }));
}
