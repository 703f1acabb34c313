import { parseCallUrl } from './url';

/** The meeting code of a Google Meet call URL, or null for any other page (landing, settings, nickname lookups…). */
export function meetCodeFromUrl(url: string): string | null {
  const call = parseCallUrl(url);
  return call?.service === 'meet' && !call.meetingKey.startsWith('lookup:') ? call.meetingKey : null;
}
