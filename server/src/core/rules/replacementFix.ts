/**
 * The quick fix shared by the API-validation rules: replace the diagnostic's range with `data.replace` (unquote a
 * number, lower-case a name, fix an enum's case). Rules only set the data when the replacement is unambiguous.
 */
import type { Fix } from '../diagnostics';
import type { FixContext } from './types';

export function replacementFixes({ file, diagnostic }: FixContext): Fix[] {
  const d = diagnostic.data;
  if (typeof d?.replace !== 'string' || typeof d.fixTitle !== 'string') return [];
  return [{ title: d.fixTitle, preferred: true, edits: [{ uri: file.uri, start: diagnostic.start, end: diagnostic.end, newText: d.replace }] }];
}
