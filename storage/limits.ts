/** Longest note the product accepts; longer input is refused, never cut. */
export const MAX_NOTE_LENGTH = 20_000;
/** Longest member name or agenda item. */
export const MAX_NAME_LENGTH = 200;
export const MAX_AGENDA_LENGTH = 1_000;
/** Longest planned session, in minutes (a day). */
export const MAX_PLANNED_MINUTES = 24 * 60;
