const HTML_SPECIAL = /[&<>"']/g;
const HTML_ENTITY: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
const MD_SPECIAL = /[\\`*_[\]<>|~]/g;
const MD_LINE_START = /^(\s*)([#>+-]|\d+\.)/;

/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(text: string): string {
  // One pass, and none at all for the common text without markup (a summary escapes every note).
  return text.replace(HTML_SPECIAL, (c) => HTML_ENTITY[c]!);
}

/**
 * Makes user text inert in Markdown: characters that would start emphasis, links, code
 * or raw HTML are backslash-escaped, and continuation lines are indented so a multi-line
 * note stays inside its list item.
 */
export function escapeMarkdown(text: string, indent = '  '): string {
  const escaped = text.replace(MD_SPECIAL, '\\$&');
  if (!escaped.includes('\n')) return escaped;
  return escaped
    .split('\n')
    .map((line, i) => (i === 0 ? line : indent + line.replace(MD_LINE_START, '$1\\$2')))
    .join('\n');
}
