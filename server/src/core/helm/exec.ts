/**
 * The executor of Go templates: walks a parse tree with a dot and variables, writes text and action output, and
 * records for each piece of output where in the templates it came from (`Segment`). Go's rules: truthiness, `range`
 * over lists, maps in key order and integers, short-circuit `and`/`or`, a field of a nil value is an error. Limits
 * (steps, nesting depth, output size) turn a runaway template into a `TemplateError`, never a hang.
 */
import type { Arg, Command, Control, Node, Pipeline } from './ast';
import { formatValue } from './goPrint';
import { GoStruct, TemplateError, goTypeName, isMap, sortedKeys, truth } from './value';

/** Where a piece of output came from: a template file's range, and for include/toYaml a second place. */
export interface Segment {
  outStart: number;
  outEnd: number;
  file: string;
  pos: number;
  end: number;
  /** `literal`: text copied from the template (offsets map one to one); `action`: what an action printed. */
  kind: 'literal' | 'action';
  secondary?: Secondary;
}

export type Secondary = { kind: 'define'; name: string; file: string; pos: number; end: number } | { kind: 'values'; path: string[] };

export interface NamedTemplate {
  name: string;
  file: string;
  body: Node[];
  pos: number;
  end: number;
}

export interface Limits {
  /** Evaluation steps (nodes walked, fields read, functions called) for the whole render. */
  maxSteps: number;
  /** Nesting of template, include and tpl calls. */
  maxDepth: number;
  /** Characters of output, and the longest string a function may return. */
  maxOutput: number;
  /** Wall-clock time for the whole render. */
  maxMillis: number;
}

export const DEFAULT_LIMITS: Limits = { maxSteps: 20_000_000, maxDepth: 200, maxOutput: 16 * 1024 * 1024, maxMillis: 10_000 };

/** Thrown when a limit is hit: the render stops and the limit is reported as data. */
export class LimitError extends TemplateError {
  constructor(
    readonly limit: keyof Limits,
    message: string,
  ) {
    super(message);
  }
}

export interface CallContext {
  engine: Engine;
  dot: unknown;
  file: string;
}

export type TemplateFunc = (args: unknown[], ctx: CallContext) => unknown;

class BreakSignal {}
class ContinueSignal {}

/** A writer of output with its segments. */
export class Writer {
  parts: string[] = [];
  length = 0;
  segments: Segment[] | null;

  /**
   * @param final a template file's own output, where Helm removes every `<no value>` (a nil printed); the output of
   * `include` and `tpl` keeps them, so that a checksum of an included file is Helm's.
   */
  constructor(
    withSegments: boolean,
    readonly final = withSegments,
  ) {
    this.segments = withSegments ? [] : null;
  }

  text(): string {
    return this.parts.join('');
  }
}

/** A template set with its functions, shared by all the files of one render (defines are global in Helm). */
export class Engine {
  readonly templates = new Map<string, NamedTemplate>();
  steps = 0;
  depth = 0;
  outputTotal = 0;
  constructor(
    readonly funcs: Map<string, TemplateFunc>,
    readonly limits: Limits = DEFAULT_LIMITS,
  ) {}

  /** Executes a named template to a string (include, tpl), or into the given writer. */
  execute(name: string, dot: unknown, w: Writer): void {
    const t = this.templates.get(name);
    if (!t) throw new TemplateError(`no template ${JSON.stringify(name)} associated with template`);
    this.executeBody(t.body, t.file, dot, w);
  }

  executeBody(body: Node[], file: string, dot: unknown, w: Writer): void {
    if (++this.depth > this.limits.maxDepth) {
      this.depth--;
      throw new LimitError('maxDepth', `exceeded max template depth (${this.limits.maxDepth})`);
    }
    try {
      const d = dot === null ? undefined : dot;
      new State(this, file, w, d).walkList(body, d);
    } finally {
      this.depth--;
    }
  }

  private readonly started = Date.now();

  step(): void {
    if (++this.steps > this.limits.maxSteps) throw new LimitError('maxSteps', `exceeded the evaluation budget (${this.limits.maxSteps} steps)`);
    if ((this.steps & 1023) === 0 && Date.now() - this.started > this.limits.maxMillis) throw new LimitError('maxMillis', `exceeded the time limit (${this.limits.maxMillis} ms)`);
  }

