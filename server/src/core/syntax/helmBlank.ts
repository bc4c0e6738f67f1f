/**
 * A Helm template is YAML only after rendering. To read its literal structure without rendering it, every Go-template
 * action (`{{ … }}`, `{{- … -}}`, `{{/* … *\/}}`) is blanked in a copy of the text that keeps every offset:
 *
 * - A line that holds nothing but actions (`{{- if … }}`, `{{- end }}`, `{{- include … | nindent 4 }}`,
 *   `{{- toYaml . | nindent 8 }}`) becomes blank: a control line vanishes when rendered, and what an include or toYaml
 *   produces is unknown, so the key above it is left without a literal value.
 * - An action with literal text on its line (`port: {{ .Values.port }}`, `name: {{ $n }}-test`, `"{{ .Values.x }}"`)
 *   becomes a placeholder scalar of underscores, so that the key keeps a value and the text around it stays one
 *   scalar, whatever characters the action held (quotes, colons, brackets).
 *
 * Line breaks inside an action are kept, so lines and columns do not move either. One pass, linear in the text.
 */

export const PLACEHOLDER = '_';

interface Action {
  start: number;
  end: number;
}

export function blankTemplateActions(text: string): string {
  const actions = findActions(text);
  if (actions.length === 0) return text;
  const out: string[] = [];
  let at = 0;
  for (let i = 0; i < actions.length; i++) {
    const a = actions[i];
    out.push(text.slice(at, a.start));
    const fill = aloneOnLine(text, actions, i) ? ' ' : PLACEHOLDER;
    out.push(text.slice(a.start, a.end).replace(/[^\r\n]/g, fill));
    at = a.end;
  }
  out.push(text.slice(at));
  return out.join('');
}

/**
 * The actions of the text, in order. Inside an action, `}}` in a string ("…", `…`, '…') does not close it, and a
 * comment `{{/* … *\/}}` ends only at its own `*\/`. An action that never closes runs to the end of the text.
 */
function findActions(text: string): Action[] {
  const actions: Action[] = [];
  let i = text.indexOf('{{');
  while (i >= 0) {
    const end = actionEnd(text, i + 2);
    actions.push({ start: i, end });
    i = text.indexOf('{{', end);
  }
  return actions;
}

function actionEnd(text: string, from: number): number {
  let i = from;
  while (i < text.length && (text[i] === '-' || text[i] === ' ' || text[i] === '\t')) i++;
  if (text.startsWith('/*', i)) {
    const close = text.indexOf('*/', i + 2);
    if (close < 0) return text.length;
    const after = text.indexOf('}}', close + 2);
    return after < 0 ? text.length : after + 2;
  }
  for (; i < text.length; i++) {
    const c = text[i];
    if (c === '}' && text[i + 1] === '}') return i + 2;
    if (c === '"' || c === '`' || c === "'") i = stringEnd(text, i);
  }
  return text.length;
}

/** The offset of a Go string's closing quote (a raw string may span lines; the others end at a line break). */
function stringEnd(text: string, open: number): number {
  const q = text[open];
  for (let i = open + 1; i < text.length; i++) {
    const c = text[i];
    if (c === '\\' && q !== '`') i++;
    else if (c === q) return i;
    else if (c === '\n' && q !== '`') return i - 1;
  }
  return text.length;
}

/** True when only blanks and other actions share the lines the action starts and ends on. */
function aloneOnLine(text: string, actions: Action[], index: number): boolean {
  const lineStart = text.lastIndexOf('\n', actions[index].start - 1) + 1;
  let lineEnd = text.indexOf('\n', actions[index].end);
  if (lineEnd < 0) lineEnd = text.length;
  let j = index;
  while (j > 0 && actions[j - 1].end > lineStart) j--;
  let at = lineStart;
  for (; j < actions.length && actions[j].start < lineEnd; j++) {
    if (!isBlank(text, at, actions[j].start)) return false;
    at = Math.max(at, actions[j].end);
  }
  return isBlank(text, at, lineEnd);
}

function isBlank(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text[i];
    if (c !== ' ' && c !== '\t' && c !== '\r') return false;
  }
  return true;
}

/**
 * Whether a YAML error in a blanked template is broken literal text, whatever the actions render: a tab used as
 * indentation, or a quote left open, on a line that holds no action. Anything else (indentation that differs between
 * branches of an `if`, structure an include completes) may be mended by rendering, so it is not reported.
 */
export function literalTemplateError(text: string, code: string, offset: number): boolean {
  if (code !== 'TAB_AS_INDENT' && code !== 'MISSING_CHAR') return false;
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  let lineEnd = text.indexOf('\n', offset);
  if (lineEnd < 0) lineEnd = text.length;
  const line = text.slice(lineStart, lineEnd);
  if (line.includes('{{')) return false;
  return code === 'TAB_AS_INDENT' || /^[^"'#]*:[ \t]+["']/.test(line);
}
