/** Bounds of a question-bank import, checked before anything is written. */

/** Refused from its size alone, before the file is read. */
export const MAX_IMPORT_BYTES = 2 * 1024 * 1024;
/** Questions (or CSV records) per file; a bigger bank is refused whole. */
export const MAX_IMPORT_ROWS = 5_000;
/** A category or tag longer than this is cut (it only serves the theme mapping). */
export const MAX_CATEGORY_LENGTH = 100;
/** Tags kept per question. */
export const MAX_TAGS = 10;
