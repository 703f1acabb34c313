import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = join(import.meta.dirname, '../../fixtures/pages');

/** Inert parsing: happy-dom would try to load an iframe's src over the network. The classifier never reads it. */
const withoutFrameSources = (html: string): string =>
  html.replace(/(<iframe\b[^>]*?)\ssrc=/gi, '$1 data-fixture-src=');

/** A saved or written call page from tests/fixtures/pages, parsed into its own Document. */
export function loadPage(name: string): Document {
  const html = withoutFrameSources(readFileSync(join(dir, name), 'utf8'));
  return new DOMParser().parseFromString(html, 'text/html');
}

/** A Document from an inline snippet (title and body). */
export function pageOf(title: string, body: string): Document {
  return new DOMParser().parseFromString(
    `<!doctype html><title>${title}</title><body>${body}</body>`,
    'text/html',
  );
}
