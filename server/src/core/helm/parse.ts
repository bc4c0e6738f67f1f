/**
 * The parser of Go's text/template (as Helm uses it): actions, pipelines with declarations and assignments, control
 * structures with `else if`/`else with`, `define`, `block`, `template`, `break` and `continue`. It never throws: a
 * template that does not parse is returned as `{ error }`, with the offset, as Go's parser would refuse it.
 */
import type { Arg, Command, Define, Node, Parsed, Pipeline } from './ast';
import { lex, type Token } from './lexer';

export type ParseResult = Parsed | { error: string; pos: number };

class ParseError extends Error {
  constructor(
    message: string,
    readonly pos: number,
  ) {
    super(message);
  }
}

export function parseTemplate(src: string): ParseResult {
  try {
    return new Parser(lex(src)).parseAll();
  } catch (e) {
    if (e instanceof ParseError) return { error: e.message, pos: e.pos };
    return { error: String((e as Error)?.message ?? e), pos: 0 };
  }
}

type Stop = 'end' | 'else' | 'eof';

class Parser {
  private i = 0;
  private readonly defines: Define[] = [];
  private loopDepth = 0;

  constructor(private readonly toks: Token[]) {}

  parseAll(): Parsed {
    const [body, stop] = this.parseList();
    if (stop.kind !== 'eof') throw new ParseError(`unexpected {{${stop.kind}}}`, stop.pos);
    return { body, defines: this.defines };
  }

  private peek(): Token {
    return this.toks[this.i] ?? this.toks[this.toks.length - 1];
  }

  private next(): Token {
    const t = this.peek();
    if (t.kind === 'error') throw new ParseError(t.text, t.pos);
    this.i++;
    return t;
  }

  private skipSpace(): void {
    while (this.peek().kind === 'space') this.i++;
  }

  private expect(kind: Token['kind'], what: string): Token {
    this.skipSpace();
    const t = this.next();
    if (t.kind !== kind) throw new ParseError(`unexpected ${describe(t)} in ${what}`, t.pos);
    return t;
  }

  /** Nodes up to `{{end}}`, `{{else …}}` or the end; the stop says which (its position and, for else, what follows). */
  private parseList(): [Node[], { kind: Stop; pos: number; end: number }] {
    const nodes: Node[] = [];
    for (;;) {
      const t = this.next();
      if (t.kind === 'eof') return [nodes, { kind: 'eof', pos: t.pos, end: t.pos }];
      if (t.kind === 'text') {
        nodes.push({ type: 'text', text: t.text, pos: t.pos, end: t.pos + t.text.length });
        continue;
      }
      if (t.kind !== 'left') throw new ParseError(`unexpected ${describe(t)}`, t.pos);
      this.skipSpace();
      const k = this.peek();
      if (k.kind === 'comment') {
        this.next();
        this.expect('right', 'comment');
        continue;
      }
      if (k.kind === 'keyword') {
        this.next();
        switch (k.text) {
          case 'end':
            return [nodes, { kind: 'end', pos: t.pos, end: this.expect('right', 'end').pos + 2 }];
          case 'else':
            return [nodes, { kind: 'else', pos: t.pos, end: t.pos }];
          case 'if':
          case 'with':
          case 'range':
            nodes.push(this.parseControl(k.text, t.pos));
            continue;
          case 'define':
            this.parseDefine(t.pos);
            continue;
          case 'template':
          case 'block':
            nodes.push(this.parseTemplateCall(k.text, t.pos));
            continue;
          case 'break':
          case 'continue': {
            if (this.loopDepth === 0) throw new ParseError(`{{${k.text}}} outside {{range}}`, k.pos);
            const r = this.expect('right', k.text);
            nodes.push({ type: k.text, pos: t.pos, end: r.pos + r.text.length });
            continue;
          }
        }
      }
      const pipe = this.parsePipeline('command', true);
      const r = this.expect('right', 'command');
      nodes.push({ type: 'action', pipe, pos: t.pos, end: r.pos + r.text.length });
    }
  }

