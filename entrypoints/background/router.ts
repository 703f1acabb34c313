import type { Browser } from 'wxt/browser';
import { isCallSiteUrl } from '@/lib/call/call-sites';
import { parseMessage } from '@/lib/message-schema';
import type { Message, MessageType } from '@/lib/messages';

type Sender = Browser.runtime.MessageSender;
type Handler<T extends MessageType> = (message: Extract<Message, { type: T }>, sender: Sender) => void;
export type Handlers = { [T in MessageType]: Handler<T> };

/** Where each message may come from: a content script on a call site, or our own pages. */
const ALLOWED_FROM: Record<MessageType, 'call-site' | 'extension-page'> = {
  'open-panel': 'call-site',
};

/** Why a message is refused, or null when it may be handled. */
export function refusal(raw: unknown, sender: Sender, extensionId: string): string | null {
  if (sender.id !== extensionId) return 'sender is not this extension';
  const message = parseMessage(raw);
  if (!message) return 'malformed payload';
  const fromTab = sender.tab !== undefined;
  if (ALLOWED_FROM[message.type] === 'call-site') {
    if (!fromTab || !isCallSiteUrl(sender.url)) return `${message.type} from outside a call site`;
  } else if (fromTab || !sender.url?.startsWith(`chrome-extension://${extensionId}/`)) {
    return `${message.type} from outside the extension's pages`;
  }
  return null;
}

/**
 * The background's single `onMessage` listener: checks the sender, validates the payload,
 * and dispatches synchronously (so a handler can still use the sender's user gesture).
 */
export function createRouter(
  extensionId: string,
  handlers: Handlers,
  log: (...args: unknown[]) => void = console.warn,
) {
  return (raw: unknown, sender: Sender): undefined => {
    const reason = refusal(raw, sender, extensionId);
    if (reason) {
      log('[aizuchi] message refused:', reason);
      return undefined;
    }
    const message = parseMessage(raw)!;
    handlers[message.type](message, sender);
    return undefined;
  };
}
