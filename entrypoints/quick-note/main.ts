import { browser } from 'wxt/browser';
import { quickNoteDraftKey, type QuickNoteDraft } from '@/lib/call/tracked';
import { send, sendToTab, type QuickNoteReply } from '@/lib/messages';
import { formatOffset } from '@/lib/time';
import './style.css';

// The quick-note box, an extension page framed over the call so that the call page cannot
// read the keys typed here (T23). Framed in a web page its storage is partitioned, so it
// opens no database: the background writes the note into the session of this tab's call.
// What is typed so far is kept in storage.local, so closing the box loses nothing.

type MessageName = Parameters<typeof browser.i18n.getMessage>[0];

const MAX_NOTE = 20_000;
const DRAFT_DELAY_MS = 250;
const box = document.getElementById('note') as HTMLTextAreaElement;
const status = document.getElementById('status')!;
const msg = (key: MessageName, sub?: string) => browser.i18n.getMessage(key, sub);

box.setAttribute('aria-label', msg('quickNoteLabel'));
box.placeholder = msg('quickNoteLabel');
document.getElementById('hint')!.textContent = msg('quickNoteHint');
document.documentElement.lang = browser.i18n.getUILanguage();

const tabId = (await browser.tabs.getCurrent())?.id;
let startedAt: number | undefined;
let draftTimer: number | undefined;
const draftKey = () => quickNoteDraftKey(tabId);

const say = (text: string, error = false) => {
  status.textContent = text;
  status.classList.toggle('error', error);
};

/** Keeps what was typed so far (the box may close before the debounce fires). */
async function flushDraft(): Promise<void> {
  window.clearTimeout(draftTimer);
  if (box.value.trim()) {
    const draft: QuickNoteDraft = { text: box.value, startedAt: startedAt ?? Date.now() };
    await browser.storage.local.set({ [draftKey()]: draft });
  } else {
    await browser.storage.local.remove(draftKey());
  }
}

/** Resolves once the key that closes the box is released: its keyup must not land on the call page. */
function keyReleased(): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      window.clearTimeout(timer);
      box.removeEventListener('keyup', done);
      resolve();
    };
    const timer = window.setTimeout(done, 500);
    box.addEventListener('keyup', done);
  });
}

async function close(released: Promise<void>): Promise<void> {
  await flushDraft();
  await released;
  if (tabId !== undefined) await sendToTab(tabId, { type: 'close-quick-note' });
}

async function save(released: Promise<void>): Promise<void> {
  const text = box.value;
  if (!text.trim()) return;
  if (text.length > MAX_NOTE) return say(msg('quickNoteTooLong'), true);
  const reply = (await send({
    type: 'quick-note',
    text,
    startedAt: startedAt ?? Date.now(),
  })) as QuickNoteReply | undefined;
  if (!reply?.ok) return say(msg(reply ? 'quickNoteNoSession' : 'quickNoteFailed'), true);
  box.value = '';
  startedAt = undefined;
  say(msg('quickNoteSaved', formatOffset(reply.offsetMs)));
  await close(released);
}

box.addEventListener('input', () => {
  startedAt ??= Date.now();
  window.clearTimeout(draftTimer);
  draftTimer = window.setTimeout(() => {
    flushDraft().catch(() => say(msg('quickNoteFailed'), true));
  }, DRAFT_DELAY_MS);
});

box.addEventListener('keydown', (event) => {
  // The Enter or Escape that ends an IME conversion belongs to the IME, never to us.
  if (event.isComposing || event.keyCode === 229) return;
  if (event.key === 'Escape') {
    event.preventDefault();
    close(keyReleased()).catch(() => say(msg('quickNoteFailed'), true));
  } else if (event.key === 'Enter' && !event.shiftKey) {
    event.preventDefault();
    save(keyReleased()).catch(() => say(msg('quickNoteFailed'), true));
  }
});

box.focus();

const draft = (await browser.storage.local.get(draftKey()))[draftKey()] as QuickNoteDraft | undefined;
if (draft && !box.value) {
  box.value = draft.text;
  startedAt = draft.startedAt;
}
