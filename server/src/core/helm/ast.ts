/** The parse tree of a Go template. Every node carries its range in the template's text (`pos`..`end`). */
export interface Span {
  pos: number;
  end: number;
}

export type Arg =
  | (Span & { type: 'field'; names: string[] })
  | (Span & { type: 'variable'; name: string; names: string[] })
  | (Span & { type: 'dot' })
  | (Span & { type: 'nil' })
  | (Span & { type: 'bool'; value: boolean })
  | (Span & { type: 'string'; value: string })
  | (Span & { type: 'number'; value: number | bigint })
  | (Span & { type: 'identifier'; name: string })
  | (Span & { type: 'chain'; node: Arg; names: string[] })
  | (Span & { type: 'pipe'; pipe: Pipeline });

export interface Command extends Span {
  args: Arg[];
}

export interface Pipeline extends Span {
  decl: string[];
  /** `=` assigns to existing variables; `:=` declares. */
  isAssign: boolean;
  cmds: Command[];
}

/** `if`, `with` and `range`, with their `else` branch. */
export interface Control extends Span {
  type: 'if' | 'with' | 'range';
  pipe: Pipeline;
  list: Node[];
  elseList: Node[] | null;
}

export type Node =
  | (Span & { type: 'text'; text: string })
  | (Span & { type: 'action'; pipe: Pipeline })
  | Control
  | (Span & { type: 'template'; name: string; pipe: Pipeline | null })
  | (Span & { type: 'break' | 'continue' });

/** A `define` (or `block`): its name, body and where the name is written. */
export interface Define extends Span {
  name: string;
  body: Node[];
}

export interface Parsed {
  body: Node[];
  defines: Define[];
}
