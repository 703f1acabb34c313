import * as v from 'valibot';
import type { Message } from './messages';

// Mirrors storage/limits MAX_NOTE_LENGTH; lib imports nothing of ours but types.
const MAX_NOTE = 20_000;

const MAX_TITLE = 300;

/** Strict shapes of every message: unknown keys, wrong types and oversized values are rejected. */
const MessageSchema = v.variant('type', [
  v.strictObject({ type: v.literal('open-panel') }),
  v.strictObject({
    type: v.literal('call-state'),
    service: v.picklist(['meet', 'zoom']),
    meetingKey: v.pipe(v.string(), v.regex(/^[a-z0-9:._-]{1,120}$/)),
    phase: v.picklist(['prejoin', 'incall', 'ended', 'unknown', 'none']),
    title: v.optional(v.pipe(v.string(), v.maxLength(MAX_TITLE))),
  }),
  v.strictObject({
    type: v.literal('quick-note'),
    text: v.pipe(v.string(), v.maxLength(MAX_NOTE)),
    startedAt: v.pipe(v.number(), v.integer(), v.minValue(0)),
  }),
  v.strictObject({
    type: v.literal('link-call'),
    tabId: v.pipe(v.number(), v.integer(), v.minValue(0)),
    memberId: v.pipe(v.string(), v.uuid()),
  }),
]);

/** Parses an untrusted value into a message, or null when it is not one of ours. */
export function parseMessage(value: unknown): Message | null {
  const result = v.safeParse(MessageSchema, value);
  return result.success ? result.output : null;
}
