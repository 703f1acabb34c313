import { browser } from 'wxt/browser';
import {
  CALLS_KEY,
  quickNoteDraftKey,
  type QuickNoteDraft,
  type TrackedCall,
  type TrackedCalls,
} from '@/lib/call/tracked';
import { sendToTab, type Message, type QuickNoteReply } from '@/lib/messages';
import type { AizuchiDB } from '@/storage/db';
import { linkCallToMember, memberForCall } from '@/storage/members';
import { addNote } from '@/storage/notes';
import { endSession, resumeSession, startSession } from '@/storage/sessions';
import { setSetting } from '@/storage/settings';

type CallState = Extract<Message, { type: 'call-state' }>;

/** A call that comes back within this time after it ended (a reconnect) resumes its session. */
export const RESUME_GRACE_MS = 2 * 60_000;

/**
 * Follows the calls open in tabs and keeps the member's session in step: a linked call
 * starts its member's session when it begins, and ends it when it ends or its tab closes.
 * State lives in storage.session so a restarted service worker carries on.
 */
export function createCallTracker(db: AizuchiDB, now: () => number = Date.now) {
  // Messages arrive faster than storage round-trips: apply them one at a time.
  let queue = Promise.resolve();
  const update = (change: (calls: TrackedCalls) => Promise<void>) => {
    queue = queue
      .then(async () => {
        const calls = ((await browser.storage.session.get(CALLS_KEY))[CALLS_KEY] ?? {}) as TrackedCalls;
        await change(calls);
        await browser.storage.session.set({ [CALLS_KEY]: calls });
      })
      .catch((error: unknown) => console.warn('[aizuchi] call tracking failed:', error));
    return queue;
  };

  const startIfLinked = async (call: TrackedCall) => {
    if (call.phase !== 'incall') return;
    if (call.sessionId) {
      if (await resumeSession(db, call.sessionId, now() - RESUME_GRACE_MS)) return;
      delete call.sessionId; // dropped too long ago: this is a new session
    }
    const member = call.memberId ? await db.members.get(call.memberId) : await memberForCall(db, call);
    if (!member) return;
    const session = await startSession(db, member.id, now());
    call.sessionId = session.id;
    call.memberId = member.id;
    // The panel follows the call: its member is the one on screen.
    await setSetting(db, 'selectedMemberId', member.id);
  };

  // In a call nobody is linked to, the chip on the call page asks which member it is.
  const askWhichMember = (call: TrackedCall) => {
    const asking = call.phase === 'incall' && !call.sessionId;
    sendToTab(call.tabId, { type: 'ask-member', asking }).catch(() => undefined);
  };

  const endIfRunning = async (call: TrackedCall | undefined) => {
    if (call?.sessionId) await endSession(db, call.sessionId, now());
  };

  return {
    onCallState(message: CallState, tabId: number) {
      return update(async (calls) => {
        const key = String(tabId);
        const previous = calls[key];
        const sameCall = previous?.service === message.service && previous.meetingKey === message.meetingKey;
        if (message.phase === 'none' || !sameCall) {
          // Left the call's page, or moved to another call in the same tab (T17).
          if (previous?.phase === 'incall') await endIfRunning(previous);
          delete calls[key];
          if (message.phase === 'none') return;
        }
        const base: Partial<TrackedCall> = sameCall ? (previous ?? {}) : {};
        const call: TrackedCall = {
          ...base,
          tabId,
          service: message.service,
          meetingKey: message.meetingKey,
          phase: message.phase,
          title: message.title ?? base.title,
          updatedAt: now(),
        };
        if (call.phase === 'ended' && base.phase === 'incall') await endIfRunning(call);
        await startIfLinked(call);
        calls[key] = call;
        askWhichMember(call);
      });
    },

    /**
     * The tab closed without leaving the call: its session ends now (T15). Text left in the
     * quick-note box becomes a note of that session rather than being lost.
     */
    onTabRemoved(tabId: number) {
      return update(async (calls) => {
        const call = calls[String(tabId)];
        const draftKey = quickNoteDraftKey(tabId);
        const draft = (await browser.storage.local.get(draftKey))[draftKey] as QuickNoteDraft | undefined;
        const session = call?.sessionId ? await db.sessions.get(call.sessionId) : undefined;
        if (draft?.text.trim() && session) {
          await addNote(db, session, 'note', draft.text, Math.max(draft.startedAt, session.startedAt));
        }
        await browser.storage.local.remove(draftKey);
        if (call?.phase === 'incall') await endIfRunning(call);
        delete calls[String(tabId)];
      });
    },

    /**
     * A note from the quick-note box of a tab, stamped with its first keystroke (clamped into
     * the session, never in the future), into the session of that tab's call.
     */
    async quickNote(tabId: number, text: string, startedAt: number): Promise<QuickNoteReply> {
      await queue;
      const calls = ((await browser.storage.session.get(CALLS_KEY))[CALLS_KEY] ?? {}) as TrackedCalls;
      const sessionId = calls[String(tabId)]?.sessionId;
      const session = sessionId ? await db.sessions.get(sessionId) : undefined;
      if (!session || session.endedAt !== undefined) return { ok: false, reason: 'no-session' };
      const stamp = Math.min(Math.max(startedAt, session.startedAt), now());
      await addNote(db, session, 'note', text, stamp);
      return { ok: true, offsetMs: stamp - session.startedAt };
    },

    /** Marks a moment in the session of the call in a tab; nothing when the call has none. */
    markMoment(tabId: number) {
      return update(async (calls) => {
        const sessionId = calls[String(tabId)]?.sessionId;
        const session = sessionId ? await db.sessions.get(sessionId) : undefined;
        if (session && session.endedAt === undefined) await addNote(db, session, 'moment', '', now());
      });
    },

    /** The manager links the call in a tab to a member: remembered for next time, session started. */
    linkCall(tabId: number, memberId: string) {
      return update(async (calls) => {
        const call = calls[String(tabId)];
        if (!call || !(await db.members.get(memberId))) return;
        await linkCallToMember(db, memberId, call);
        call.memberId = memberId;
        await startIfLinked(call);
        askWhichMember(call);
      });
    },
  };
}