  /**
   * A function's result: a string longer than the output limit stops the render (doubling it in a loop would not),
   * and big results cost steps in proportion to their size, so that a loop over `until 100000` is bounded too.
   */
  checkResult(v: unknown): unknown {
    const size = typeof v === 'string' || Array.isArray(v) ? v.length : 0;
    if (size > 4096) {
      this.steps += size >> 4;
      this.step();
    }
    if (typeof v === 'string' && v.length > this.limits.maxOutput) throw new LimitError('maxOutput', `a value exceeded the output size limit (${this.limits.maxOutput} characters)`);
    if (Array.isArray(v) && v.length > this.limits.maxOutput / 8) throw new LimitError('maxOutput', 'a list exceeded the size limit');
    return v;
  }

  countOutput(n: number): void {
    this.outputTotal += n;
    if (this.outputTotal > this.limits.maxOutput) throw new LimitError('maxOutput', `exceeded the output size limit (${this.limits.maxOutput} characters)`);
  }
}

interface Var {
  name: string;
  value: unknown;
}

class State {
  private readonly vars: Var[];

  constructor(
    private readonly engine: Engine,
    private readonly file: string,
    private readonly w: Writer,
    dot: unknown,
  ) {
    this.vars = [{ name: '$', value: dot }];
  }

  private emit(raw: string, pos: number, end: number, kind: Segment['kind'], secondary?: Secondary): void {
    const text = this.w.final && raw.includes(NO_VALUE) ? raw.split(NO_VALUE).join('') : raw;
    if (text.length === 0) return;
    this.engine.countOutput(text.length);
    const w = this.w;
    w.segments?.push({ outStart: w.length, outEnd: w.length + text.length, file: this.file, pos, end, kind, ...(secondary ? { secondary } : {}) });
    w.parts.push(text);
    w.length += text.length;
  }

  walkList(nodes: Node[], dot: unknown): void {
    for (const n of nodes) this.walk(n, dot);
  }

  private walk(n: Node, dot: unknown): void {
    try {
      this.walkNode(n, dot);
    } catch (e) {
      if (e instanceof TemplateError && e.file === undefined) {
        e.file = this.file;
        e.pos = n.pos;
      }
      throw e;
    }
  }

  private walkNode(n: Node, dot: unknown): void {
    this.engine.step();
    switch (n.type) {
      case 'text':
        this.emit(n.text, n.pos, n.end, 'literal');
        return;
      case 'action': {
        const v = this.evalPipeline(dot, n.pipe);
        if (n.pipe.decl.length === 0) this.emit(printed(v), n.pos, n.end, 'action', this.secondaryOf(n.pipe));
        return;
      }
      case 'if':
      case 'with': {
        const mark = this.vars.length;
        const v = this.evalPipeline(dot, n.pipe);
        const t = truth(v);
        if (t) this.walkList(n.list, n.type === 'with' ? v : dot);
        else if (n.elseList) this.walkList(n.elseList, dot);
        this.vars.length = mark;
        return;
      }
      case 'range':
        this.walkRange(n, dot);
        return;
      case 'template': {
        const v = n.pipe ? this.evalPipeline(dot, n.pipe) : null;
        this.engine.execute(n.name, v, this.w);
        return;
      }
      case 'break':
        throw new BreakSignal();
      case 'continue':
        throw new ContinueSignal();
    }
  }

  private walkRange(n: Control, dot: unknown): void {
    const mark = this.vars.length;
    const pipe = n.pipe;
    const v = this.evalPipeline(dot, { ...pipe, decl: [] });
    const one = (key: unknown, elem: unknown): boolean => {
      if (pipe.decl.length === 1) this.setVar(pipe.decl[0], elem, pipe.isAssign);
      else if (pipe.decl.length === 2) {
        this.setVar(pipe.decl[0], key, pipe.isAssign);
        this.setVar(pipe.decl[1], elem, pipe.isAssign);
      }
      const inner = this.vars.length;
      try {
        this.walkList(n.list, elem);
      } catch (e) {
        if (e instanceof BreakSignal) return false;
        if (!(e instanceof ContinueSignal)) throw e;
      } finally {
        this.vars.length = inner;
      }
      return true;
    };
    let ran = false;
    const seq = v instanceof GoStruct && v.entries ? v.entries : v;
    if (Array.isArray(seq)) {
      for (let i = 0; i < seq.length; i++) {
        ran = true;
        if (!one(BigInt(i), seq[i])) break;
      }
    } else if (isMap(seq)) {
      for (const k of sortedKeys(seq)) {
        ran = true;
        if (!one(k, seq[k])) break;
      }
    } else if (typeof v === 'bigint') {
      if (pipe.decl.length > 1) throw new TemplateError(`can't use ${v} to iterate over more than one variable`);
      for (let i = 0n; i < v; i++) {
        ran = true;
        if (!one(i, i)) break;
      }
    } else if (v !== null && v !== undefined && !(v instanceof GoStruct && v.entries)) {
      throw new TemplateError(`range can't iterate over ${formatValue(v)}`);
    }
    this.vars.length = mark;
    if (!ran && n.elseList) this.walkList(n.elseList, dot);
  }

