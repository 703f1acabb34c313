/** Meet meeting codes look like `abc-defg-hij`. */
const MEET_CODE = /^[a-z]{3}-[a-z]{4}-[a-z]{3}$/;

/** The meeting code of a Google Meet call URL, or null for any other page (landing, settings…). */
export function meetCodeFromUrl(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'https:' || parsed.hostname !== 'meet.google.com') return null;
  const segments = parsed.pathname.split('/').filter(Boolean);
  // Meet also serves calls under /_meet/<code>.
  const code = segments[0] === '_meet' ? segments[1] : segments[0];
  return code && segments.length <= (segments[0] === '_meet' ? 2 : 1) && MEET_CODE.test(code) ? code : null;
}
