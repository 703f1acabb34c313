/** The call services Aizuchi follows. */
export type CallService = 'meet' | 'zoom';

/** Which call a URL points at: the service and a stable key for that meeting. */
export interface CallRef {
  service: CallService;
  /** Meet: the code (`abc-defg-hij`) or `lookup:<nickname>`; Zoom: the numeric meeting id. */
  meetingKey: string;
}

const MEET_HOST = 'meet.google.com';
/** Meet meeting codes look like `abc-defg-hij` (Meet serves them lower-case). */
const MEET_CODE = /^[a-z]{3}-[a-z]{4}-[a-z]{3}$/;
/** Meeting nicknames (`/lookup/<nickname>`): letters, digits, `-`, `_`; Meet treats them case-insensitively. */
const MEET_NICKNAME = /^[a-z0-9][a-z0-9_-]{0,59}$/i;
/** Zoom meeting ids are 9 to 12 digits (personal ids 10, webinars 11); invitations sometimes space them. */
const ZOOM_ID = /^\d{9,12}$/;
/** `/wc/<id>/<action>`: the web client's own routes for a meeting; `leave`, `home` and others are not a call. */
const ZOOM_ACTIONS = new Set(['join', 'start', 'meeting']);

function parseHttps(url: string): URL | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  // An explicit port or credentials never appear on the real sites; refuse them rather than guess.
  if (
    parsed.protocol !== 'https:' ||
    parsed.port !== '' ||
    parsed.username !== '' ||
    parsed.password !== ''
  ) {
    return null;
  }
  return parsed;
}

/** True for `zoom.us`, `zoomgov.com` and their subdomains (not look-alikes such as `notzoom.us`). */
export function isZoomHost(hostname: string): boolean {
  return ['zoom.us', 'zoomgov.com'].some((domain) => hostname === domain || hostname.endsWith(`.${domain}`));
}

/** True for Google Meet's host. */
export function isMeetHost(hostname: string): boolean {
  return hostname === MEET_HOST;
}

function segmentsOf(pathname: string): string[] | null {
  try {
    return pathname
      .split('/')
      .filter(Boolean)
      .map((segment) => decodeURIComponent(segment));
  } catch {
    return null; // malformed percent-encoding
  }
}

function meetKey(segments: string[]): string | null {
  // Meet also serves its call routes under /_meet/ (the installed-app / PWA route).
  const rest = segments[0] === '_meet' ? segments.slice(1) : segments;
  const [first, second] = rest;
  if (rest.length === 1 && first !== undefined && MEET_CODE.test(first)) return first;
  if (rest.length === 2 && first === 'lookup' && second !== undefined && MEET_NICKNAME.test(second)) {
    return `lookup:${second.toLowerCase()}`;
  }
  return null;
}

function zoomId(raw: string | undefined): string | null {
  if (raw === undefined) return null;
  const id = raw.replace(/\s+/g, '');
  return ZOOM_ID.test(id) ? id : null;
}

function zoomKey(segments: string[]): string | null {
  if (segments.length !== 3 || segments[0] !== 'wc') return null;
  const [, second, third] = segments;
  if (second === 'join') return zoomId(third); // /wc/join/<id> (older client)
  if (third !== undefined && ZOOM_ACTIONS.has(third)) return zoomId(second); // /wc/<id>/join|start|meeting
  return null; // /j/<id> is only the launcher page, never under /wc/
}

/** The call a URL belongs to (Meet call page or Zoom web client), or null for any other page. */
export function parseCallUrl(url: string): CallRef | null {
  const parsed = parseHttps(url);
  if (!parsed) return null;
  const segments = segmentsOf(parsed.pathname);
  if (!segments) return null;
  if (isMeetHost(parsed.hostname)) {
    const key = meetKey(segments);
    return key === null ? null : { service: 'meet', meetingKey: key };
  }
  if (isZoomHost(parsed.hostname)) {
    const key = zoomKey(segments);
    return key === null ? null : { service: 'zoom', meetingKey: key };
  }
  return null;
}

/** The canonical link of a call, as stored on a member to recognise the call next time. */
export function canonicalCallUrl(ref: CallRef): string {
  if (ref.service === 'zoom') return `https://app.zoom.us/wc/${ref.meetingKey}/join`;
  return ref.meetingKey.startsWith('lookup:')
    ? `https://meet.google.com/lookup/${ref.meetingKey.slice('lookup:'.length)}`
    : `https://meet.google.com/${ref.meetingKey}`;
}

/** True when a stored link points at the given call. */
export function isSameCall(url: string, ref: CallRef): boolean {
  const other = parseCallUrl(url);
  return other?.service === ref.service && other.meetingKey === ref.meetingKey;
}
