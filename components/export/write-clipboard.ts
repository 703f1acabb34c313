import type { Summary } from '@/lib/export/summary';

/**
 * Puts both flavours of a summary on the clipboard in one entry: Markdown as text/plain,
 * semantic HTML as text/html.
 *
 * First through a `copy` event, within the click: Chromium commits the event's data to the
 * clipboard before `execCommand` returns, where `navigator.clipboard.write` first parses and
 * re-serialises the HTML (9–12 ms for a 500-note session: issue 9, P6). When the browser
 * refuses the command (no user activation left, no execCommand) or no copy event reached
 * us, the async clipboard writes instead, and its refusal is the caller's error.
 */
export async function writeClipboard(summary: Summary, doc: Document = document): Promise<void> {
  if (copyThroughEvent(summary, doc)) return;
  await navigator.clipboard.write([
    new ClipboardItem({
      'text/plain': new Blob([summary.markdown], { type: 'text/plain' }),
      'text/html': new Blob([summary.html], { type: 'text/html' }),
    }),
  ]);
}

/** True once the browser took both flavours from a copy event it fired for us. */
function copyThroughEvent(summary: Summary, doc: Document): boolean {
  let filled = false;
  const onCopy = (event: ClipboardEvent) => {
    if (!event.clipboardData) return;
    event.clipboardData.setData('text/plain', summary.markdown);
    event.clipboardData.setData('text/html', summary.html);
    // Without this the browser would copy the page's selection instead of our data.
    event.preventDefault();
    filled = true;
  };
  // Capture on the document: the event goes to the focused element or the selection's.
  doc.addEventListener('copy', onCopy, { capture: true });
  try {
    return doc.execCommand('copy') && filled;
  } catch {
    return false; // no execCommand here (a test DOM, a future browser): the async clipboard writes
  } finally {
    doc.removeEventListener('copy', onCopy, { capture: true });
  }
}
