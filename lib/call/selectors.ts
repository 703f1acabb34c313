// Every page selector Aizuchi reads on a call page, in one place. When Meet or Zoom change
// their markup, this is the file to update (and the fixtures under tests/fixtures/pages/).
// Only structure is used — ids, class names, jsname / data-* attributes, icon ligatures —
// never visible labels, because the UI language varies (Meet is Japanese on Japanese accounts).
// Each entry names where it was seen; "issue 4" is this project's own issue text.
// Verified: 2026 (sources below); see tests/fixtures/pages/README.md for what the fixtures hold.

/** Google Meet. */
export const meetSelectors = {
  /** Leave-call (hang-up) button. Issue 4; Megingjord Meet content script ("verified: meeting",
   *  Sept 2026); vexa-bot selectors of 2025–2026 (`button[jsname="CQylAd"][aria-label=…]`).
   *  Also present in the lobby while waiting to be admitted (vexa-bot googleInitialAdmissionIndicators). */
  leaveButton: 'button[jsname="CQylAd"]',
  /** Icons inside buttons; the leave button's icon ligature is `call_end` in every UI language.
   *  vivek-nexus/transcriptonic google-meet config (`.google-symbols`, TEXT_CALL_END "call_end"). */
  buttonIcon: 'button i',
  /** Ligature text of the leave icon (not a translated label). */
  leaveIconLigature: 'call_end',
  /** Participant tiles, only once admitted (`spaces/…/devices/N`). Issue 4; Vexa live capture
   *  2026-03-17 ("Real Google Meet DOM vs Mock Page"); vexa-bot googleInitialAdmissionIndicators
   *  ("only indicators that do NOT appear in the lobby"). The same tile also carries
   *  data-requested-participant-id and data-tile-media-id (Vexa capture), kept as fallbacks. */
  participantTile: '[data-participant-id], [data-requested-participant-id], [data-tile-media-id]',
  /** Pre-join "Join now" / "Ask to join" control, now a wrapper around the button.
   *  Issue 4; Megingjord ("verified: green room"; "the join button is a DIV wrapper"). */
  joinControl: '[jsname="Qx7uuf"]',
  /** The host's join control in the green room. Issue 4; Megingjord ("verified: green room (host)").
   *  NB: a Meet-tools panel also uses this jsname in a call (public Meet-tools scraper), so it
   *  only counts when the call signals are absent — classify checks "in call" first. */
  hostJoinControl: '[jsname="z0F4cd"]',
  /** Microphone / camera toggles, in the green room and in a call, not on exit or error screens.
   *  Megingjord (detectPhase: exit hall "requires the absence of mute controls"). */
  mediaToggle: '[data-is-muted]',
  /** Meeting-title node; often absent or empty (issue 4: unreliable). Public Meet extension
   *  content scripts read it first and fall back to document.title. */
  meetingTitle: '[data-meeting-title]',
  /** Heading of the exit hall — but also of the error screen and of the green room (Megingjord;
   *  Vexa real capture gmeet-404-meeting-not-found.html). Not used to decide "ended". */
  exitHeading: 'h1[jsname="r4nke"]',
  /** Also on the error screen's buttons (Vexa real capture). Not used to decide "ended". */
  callEndedMarker: '[data-call-ended="true"]',
} as const;

/** Zoom web client (app.zoom.us/wc/…, *.zoom.us, zoomgov). */
export const zoomSelectors = {
  /** Leave control in the meeting footer; the 2026 button is `button.footer-button__button`
   *  inside it. Issue 4; vivek-nexus/transcriptonic zoom config (LEAVE_BUTTON_CONTAINER);
   *  vexa-bot zoom web selectors (`footer-button-base__button … footer-button__button`). */
  leaveControl: '.footer__leave-btn-container',
  /** In-meeting-only UI: the audio options menu (transcriptonic: "used to detect meeting
   *  start"), the footer (`#wc-footer`, `#foot-bar`: public Zoom bots' leave paths
   *  "#foot-bar > div.footer__leave-btn-container > button", "#wc-footer .footer__leave-btn-container button"),
   *  and the footer's audio button (vexa-bot: `button.join-audio-container__btn`, "shown when in meeting"). */
  inMeetingUi: '#audioOptionMenu, #wc-footer, #foot-bar, .join-audio-container__btn',
  /** Pre-join (preview) page, 2025–2026 client: name field, join button and the preview's own
   *  mic / camera buttons. Issue 4; vexa-bot zoom web selectors ("verified from live DOM"). */
  previewJoin:
    '#input-for-name, .preview-join-button, #preview-audio-control-button, #preview-video-control-button',
  /** Pre-join page of the older (classic) client: `#inputname`, `#joinBtn`. Issue 4; vexa-bot
   *  core zoom selectors ("Classic client (app.zoom.us/wc/join/<id>)"); public selenium Zoom bots. */
  classicJoin: '#inputname, #joinBtn',
  /** Waiting room's own leave button (a lobby, not the meeting). Seen in a public selenium Zoom
   *  bot (comment "# .wr-leave-btn" next to ".footer__leave-btn-container"); weakest signal here. */
  waitingRoom: '.wr-leave-btn',
  /** The client inside a same-origin iframe (installed-app / PWA route). Issue 4;
   *  transcriptonic (IFRAME "#webclient"); public bots ("iframe.pwa-webclient__iframe#webclient"). */
  clientFrame: 'iframe#webclient',
} as const;