  private parseControl(kind: 'if' | 'with' | 'range', pos: number): Node {
    const pipe = this.parsePipeline(kind, true, kind === 'range');
    this.expect('right', kind);
    if (kind === 'range') this.loopDepth++;
    const [list, stop] = this.parseList();
    if (kind === 'range') this.loopDepth--;
    let elseList: Node[] | null = null;
    let end = stop.end;
    if (stop.kind === 'eof') throw new ParseError(`unexpected EOF in {{${kind}}}`, stop.pos);
    if (stop.kind === 'else') {
      this.skipSpace();
      const k = this.peek();
      if (k.kind === 'keyword' && (k.text === 'if' || k.text === 'with') && (kind !== 'range' || true)) {
        // `{{else if …}}` is `{{else}}{{if …}}…{{end}}{{end}}` sharing the one {{end}}.
        this.next();
        const inner = this.parseControl(k.text, stop.pos);
        elseList = [inner];
        end = inner.end;
      } else {
        this.expect('right', 'else');
        const [els, stop2] = this.parseList();
        if (stop2.kind !== 'end') throw new ParseError(`expected end; found ${stop2.kind}`, stop2.pos);
        elseList = els;
        end = stop2.end;
      }
    }
    return { type: kind, pipe, list, elseList, pos, end };
  }

  private parseDefine(pos: number): void {
    this.skipSpace();
    const name = this.parseName('define');
    this.expect('right', 'define');
    const saved = this.loopDepth;
    this.loopDepth = 0;
    const [body, stop] = this.parseList();
    this.loopDepth = saved;
    if (stop.kind !== 'end') throw new ParseError(`unexpected ${stop.kind} in define clause`, stop.pos);
    this.defines.push({ name: name.value, body, pos: name.pos, end: stop.end });
    void pos;
  }

  private parseName(what: string): { value: string; pos: number } {
    this.skipSpace();
    const t = this.next();
    if (t.kind !== 'string' && t.kind !== 'rawString') throw new ParseError(`unexpected ${describe(t)} in ${what}`, t.pos);
    return { value: unquote(t), pos: t.pos };
  }

  private parseTemplateCall(kind: 'template' | 'block', pos: number): Node {
    const name = this.parseName(kind);
    this.skipSpace();
    const pipe = this.peek().kind === 'right' ? null : this.parsePipeline(kind, false);
    const r = this.expect('right', kind);
    if (kind === 'block') {
      const [body, stop] = this.parseList();
      if (stop.kind !== 'end') throw new ParseError(`unexpected ${stop.kind} in block clause`, stop.pos);
      this.defines.push({ name: name.value, body, pos: name.pos, end: stop.end });
      return { type: 'template', name: name.value, pipe, pos, end: stop.end };
    }
    return { type: 'template', name: name.value, pipe, pos, end: r.pos + r.text.length };
  }

  private parsePipeline(what: string, allowDecl: boolean, rangeDecl = false): Pipeline {
    this.skipSpace();
    const start = this.peek().pos;
    const decl: string[] = [];
    let isAssign = false;
    if (allowDecl && this.peek().kind === 'variable') {
      const save = this.i;
      const vars: string[] = [];
      for (;;) {
        this.skipSpace();
        const v = this.peek();
        if (v.kind !== 'variable') break;
        this.i++;
        vars.push(v.text);
        this.skipSpace();
        const op = this.peek();
        if (op.kind === 'declare' || op.kind === 'assign') {
          this.i++;
          decl.push(...vars);
          isAssign = op.kind === 'assign';
          break;
        }
        if (op.kind === 'comma' && rangeDecl && vars.length === 1) {
          this.i++;
          continue;
        }
        break;
      }
      if (decl.length === 0) this.i = save;
    }
    const cmds: Command[] = [];
    for (;;) {
      this.skipSpace();
      const cmd = this.parseCommand(what);
      cmds.push(cmd);
      this.skipSpace();
      if (this.peek().kind === 'pipe') {
        this.i++;
        continue;
      }
      break;
    }
    const last = cmds[cmds.length - 1];
    return { decl, isAssign, cmds, pos: start, end: last.end };
  }

  private parseCommand(what: string): Command {
    const args: Arg[] = [];
    for (;;) {
      this.skipSpace();
      const t = this.peek();
      if (t.kind === 'right' || t.kind === 'rparen' || t.kind === 'pipe' || t.kind === 'eof') break;
      if (t.kind === 'error') this.next();
      args.push(this.parseOperand(what));
      const after = this.peek().kind;
      if (after !== 'space' && after !== 'right' && after !== 'rparen' && after !== 'pipe') {
        throw new ParseError(`missing space? unexpected ${describe(this.peek())} in operand`, this.peek().pos);
      }
    }
    if (args.length === 0) throw new ParseError(`missing value for ${what}`, this.peek().pos);
    return { args, pos: args[0].pos, end: args[args.length - 1].end };
  }