  private setVar(name: string, value: unknown, assign: boolean): void {
    if (assign) {
      for (let i = this.vars.length - 1; i >= 0; i--) {
        if (this.vars[i].name === name) {
          this.vars[i].value = value;
          return;
        }
      }
      throw new TemplateError(`undefined variable: ${name}`);
    }
    this.vars.push({ name, value });
  }

  private getVar(name: string): unknown {
    for (let i = this.vars.length - 1; i >= 0; i--) if (this.vars[i].name === name) return this.vars[i].value;
    throw new TemplateError(`undefined variable: ${name}`);
  }

  evalPipeline(dot: unknown, pipe: Pipeline): unknown {
    let value: unknown = undefined;
    let hasFinal = false;
    for (const cmd of pipe.cmds) {
      value = this.evalCommand(dot, cmd, hasFinal, value);
      hasFinal = true;
    }
    // Go turns a nil interface{} result into an invalid value: a field of it is then empty, not an error.
    if (value === null) value = undefined;
    for (const name of pipe.decl) this.setVar(name, value, pipe.isAssign);
    return value;
  }

  private evalCommand(dot: unknown, cmd: Command, hasFinal: boolean, final: unknown): unknown {
    const first = cmd.args[0];
    const rest = cmd.args.slice(1);
    switch (first.type) {
      case 'identifier':
        return this.callFunction(first.name, dot, rest, hasFinal, final);
      case 'field':
        return this.evalFields(dot, dot, first.names, rest, hasFinal, final);
      case 'variable':
        return first.names.length ? this.evalFields(dot, this.getVar(first.name), first.names, rest, hasFinal, final) : this.noArgs(this.getVar(first.name), rest, hasFinal, first.name);
      case 'chain':
        return this.evalFields(dot, this.evalArg(dot, first.node), first.names, rest, hasFinal, final);
    }
    const v = this.evalArg(dot, first);
    return this.noArgs(v, rest, hasFinal, nodeName(first));
  }

  private noArgs(v: unknown, rest: Arg[], hasFinal: boolean, what: string): unknown {
    if (rest.length || hasFinal) throw new TemplateError(`can't give argument to non-function ${what}`);
    return v;
  }

  evalArg(dot: unknown, a: Arg): unknown {
    switch (a.type) {
      case 'dot':
        return dot;
      case 'nil':
        return null;
      case 'bool':
      case 'string':
      case 'number':
        return a.value;
      case 'field':
        return this.evalFields(dot, dot, a.names, [], false, undefined);
      case 'variable':
        return a.names.length ? this.evalFields(dot, this.getVar(a.name), a.names, [], false, undefined) : this.getVar(a.name);
      case 'chain':
        return this.evalFields(dot, this.evalArg(dot, a.node), a.names, [], false, undefined);
      case 'pipe': {
        const mark = this.vars.length;
        const v = this.evalPipeline(dot, a.pipe);
        this.vars.length = mark;
        return v;
      }
      case 'identifier':
        return this.callFunction(a.name, dot, [], false, undefined);
    }
  }

  private evalFields(dot: unknown, receiver: unknown, names: string[], args: Arg[], hasFinal: boolean, final: unknown): unknown {
    let v = receiver;
    for (let i = 0; i < names.length; i++) {
      const last = i === names.length - 1;
      v = this.field(dot, v, names[i], last ? args : [], last && hasFinal, final);
    }
    return v;
  }

