import { browser } from 'wxt/browser';

/**
 * Every message the extension's parts send each other. One discriminated union:
 * the background's router validates each against `lib/message-schema.ts`.
 */
export type Message = { type: 'open-panel' };

export type MessageType = Message['type'];

/** Sends a message to the background. Resolves once it was handled. */
export async function send(message: Message): Promise<void> {
  await browser.runtime.sendMessage(message);
}