  private parseOperand(what: string): Arg {
    let term = this.parseTerm(what);
    const names: string[] = [];
    let end = term.end;
    while (this.peek().kind === 'field') {
      const f = this.next();
      names.push(f.text.slice(1));
      end = f.pos + f.text.length;
    }
    if (names.length === 0) return term;
    if (term.type === 'field' || term.type === 'variable') return { ...term, names: [...term.names, ...names], end };
    if (term.type === 'bool' || term.type === 'string' || term.type === 'number' || term.type === 'nil') {
      throw new ParseError(`unexpected . after term ${JSON.stringify(String((term as { value?: unknown }).value ?? 'nil'))}`, term.end);
    }
    term = { type: 'chain', node: term, names, pos: term.pos, end };
    return term;
  }

  private parseTerm(what: string): Arg {
    const t = this.next();
    const span = { pos: t.pos, end: t.pos + t.text.length };
    switch (t.kind) {
      case 'field':
        return { type: 'field', names: [t.text.slice(1)], ...span };
      case 'variable':
        return { type: 'variable', name: t.text, names: [], ...span };
      case 'dot':
        return { type: 'dot', ...span };
      case 'nil':
        return { type: 'nil', ...span };
      case 'bool':
        return { type: 'bool', value: t.text === 'true', ...span };
      case 'string':
      case 'rawString':
        return { type: 'string', value: unquote(t), ...span };
      case 'char':
        return { type: 'number', value: BigInt(unquoteChars(t.text.slice(1, -1)).codePointAt(0) ?? 0), ...span };
      case 'number':
        return { type: 'number', value: parseNumber(t), ...span };
      case 'identifier':
        return { type: 'identifier', name: t.text, ...span };
      case 'lparen': {
        const pipe = this.parsePipeline('parenthesized pipeline', false);
        const r = this.expect('rparen', 'parenthesized pipeline');
        return { type: 'pipe', pipe, pos: t.pos, end: r.pos + 1 };
      }
    }
    throw new ParseError(`unexpected ${describe(t)} in ${what}`, t.pos);
  }
}

function describe(t: Token): string {
  if (t.kind === 'eof') return 'EOF';
  if (t.kind === 'right') return '"}}"';
  return `"${t.text}"`;
}

function parseNumber(t: Token): number | bigint {
  const text = t.text.replace(/_/g, '');
  if (text.endsWith('i')) throw new ParseError(`complex numbers are not supported: ${t.text}`, t.pos);
  const m = /^([+-]?)(0[xX][0-9a-fA-F]+|0[bB][01]+|0[oO][0-7]+|0[0-7]*|[1-9][0-9]*)$/.exec(text);
  if (m) {
    const body = m[2];
    let n: bigint;
    if (/^0[oO]/.test(body)) n = BigInt('0o' + body.slice(2));
    else if (/^0[0-7]+$/.test(body)) n = BigInt('0o' + body.slice(1));
    else n = BigInt(body);
    return m[1] === '-' ? -n : n;
  }
  const f = /^[+-]?0[xX]/.test(text) ? hexFloat(text) : Number(text);
  if (Number.isNaN(f) || !/[0-9]/.test(text)) throw new ParseError(`bad number syntax: ${t.text}`, t.pos);
  return f;
}

function hexFloat(text: string): number {
  const m = /^([+-]?)0[xX]([0-9a-fA-F]*)(?:\.([0-9a-fA-F]*))?[pP]([+-]?[0-9]+)$/.exec(text);
  if (!m) return NaN;
  const frac = m[3] ?? '';
  const mant = parseInt((m[2] || '0') + frac, 16) / 16 ** frac.length;
  const v = mant * 2 ** Number(m[4]);
  return m[1] === '-' ? -v : v;
}

function unquote(t: Token): string {
  if (t.kind === 'rawString') return t.text.slice(1, -1).replace(/\r/g, '');
  return unquoteChars(t.text.slice(1, -1));
}

/** Go's escape sequences in a quoted string. */
export function unquoteChars(s: string): string {
  if (!s.includes('\\')) return s;
  return s.replace(/\\(x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|[0-7]{3}|.)/g, (_m, e: string) => {
    switch (e[0]) {
      case 'n':
        return '\n';
      case 't':
        return '\t';
      case 'r':
        return '\r';
      case 'a':
        return '\x07';
      case 'b':
        return '\b';
      case 'f':
        return '\f';
      case 'v':
        return '\v';
      case 'x':
      case 'u':
      case 'U':
        return String.fromCodePoint(parseInt(e.slice(1), 16));
    }
    if (/^[0-7]{3}$/.test(e)) return String.fromCodePoint(parseInt(e, 8));
    return e;
  });
}