  private field(dot: unknown, receiver: unknown, name: string, args: Arg[], hasFinal: boolean, final: unknown): unknown {
    this.engine.step();
    if (receiver instanceof GoStruct) {
      if (!Object.prototype.hasOwnProperty.call(receiver.fields, name)) throw new TemplateError(`can't evaluate field ${name} in type ${receiver.typeName}`);
      const f = receiver.fields[name];
      if (typeof f === 'function') {
        const argv = args.map((a) => this.evalArg(dot, a));
        if (hasFinal) argv.push(final);
        return (f as (...xs: unknown[]) => unknown)(...argv);
      }
      if (args.length || hasFinal) throw new TemplateError(`${name} has arguments but cannot be invoked as function`);
      return f;
    }
    if (isMap(receiver)) {
      if (args.length || hasFinal) throw new TemplateError(`${name} is not a method but has arguments`);
      return Object.prototype.hasOwnProperty.call(receiver, name) ? receiver[name] : null;
    }
    if (receiver === undefined) return undefined;
    if (receiver === null) throw new TemplateError(`nil pointer evaluating interface {}.${name}`);
    throw new TemplateError(`can't evaluate field ${name} in type ${goTypeName(receiver)}`);
  }

  private callFunction(name: string, dot: unknown, argNodes: Arg[], hasFinal: boolean, final: unknown): unknown {
    this.engine.step();
    if (name === 'and' || name === 'or') return this.andOr(name, dot, argNodes, hasFinal, final);
    const fn = this.engine.funcs.get(name);
    if (!fn) throw new UnknownFunctionError(name);
    const args = argNodes.map((a) => this.evalArg(dot, a));
    if (hasFinal) args.push(final);
    return this.engine.checkResult(fn(args, { engine: this.engine, dot, file: this.file }));
  }

  /** `and`/`or` stop at the first argument that decides (Go 1.18+), so `and .a .a.b` is safe when .a is nil. */
  private andOr(name: 'and' | 'or', dot: unknown, argNodes: Arg[], hasFinal: boolean, final: unknown): unknown {
    const n = argNodes.length + (hasFinal ? 1 : 0);
    if (n === 0) throw new TemplateError(`wrong number of args for ${name}: want at least 1 got 0`);
    let v: unknown = undefined;
    for (let i = 0; i < n; i++) {
      v = i < argNodes.length ? this.evalArg(dot, argNodes[i]) : final;
      if (name === 'and' ? !truth(v) : truth(v)) return v;
    }
    return v;
  }

  /** For `toYaml .Values.x` and `include "name"`, the second place the output comes from. */
  private secondaryOf(pipe: Pipeline): Secondary | undefined {
    for (const cmd of pipe.cmds) {
      const [head, ...rest] = cmd.args;
      if (head.type !== 'identifier') continue;
      if ((head.name === 'include' || head.name === 'template') && rest[0]?.type === 'string') {
        const t = this.engine.templates.get(rest[0].value);
        if (t) return { kind: 'define', name: t.name, file: t.file, pos: t.pos, end: t.end };
      }
      if (head.name === 'toYaml' || head.name === 'toJson' || head.name === 'toPrettyJson') {
        const arg = rest[0] ?? (pipe.cmds[0] !== cmd ? pipe.cmds[0].args[0] : undefined);
        const path = arg ? valuesPath(arg) : null;
        if (path) return { kind: 'values', path };
      }
    }
    return undefined;
  }
}

/** The `.Values.a.b` path an argument reads, or null. */
function valuesPath(a: Arg): string[] | null {
  if (a.type === 'field' && a.names[0] === 'Values') return a.names.slice(1);
  if (a.type === 'variable' && a.name === '$' && a.names[0] === 'Values') return a.names.slice(1);
  return null;
}

function nodeName(a: Arg): string {
  switch (a.type) {
    case 'string':
      return JSON.stringify(a.value);
    case 'number':
    case 'bool':
      return String(a.value);
    case 'nil':
      return 'nil';
    case 'dot':
      return '.';
    default:
      return a.type;
  }
}

const NO_VALUE = '<no value>';

/** What an action prints: fmt's %v, and `<no value>` for a nil. */
function printed(v: unknown): string {
  if (v === null || v === undefined) return NO_VALUE;
  return formatValue(v);
}

/** A call to a function the renderer does not know: the template cannot be verified. */
export class UnknownFunctionError extends TemplateError {
  constructor(readonly fn: string) {
    super(`function ${JSON.stringify(fn)} not defined`);
  }
}
