import type { Browser } from 'wxt/browser';
import { isCallSiteUrl } from '@/lib/call/call-sites';
import { parseMessage } from '@/lib/message-schema';
import type { Message, MessageType } from '@/lib/messages';

type Sender = Browser.runtime.MessageSender;
/** A handler may answer with a promise; its value is the sender's reply. */
type Handler<T extends MessageType> = (
  message: Extract<Message, { type: T }>,
  sender: Sender,
) => void | Promise<unknown>;
export type Handlers = { [T in MessageType]: Handler<T> };

/** Where each message may come from: a content script on a call site, or our own pages. */
const ALLOWED_FROM: Record<MessageType, 'call-site' | 'extension-page'> = {
  'open-panel': 'call-site',
  'call-state': 'call-site',
  'link-call': 'extension-page',
  'quick-note': 'extension-page',
};

/** Why a message is refused, or null when it may be handled. */
export function refusal(raw: unknown, sender: Sender, extensionId: string): string | null {
  if (sender.id !== extensionId) return 'sender is not this extension';
  const message = parseMessage(raw);
  if (!message) return 'malformed payload';
  if (ALLOWED_FROM[message.type] === 'call-site') {
    if (sender.tab === undefined || !isCallSiteUrl(sender.url))
      return `${message.type} from outside a call site`;
  } else if (!sender.url?.startsWith(`chrome-extension://${extensionId}/`)) {
    // Our pages: the side panel, or the same page opened in a tab.
    return `${message.type} from outside the extension's pages`;
  }
  return null;
}

/**
 * The background's single `onMessage` listener: checks the sender, validates the payload,
 * and dispatches synchronously (so a handler can still use the sender's user gesture).
 * A handler's promise becomes the reply (`return true` keeps the channel open for it).
 */
export function createRouter(
  extensionId: string,
  handlers: Handlers,
  log: (...args: unknown[]) => void = console.warn,
) {
  return (raw: unknown, sender: Sender, sendResponse: (reply: unknown) => void): true | undefined => {
    const reason = refusal(raw, sender, extensionId);
    if (reason) {
      log('[aizuchi] message refused:', reason);
      return undefined;
    }
    const message = parseMessage(raw)!;
    const reply = (handlers[message.type] as Handler<typeof message.type>)(message, sender);
    if (!reply) return undefined;
    reply.then(sendResponse, (error: unknown) => {
      log('[aizuchi] message failed:', error);
      sendResponse(undefined);
    });
    return true;
  };
}
