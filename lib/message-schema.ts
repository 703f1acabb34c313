import * as v from 'valibot';
import type { Message } from './messages';

/** Strict shapes of every message: unknown keys and wrong types are rejected. */
const MessageSchema = v.variant('type', [v.strictObject({ type: v.literal('open-panel') })]);

/** Parses an untrusted value into a message, or null when it is not one of ours. */
export function parseMessage(value: unknown): Message | null {
  const result = v.safeParse(MessageSchema, value);
  return result.success ? result.output : null;
}
