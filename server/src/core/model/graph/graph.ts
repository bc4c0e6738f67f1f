/** Builds and queries the link graph of a snapshot: links by the file they start in and by the file they end in. */
import type { Snapshot } from '../snapshot';
import type { Link, LinkProvider, LinkTarget } from './types';

export class LinkGraph {
  readonly all: Link[] = [];
  private readonly byFrom = new Map<string, Link[]>();
  private readonly byTo = new Map<string, { link: Link; target: LinkTarget }[]>();

  constructor(snapshot: Snapshot, providers: readonly LinkProvider[]) {
    for (const provider of providers) {
      for (const kind of provider.sourceKinds) {
        for (const r of snapshot.ofKind(kind)) {
          for (const link of provider.links(snapshot, r)) this.add(link);
        }
      }
    }
  }

  private add(link: Link) {
    this.all.push(link);
    push(this.byFrom, link.from.uri, link);
    for (const target of link.to) push(this.byTo, target.uri, { link, target });
  }

  /** Links whose reference contains the offset (the innermost first). */
  linksAt(uri: string, offset: number): Link[] {
    return (this.byFrom.get(uri) ?? []).filter((l) => offset >= l.from.start && offset <= l.from.end).sort((a, b) => a.from.end - a.from.start - (b.from.end - b.from.start));
  }

  /** Links that end on a range containing the offset: who refers to what is under the cursor. */
  referencesAt(uri: string, offset: number): { link: Link; target: LinkTarget }[] {
    return (this.byTo.get(uri) ?? []).filter((e) => offset >= e.target.start && offset <= e.target.end);
  }

  /** Every link that starts in the file. */
  linksFrom(uri: string): Link[] {
    return this.byFrom.get(uri) ?? [];
  }

  /** Every link that ends in the file. */
  linksInto(uri: string): { link: Link; target: LinkTarget }[] {
    return this.byTo.get(uri) ?? [];
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
