/**
 * kubectl's text normalizers (pkg/util/templates): help texts are written as indented
 * heredocs in the source and printed in kubectl's terminal shape.
 */

/** Remove the common leading indentation of a template literal, like heredoc.Doc. */
function dedent(s: string): string {
  const lines = s.replace(/^\n/, '').split('\n');
  const indents = lines
    .filter((l) => l.trim() !== '')
    .map((l) => /^[ \t]*/.exec(l)?.[0].length ?? 0);
  const cut = indents.length > 0 ? Math.min(...indents) : 0;
  return lines.map((l) => l.slice(cut)).join('\n');
}

/**
 * templates.LongDesc: kubectl renders the text as markdown for the terminal, so each
 * paragraph becomes one line, every paragraph after the first starts with a space, and a
 * `* item` list becomes indented `  *  item` lines.
 */
export function longDesc(s: string): string {
  return dedent(s)
    .trim()
    .split(/\n[ \t]*\n/)
    .map((paragraph, i) => {
      const lines = paragraph
        .split('\n')
        .map((line) => line.trim())
        .filter((line) => line !== '');
      if (lines.every((line) => line.startsWith('* '))) {
        return lines.map((line) => `  *  ${line.slice(2).trim()}`).join('\n');
      }
      const text = lines.join(' ');
      return i === 0 ? text : ` ${text}`;
    })
    .join('\n\n');
}

/** templates.Examples: trimmed, then every line (blank ones too) indented by two spaces. */
export function examples(s: string): string {
  return s
    .trim()
    .split('\n')
    .map((line) => `  ${line.trim()}`)
    .join('\n');
}

/** 2015 texts were printed as written; only the outer whitespace of a template literal goes. */
export function raw(s: string): string {
  return dedent(s).trim();
}
