/**
 * Saves text as a file through a Blob, an object URL and `<a download>`: no permission
 * and no network. The URL is revoked after the browser has picked the download up.
 */
export function downloadText(fileName: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** `YYYY-MM-DD` of a stamp in the local time zone, for file names. */
export function localDay(stamp: number): string {
  const d = new Date(stamp);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** A file name part without characters that file systems refuse. */
export function safeFileName(text: string): string {
  const cleaned = [...text].map((c) => (c < ' ' || '\\/:*?"<>|'.includes(c) ? '_' : c)).join('');
  return cleaned.replace(/_+/g, '_').trim().slice(0, 80) || 'aizuchi';
}
