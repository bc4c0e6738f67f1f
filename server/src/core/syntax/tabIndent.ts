/**
 * A tab as indentation is one mistake on one line, but the `yaml` package's recovery reads the lines after it at the
 * wrong depth: one tab in a deep CRD schema gave 60 errors and 24 duplicate keys down to the end of the document,
 * where kubectl (go-yaml) reports the tab alone. Worse for typing, every later edit in that document re-parsed it
 * whole, since its errors reached every line (issue 12, item 5).
 *
 * So the document is parsed a second time with each line that holds such a tab blanked (spaces, same offsets): the
 * tab errors are reported as they were, and whatever else is wrong is read from the blanked text, in which the damage
 * stays on the lines next to the tab. What a line beside a tab means is not guessed; the document has an error, and
 * the model takes no objects from it either way.
 */
import type { YAMLError } from 'yaml';
import { lineEndAt } from '../strings';

export const TAB_AS_INDENT = 'TAB_AS_INDENT';

/** The text with every line that holds a reported tab-as-indentation blanked, or null when there is none. */
export function blankTabIndentedLines(text: string, errors: readonly YAMLError[]): string | null {
  const starts = new Set<number>();
  for (const e of errors) if (e.code === TAB_AS_INDENT) starts.add(text.lastIndexOf('\n', e.pos[0] - 1) + 1);
  if (starts.size === 0) return null;
  const parts: string[] = [];
  let from = 0;
  for (const start of [...starts].sort((a, b) => a - b)) {
    const end = lineEndAt(text, start);
    parts.push(text.slice(from, start), ' '.repeat(end - start));
    from = end;
  }
  parts.push(text.slice(from));
  return parts.join('');
}

