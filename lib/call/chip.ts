const HOST_ID = 'aizuchi-chip-host';

const CSS = `
:host { all: initial; position: fixed; right: 16px; bottom: 96px; z-index: 2147483646; display: flex; gap: 4px; }
button {
  font: 500 13px/1 system-ui, sans-serif; color: #0f3d3a; background: #e6f4f1;
  border: 1px solid #9ccfc6; border-radius: 999px; padding: 8px 12px; cursor: pointer;
  box-shadow: 0 1px 3px rgb(0 0 0 / 0.25);
}
button:hover { background: #d3ece7; }
.ask { font: 500 13px/1.3 system-ui, sans-serif; color: #0f3d3a; background: #fff8e1; border: 1px solid #e0c36a;
  border-radius: 8px; padding: 6px 10px; align-self: center; }
.ask[hidden] { display: none; }
button:focus-visible { outline: 2px solid #5fb3a6; outline-offset: 2px; }
@media (prefers-color-scheme: dark) {
  button { color: #d8f1ec; background: #1d3b37; border-color: #2f6a61; }
  .ask { color: #f5ecd0; background: #3a3220; border-color: #7a6630; }
  button:hover { background: #24504a; }
}`;

export interface Chip {
  setVisible(visible: boolean): void;
  /** Shows a question beside the buttons (null hides it); the buttons keep their names. */
  ask(question: string | null): void;
}

export interface ChipButton {
  text: string;
  label: string;
  onClick: () => void;
}

/**
 * Small buttons in an open shadow root at a fixed corner of the call page.
 * Creating it twice reuses the first one, so in-page navigations never duplicate it.
 */
export function createChip(doc: Document, buttons: readonly ChipButton[]): Chip {
  let host = doc.getElementById(HOST_ID);
  if (!host) {
    host = doc.createElement('div');
    host.id = HOST_ID;
    const root = host.attachShadow({ mode: 'open' });
    const style = doc.createElement('style');
    style.textContent = CSS;
    const bubble = doc.createElement('span');
    bubble.className = 'ask';
    bubble.setAttribute('role', 'status');
    bubble.hidden = true;
    root.append(style, bubble);
    for (const { text, label, onClick } of buttons) {
      const button = doc.createElement('button');
      button.type = 'button';
      button.textContent = text;
      button.setAttribute('aria-label', label);
      button.addEventListener('click', onClick);
      root.append(button);
    }
    doc.documentElement.append(host);
  }
  const el = host;
  const bubble = el.shadowRoot?.querySelector<HTMLElement>('.ask');
  return {
    setVisible(visible) {
      el.hidden = !visible;
      el.style.display = visible ? '' : 'none';
    },
    ask(question) {
      if (!bubble) return;
      bubble.textContent = question ?? '';
      bubble.hidden = question === null;
    },
  };
}
