import { meetSelectors as meet, zoomSelectors as zoom } from './selectors';

/** Where the user stands in a call. `ended` is only ever produced by `nextPhase` (phase.ts). */
export type CallPhase = 'prejoin' | 'incall' | 'ended' | 'unknown';

/** The structural signals behind a classification; `nextPhase` needs them to tell a call's end. */
export interface CallSignals {
  /** A leave / hang-up control is on the page (Meet shows it in the lobby too). */
  leave: boolean;
  /** UI that exists only once admitted: Meet's participant tiles, Zoom's in-meeting footer. */
  admitted: boolean;
  /** A pre-join control: join button, name field, green-room media toggles, waiting room. */
  join: boolean;
}

/** What one look at a call page tells: its phase, the meeting's title if the page shows one, and why. */
export interface Classification {
  phase: CallPhase;
  title?: string;
  signals: CallSignals;
}

const MEET_CODE = /^[a-z]{3}-[a-z]{4}-[a-z]{3}$/;
const DASH = String.raw`\s*[-–—|:]\s*`;
const MEET_PREFIX = new RegExp(String.raw`^(?:Google\s+)?Meet${DASH}`, 'i');
const MEET_SUFFIX = new RegExp(String.raw`${DASH}(?:Google\s+)?Meet$`, 'i');
const MEET_GENERIC = /^(?:google\s+)?meet$/i;
const ZOOM_PREFIX = new RegExp(String.raw`^Zoom(?:\s+Workplace)?${DASH}`, 'i');
const ZOOM_SUFFIX = new RegExp(String.raw`${DASH}Zoom(?:\s+Workplace)?$`, 'i');
const ZOOM_GENERIC =
  /^(?:zoom(?:\s+(?:meetings?|workplace|web\s*client))?|zoom\s*ミーティング|meeting|ミーティング|error|エラー)$/i;

const has = (doc: Document, selector: string): boolean => doc.querySelector(selector) !== null;

function cleanTitle(raw: string | null | undefined, prefix: RegExp, suffix: RegExp): string {
  return (raw ?? '').replace(/\s+/g, ' ').trim().replace(prefix, '').replace(suffix, '').trim();
}

function meetTitle(doc: Document): string | undefined {
  const node = doc.querySelector(meet.meetingTitle);
  const candidates = [node?.getAttribute('data-meeting-title'), node?.textContent, doc.title];
  for (const raw of candidates) {
    const title = cleanTitle(raw, MEET_PREFIX, MEET_SUFFIX);
    // The bare code or the brand is what Meet shows when the meeting has no title.
    if (title && !MEET_CODE.test(title) && !MEET_GENERIC.test(title)) return title;
  }
  return undefined;
}

function zoomTitle(doc: Document): string | undefined {
  const title = cleanTitle(doc.title, ZOOM_PREFIX, ZOOM_SUFFIX);
  return title && !ZOOM_GENERIC.test(title) && !/^[\d\s]+$/.test(title) ? title : undefined;
}

function hasMeetLeaveIcon(doc: Document): boolean {
  for (const icon of doc.querySelectorAll(meet.buttonIcon)) {
    if (icon.textContent?.trim() === meet.leaveIconLigature) return true;
  }
  return false;
}

function withTitle(
  phase: CallPhase,
  signals: CallSignals,
  readTitle: () => string | undefined,
): Classification {
  // A title only means something for a call being joined or held (not on landing or exit pages).
  const title = phase === 'unknown' ? undefined : readTitle();
  return title === undefined ? { phase, signals } : { phase, title, signals };
}

/** Classifies a Google Meet document by structure only (any UI language): prejoin, incall or unknown. */
export function classifyMeet(doc: Document): Classification {
  const leave = has(doc, meet.leaveButton) || hasMeetLeaveIcon(doc);
  const admitted = has(doc, meet.participantTile);
  const toggles = has(doc, meet.mediaToggle);
  const join = has(doc, meet.joinControl) || has(doc, meet.hostJoinControl) || (toggles && !admitted);
  // In a call: tiles plus a call control. The leave button without tiles is the lobby
  // (waiting to be admitted). Exit and error screens have none of these (h1 r4nke and
  // data-call-ended are shared with the error screen, so they decide nothing here).
  let phase: CallPhase = 'unknown';
  if (admitted && (leave || toggles)) phase = 'incall';
  else if (join || leave) phase = 'prejoin';
  return withTitle(phase, { leave, admitted, join }, () => meetTitle(doc));
}

/** Classifies a Zoom web-client document (the top page or the inner `iframe#webclient` document). */
export function classifyZoom(doc: Document): Classification {
  const leave = has(doc, zoom.leaveControl);
  const admitted = has(doc, zoom.inMeetingUi);
  const join = has(doc, zoom.previewJoin) || has(doc, zoom.classicJoin) || has(doc, zoom.waitingRoom);
  let phase: CallPhase = 'unknown';
  if (leave && admitted) phase = 'incall';
  else if (join) phase = 'prejoin';
  return withTitle(phase, { leave, admitted, join }, () => zoomTitle(doc));
}

/** True when the document only hosts the Zoom client in `iframe#webclient`; the inner frame reports instead. */
export function hostsZoomClientFrame(doc: Document): boolean {
  return has(doc, zoom.clientFrame);
}
