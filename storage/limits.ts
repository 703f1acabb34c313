/** Longest note the product accepts; longer input is refused, never cut. */
export const MAX_NOTE_LENGTH = 20_000;
/** Longest member name or agenda item. */
export const MAX_NAME_LENGTH = 200;
export const MAX_AGENDA_LENGTH = 1_000;
