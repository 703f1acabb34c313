/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/**
 * Makes user text inert in Markdown: characters that would start emphasis, links, code
 * or raw HTML are backslash-escaped, and continuation lines are indented so a multi-line
 * note stays inside its list item.
 */
export function escapeMarkdown(text: string, indent = '  '): string {
  return text
    .replace(/[\\`*_[\]<>|~]/g, '\\$&')
    .split('\n')
    .map((line, i) => (i === 0 ? line : indent + line.replace(/^(\s*)([#>+-]|\d+\.)/, '$1\\$2')))
    .join('\n');
}
