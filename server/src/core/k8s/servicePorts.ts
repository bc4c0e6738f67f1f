/** The port entries of a Service (or any object with a `ports` list of maps), with their index. */
import type { YMap, YNode } from '../syntax/nodes';
import { asMap, get, seqItems } from '../syntax/nodes';

export interface PortEntry {
  node: YMap;
  index: number;
}

export function portEntries(parent: YNode | null | undefined, field = 'ports'): PortEntry[] {
  return seqItems(get(parent, field)).flatMap((item, index) => {
    const node = asMap(item);
    return node ? [{ node, index }] : [];
  });
}
