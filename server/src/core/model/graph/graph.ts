/** Builds and queries the link graph of a snapshot: links by the file they start in and by the file they end in. */
import type { Resource } from '../resource';
import type { Snapshot } from '../snapshot';
import type { Link, LinkProvider, LinkTarget } from './types';

/** A graph built earlier, and the files edited since, whose links must be worked out again. */
export interface GraphSeed {
  graph: LinkGraph;
  edited: ReadonlySet<string>;
  /**
   * The same target in the edited file as it is now (the same object, its range moved by the edits), or null when
   * the edits touched it.
   */
  moveTarget(target: LinkTarget): LinkTarget | null;
}

export class LinkGraph {
  readonly all: Link[] = [];
  private readonly byFrom = new Map<string, Link[]>();
  /** Built on first use: only find references and the lenses read links backwards, and policies have many targets. */
  private byToIndex: Map<string, { link: Link; target: LinkTarget }[]> | undefined;
  /** Each provider's links per object, to seed the next graph. */
  private readonly byProvider = new Map<LinkProvider, Map<Resource, Link[]>>();

  /**
   * With a `seed` (a graph of a snapshot with the same link epoch, see model/signature.ts), the links of an object
   * outside the edited files are taken from it: the same objects with the same links around them link the same way.
   * Where such a link ends in an edited file (a policy in another file that selects every pod of the namespace), its
   * targets are moved along with the edits. The rest is worked out again. Links keep the order of a full build.
   */
  constructor(snapshot: Snapshot, providers: readonly LinkProvider[], seed?: GraphSeed) {
    for (const provider of providers) {
      const mine = new Map<Resource, Link[]>();
      const theirs = seed?.graph.byProvider.get(provider);
      this.byProvider.set(provider, mine);
      for (const kind of provider.sourceKinds) {
        for (const r of snapshot.ofKind(kind)) {
          const before = theirs?.get(r);
          const links = (before && !seed!.edited.has(r.uri) && carriedOver(before, seed!)) || provider.links(snapshot, r);
          mine.set(r, links);
          for (const link of links) this.add(link);
        }
      }
    }
  }

  private add(link: Link) {
    this.all.push(link);
    push(this.byFrom, link.from.uri, link);
  }

  private get byTo(): Map<string, { link: Link; target: LinkTarget }[]> {
    if (!this.byToIndex) {
      this.byToIndex = new Map();
      for (const link of this.all) for (const target of link.to) push(this.byToIndex, target.uri, { link, target });
    }
    return this.byToIndex;
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

/** Links of an object outside the edited files, with their targets in edited files moved; null when one cannot be. */
function carriedOver(links: Link[], seed: GraphSeed): Link[] | null {
  if (!links.some((l) => l.to.some((t) => seed.edited.has(t.uri)))) return links;
  const out: Link[] = [];
  for (const link of links) {
    const to: LinkTarget[] = [];
    for (const t of link.to) {
      const moved = seed.edited.has(t.uri) ? seed.moveTarget(t) : t;
      if (!moved) return null;
      to.push(moved);
    }
    out.push({ ...link, to });
  }
  return out;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
