/**
 * Where each field of a built-in kind belongs: the compact field tree of `schema.generated.ts` (from the Kubernetes
 * OpenAPI schemas, through kubernetes-models), decoded on first use. Strict field validation (`kubectl apply`'s
 * default) rejects a field that is not in its object's schema; this answers which fields are.
 */
import { SCHEMA_ROOTS, SCHEMA_TYPES } from './schema.generated';

/** What a field holds. `type` is the object type of an object, of a list's items or of a map's values. */
export type FieldShape =
  | { kind: 'scalar' }
  | { kind: 'object'; type: SchemaType }
  | { kind: 'list'; type: SchemaType | null }
  | { kind: 'map'; type: SchemaType | null }
  | { kind: 'any' };

export interface SchemaType {
  readonly index: number;
  readonly fields: ReadonlyMap<string, FieldShape>;
}

const decoded: (SchemaType | undefined)[] = [];

function typeAt(index: number): SchemaType {
  const known = decoded[index];
  if (known) return known;
  const fields = new Map<string, FieldShape>();
  const type: SchemaType = { index, fields };
  decoded[index] = type;
  for (const field of SCHEMA_TYPES[index]!.split(' ')) {
    if (field === '') continue;
    const colon = field.indexOf(':');
    if (colon < 0) fields.set(field, SCALAR);
    else fields.set(field.slice(0, colon), shapeOf(field.slice(colon + 1)));
  }
  return type;
}

const SCALAR: FieldShape = { kind: 'scalar' };
const ANY: FieldShape = { kind: 'any' };

/** Decodes `N`, `[N`, `[`, `{N`, `{` and `*` (see scripts/gen-schema.ts). Object types decode lazily, on access. */
function shapeOf(code: string): FieldShape {
  if (code === '*') return ANY;
  const kind = code[0] === '[' ? 'list' : code[0] === '{' ? 'map' : 'object';
  const rest = kind === 'object' ? code : code.slice(1);
  if (kind === 'object') return lazyShape('object', Number(rest));
  return rest === '' ? { kind, type: null } : lazyShape(kind, Number(rest));
}

function lazyShape(kind: 'object' | 'list' | 'map', index: number): FieldShape {
  return {
    kind,
    get type() {
      return typeAt(index);
    },
  } as FieldShape;
}

/** The schema of `apiVersion` + `kind`, or null for a kind the built-in schemas do not know (custom resources). */
export function schemaOf(apiVersion: string, kind: string): SchemaType | null {
  const index = SCHEMA_ROOTS[`${apiVersion}/${kind}`];
  return index === undefined ? null : typeAt(index);
}

/** The object type of a field's value, or of its items for a list and of its values for a map; null otherwise. */
export function childType(shape: FieldShape | undefined): SchemaType | null {
  return shape && (shape.kind === 'object' || shape.kind === 'list' || shape.kind === 'map') ? shape.type : null;
}
