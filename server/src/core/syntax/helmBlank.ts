/**
 * A Helm template is YAML only after rendering. To read its literal structure without rendering it, every Go-template
 * action (`{{ … }}`, `{{- … -}}`, `{{/* … *\/}}`) is blanked in a copy of the text that keeps every offset:
 *
 * - A line that holds nothing but actions (`{{- if … }}`, `{{- end }}`, `{{- include … | nindent 4 }}`,
 *   `{{- toYaml . | nindent 8 }}`) becomes blank: a control line vanishes when rendered, and what an include or toYaml
 *   produces is unknown, so the key above it is left without a literal value.
 * - An action that ends its line with `nindent` (`selector: {{- include "web.selectorLabels" . | nindent 4 }}`) renders
 *   a block on the lines below, so it is blank too: the key gets its value from the lines that follow.
 * - An action with literal text on its line (`port: {{ .Values.port }}`, `name: {{ $n }}-test`, `"{{ .Values.x }}"`)
 *   becomes a placeholder scalar of underscores, so that the key keeps a value and the text around it stays one
 *   scalar, whatever characters the action held (quotes, colons, brackets).
 *
 * Line breaks inside an action are kept, so lines and columns do not move either. One pass, linear in the text.
 */

import type { YNode, YPair } from './nodes';
import { asScalar } from './nodes';
import { lineStartAt } from '../strings';

export const PLACEHOLDER = '_';

export interface Action {
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
    const fill = aloneOnLine(text, actions, i) || rendersBlock(text, a) ? ' ' : PLACEHOLDER;
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
export function findActions(text: string): Action[] {
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

/** True for an action that pipes into `nindent` and ends its line: what it renders starts on a new line. */
function rendersBlock(text: string, a: Action): boolean {
  if (!/\|\s*nindent\s+\d+\s*-?\}\}$/.test(text.slice(a.start, a.end))) return false;
  const lineEnd = text.indexOf('\n', a.end);
  return isBlank(text, a.end, lineEnd < 0 ? text.length : lineEnd);
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

/**
 * The source text of a scalar that holds a template action (`{{ include "web.fullname" . }}-db`), else null. Its
 * parsed value is the blanked placeholder, so what it will be is unknown; messages show it as written.
 */
export function actionText(node: YNode | null | undefined): string | null {
  const raw = asScalar(node)?.raw;
  return raw?.includes('{{') ? raw : null;
}

/** Actions that render nothing: control structure, definitions, comments and variable assignments. */
const SILENT_ACTION = /^(?:if|else|end|with|range|define|break|continue)\b|^\/\*|^\$\w*\s*:?=/;

/** An action alone on its line that renders text (an include, toYaml, a value): it may add entries where it stands. */
export interface RenderingLine {
  /** The offset of the action. */
  offset: number;
  /**
   * The column its output lines start at: the width of its `nindent` or `indent` when it has one (the rendered text
   * goes there wherever the action stands), else the action's own column.
   */
  column: number;
}

/**
 * The actions alone on their line, between `start` and `end` of `text`, that render text. Blanking leaves such a line
 * empty, so the literal structure around it is incomplete: a list may have more items, a map more keys.
 */
export function renderingLines(text: string, start: number, end: number): RenderingLine[] {
  const from = lineStartAt(text, start);
  const to = text.indexOf('\n', end);
  const slice = text.slice(from, to < 0 ? text.length : to);
  if (!slice.includes('{{')) return [];
  const actions = findActions(slice);
  const out: RenderingLine[] = [];
  actions.forEach((a, i) => {
    const body = slice.slice(a.start + 2, a.end).replace(/^[-\s]+/, '');
    if (from + a.start >= end || SILENT_ACTION.test(body) || !(aloneOnLine(slice, actions, i) || rendersBlock(slice, a))) return;
    const own = a.start - lineStartAt(slice, a.start);
    const width = /\bn?indent\s+(\d+)/.exec(body);
    out.push({ offset: from + a.start, column: width ? Number(width[1]) : own });
  });
  return out;
}

/**
 * Where a key's block ends in a template: at the first line of literal text indented no deeper than the key (a list
 * written at the key's own indentation, `- …`, still belongs to it). Blank lines, comments and lines that start with
 * an action are inside, since what an action renders goes where `nindent` puts it, not where the action stands.
 */
export function keyBlockEnd(text: string, pair: YPair): number {
  const keyColumn = pair.key.start - lineStartAt(text, pair.key.start);
  const seqAtKey = pair.value?.type === 'seq' && !pair.value.flow;
  let at = text.indexOf('\n', pair.key.start);
  while (at >= 0) {
    const start = at + 1;
    const next = text.indexOf('\n', start);
    const line = text.slice(start, next < 0 ? text.length : next).replace(/\r$/, '');
    const body = line.trimStart();
    const indent = line.length - body.length;
    if (body !== '' && !body.startsWith('{{') && !body.startsWith('#') && (indent < keyColumn || (indent === keyColumn && !(seqAtKey && body.startsWith('-'))))) return start;
    at = next;
  }
  return text.length;
}
