/** Longest prompt text (one language) the product stores, written by hand or imported. */
export const MAX_PROMPT_LENGTH = 500;
/** Themes per prompt: themes[0] is the main one. */
export const MAX_PROMPT_THEMES = 3;
