/** True when a URL belongs to a site whose calls Aizuchi follows (Meet or the Zoom web client). */
export function isCallSiteUrl(url: string | undefined): boolean {
  if (!url) return false;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol !== 'https:') return false;
  const host = parsed.hostname;
  return host === 'meet.google.com' || host === 'zoom.us' || host.endsWith('.zoom.us');
}
