/** What the panel loads on first use of prompts, as one chunk: the catalogue and the engine that ranks it. */
export { catalogue } from './catalogue';
export { rankPrompts } from './engine';
