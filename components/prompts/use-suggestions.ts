import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { catalogue } from '@/lib/prompts/catalogue';
import { callPhase } from '@/lib/prompts/call-phase';
import { rankPrompts, type RankedSuggestion } from '@/lib/prompts/engine';
import type { Phase, PromptContext } from '@/lib/prompts/types';
import { carriedActions } from '@/storage/actions';
import { recentlyAskedIds } from '@/storage/sessions';
import type { Member, Session } from '@/storage/types';
import { useDb } from '../app/db-context';
import { useNow } from '../app/use-now';

const PHASE_TICK_MS = 15_000;

/** The prompts for this member and this moment, re-ranked as the call moves on. */
export function useSuggestions(
  member: Member,
  running: Session | null,
): { context: PromptContext | null; suggestions: RankedSuggestion[] } {
  const db = useDb();
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
  const checkIn = running ?? member.plan;

  const context = useMemo<PromptContext | null>(() => {
    if (recentlyAsked === undefined || openActionCount === undefined) return null;
    return {
      theme: checkIn?.theme,
      followerType: member.followerType,
      wants: checkIn?.wants ?? member.usualWant,
      mood: checkIn?.mood,
      phase,
      recentlyAsked,
      openActionCount,
    };
  }, [checkIn, member.followerType, member.usualWant, phase, recentlyAsked, openActionCount]);
  const suggestions = useMemo(() => (context ? rankPrompts(context, catalogue) : []), [context]);

  return { context, suggestions };
}
