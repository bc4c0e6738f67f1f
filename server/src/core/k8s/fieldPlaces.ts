/**
 * Walks an object's YAML against its kind's schema (`schema.ts`) and lists the fields that have no place where they
 * are written: what strict field validation reports as `unknown field "spec.template.labels"`.
 */
import type { YMap, YNode, YPair } from '../syntax/nodes';
import { asMap, asSeq, keyText } from '../syntax/nodes';
import type { SchemaType } from './schema';
import { childType } from './schema';

export interface UnknownField {
  pair: YPair;
  /** kubectl's path of the field: `spec.template.spec.containers[0].imagee`. */
  path: string;
  /** The map that holds the field, and its schema type. */
  map: YMap;
  type: SchemaType;
  /** The field whose value is that map, with the map and type that hold it; null at the object's top level. */
  parent: { pair: YPair; map: YMap; type: SchemaType } | null;
}

/** Keys that are not fields: YAML merge keys and strategic-merge directives (`$patch`, `$setElementOrder/…`). */
function isDirective(key: string): boolean {
  return key === '<<' || key.startsWith('$');
}

export function unknownFields(root: YMap, type: SchemaType): UnknownField[] {
  const out: UnknownField[] = [];
  walkMap(root, type, '', null, out);
  return out;
}

function walkMap(map: YMap, type: SchemaType, path: string, parent: UnknownField['parent'], out: UnknownField[]): void {
  for (const pair of map.items) {
    const key = keyText(pair);
    if (key === null || isDirective(key)) continue;
    const fieldPath = path === '' ? key : `${path}.${key}`;
    const shape = type.fields.get(key);
    if (!shape) {
      out.push({ pair, path: fieldPath, map, type, parent });
      continue;
    }
    const child = childType(shape);
    if (!child || !pair.value) continue;
    const here = { pair, map, type };
    if (shape.kind === 'object') walkValue(pair.value, child, fieldPath, here, out);
    else if (shape.kind === 'list') asSeq(pair.value)?.items.forEach((item, i) => walkValue(item, child, `${fieldPath}[${i}]`, here, out));
    else for (const entry of asMap(pair.value)?.items ?? []) if (entry.value) walkValue(entry.value, child, `${fieldPath}[${keyText(entry) ?? ''}]`, here, out);
  }
}

function walkValue(node: YNode, type: SchemaType, path: string, parent: UnknownField['parent'], out: UnknownField[]): void {
  const map = asMap(node);
  if (map) walkMap(map, type, path, parent, out);
}
