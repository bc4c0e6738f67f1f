/**
 * One template text run on its own, with the chart functions (what `tpl` does, without a chart): for tests, and for
 * evaluating a single action. Never throws.
 */
import { Engine, Writer } from './exec';
import { helmFunctionTable } from './helmFuncs';
import { parseTemplate } from './parse';
import { TemplateError } from './value';

export type TemplateRun = { ok: true; output: string } | { ok: false; message: string; pos?: number };

export function runTemplate(text: string, data: unknown, name = 'template'): TemplateRun {
  const parsed = parseTemplate(text);
  if ('error' in parsed) return { ok: false, message: parsed.error, pos: parsed.pos };
  const engine = new Engine(helmFunctionTable());
  for (const d of parsed.defines) engine.templates.set(d.name, { name: d.name, file: name, body: d.body, pos: d.pos, end: d.end });
  // Not a file's final output: a nil prints `<no value>`, as in what `include` and `tpl` return.
  const w = new Writer(true, false);
  try {
    engine.executeBody(parsed.body, name, data, w);
  } catch (e) {
    if (e instanceof TemplateError) return { ok: false, message: e.message, pos: e.pos };
    return { ok: false, message: `internal error: ${(e as Error)?.message ?? String(e)}` };
  }
  return { ok: true, output: w.text() };
}
