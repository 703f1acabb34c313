import { isMeetHost, isZoomHost } from './url';

/** True when a URL belongs to a site whose calls Aizuchi follows (Meet or the Zoom web client, zoomgov included). */
export function isCallSiteUrl(url: string | undefined): boolean {
  if (!url) return false;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol !== 'https:') return false;
  return isMeetHost(parsed.hostname) || isZoomHost(parsed.hostname);
}
