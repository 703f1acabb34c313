import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { callPhase } from '@/lib/prompts/call-phase';
import { promptPool } from '@/lib/prompts/custom';
import type { RankedSuggestion } from '@/lib/prompts/engine';
import type { Phase, PromptContext } from '@/lib/prompts/types';
import { carriedActions } from '@/storage/actions';
import { customPrompts, promptPrefs } from '@/storage/prompts';
import { recentlyAskedIds } from '@/storage/sessions';
import type { Member, PromptPref, Session } from '@/storage/types';
import { useDb } from '../app/db-context';
import { useNow } from '../app/use-now';
import { usePromptKit } from './load-catalogue';

const PHASE_TICK_MS = 15_000;

export interface Suggestions {
  context: PromptContext | null;
  suggestions: RankedSuggestion[];
  /** The manager's choices per prompt id (favourite, hidden), for the toggles. */
  prefs: ReadonlyMap<string, PromptPref>;
  /** Why the catalogue could not load, if it could not. */
  error: string;
}

/**
 * The prompts for this member and this moment, re-ranked as the call moves on. The
 * manager's own prompts join the catalogue; hidden ones (forever, or for this member) are
 * removed before ranking, and favourites go to the engine as a boost.
 */
export function useSuggestions(member: Member, running: Session | null): Suggestions {
  const db = useDb();
  const { kit, error } = usePromptKit();
  const now = useNow(running !== null, PHASE_TICK_MS);
  const phase: Phase = running ? callPhase(now - running.startedAt, running.plannedMinutes) : 'opening';
  const recentlyAsked = useLiveQuery(
    () => recentlyAskedIds(db, member.id, running),
    [db, member.id, running],
  );
  const openActionCount = useLiveQuery(
    async () =>
      (await carriedActions(db, member.id, running)).filter((n) => n.action?.doneAt === undefined).length,
    [db, member.id, running],
  );
  const own = useLiveQuery(
    async () => ({ custom: await customPrompts(db), prefs: await promptPrefs(db) }),
    [db],
  );
  const checkIn = running ?? member.plan;

  const pool = useMemo(
    () => (kit && own ? promptPool(kit.catalogue, own.custom, own.prefs, member.id) : null),
    [kit, own, member.id],
  );
  const prefs = useMemo(() => new Map((own?.prefs ?? []).map((p) => [p.promptId, p])), [own]);

  const context = useMemo<PromptContext | null>(() => {
    if (recentlyAsked === undefined || openActionCount === undefined || !pool) return null;
    return {
      theme: checkIn?.theme,
      followerType: member.followerType,
      wants: checkIn?.wants ?? member.usualWant,
      mood: checkIn?.mood,
      phase,
      recentlyAsked,
      openActionCount,
      favourites: pool.favourites,
    };
  }, [checkIn, member.followerType, member.usualWant, phase, recentlyAsked, openActionCount, pool]);
  const suggestions = useMemo(
    () => (kit && context && pool ? kit.rankPrompts(context, pool.prompts) : []),
    [kit, context, pool],
  );

  return { context, suggestions, prefs, error };
}
