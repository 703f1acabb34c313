const FRAME_ID = 'aizuchi-quick-note';

/**
 * The quick-note box over the call: an extension page in an iframe, so that nothing typed
 * into it is readable by the call page's scripts (T23). Toggling twice removes it.
 */
export function toggleQuickNote(doc: Document, src: string): void {
  if (closeQuickNote(doc)) return;
  const frame = doc.createElement('iframe');
  frame.id = FRAME_ID;
  frame.src = src;
  frame.title = 'Aizuchi';
  frame.setAttribute('allowtransparency', 'true');
  Object.assign(frame.style, {
    all: 'initial',
    position: 'fixed',
    right: '16px',
    bottom: '140px',
    width: '340px',
    height: '168px',
    border: '0',
    borderRadius: '12px',
    boxShadow: '0 4px 18px rgb(0 0 0 / 0.35)',
    colorScheme: 'normal',
    zIndex: '2147483647',
  });
  doc.documentElement.append(frame);
  frame.focus();
}

/** Removes the box and gives the focus back to the call page; false when there was none. */
export function closeQuickNote(doc: Document): boolean {
  const frame = doc.getElementById(FRAME_ID);
  if (!frame) return false;
  frame.remove();
  doc.defaultView?.focus();
  return true;
}
