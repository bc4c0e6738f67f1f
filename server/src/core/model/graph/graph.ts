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
  private built: { all: Link[]; byFrom: Map<string, Link[]> } | undefined;
  /** Links from one file, worked out for that file alone while the whole graph is not built. */
  private readonly fileLinks = new Map<string, Link[]>();
  /** Built on first use: only find references and the lenses read links backwards, and policies have many targets. */
  private byToIndex: Map<string, { link: Link; target: LinkTarget }[]> | undefined;
  /** Each provider's links per object, to seed the next graph. */
  private readonly byProvider = new Map<LinkProvider, Map<Resource, Link[]>>();

  /**
   * Nothing is worked out until asked. Links from one file (go to definition, most hovers) are worked out for that
   * file alone; the whole graph is built when something reads links backwards or all of them.
   *
   * With a `seed` (a graph of a snapshot with the same link epoch, see model/signature.ts), the links of an object
   * outside the edited files are taken from it: the same objects with the same links around them link the same way.
   * Where such a link ends in an edited file (a policy in another file that selects every pod of the namespace), its
   * targets are moved along with the edits. The rest is worked out again. Links keep the order of a full build.
   */
  constructor(
    private snapshot: Snapshot | undefined,
    private readonly providers: readonly LinkProvider[],
    private seed?: GraphSeed,
  ) {}

  /** True once the whole graph was built: only such a graph can seed the next one. */
  get complete(): boolean {
    return this.built !== undefined;
  }

  get all(): Link[] {
    return this.build().all;
  }

  private build(): { all: Link[]; byFrom: Map<string, Link[]> } {
    if (this.built) return this.built;
    const snapshot = this.snapshot!;
    const seed = this.seed;
    const all: Link[] = [];
    const byFrom = new Map<string, Link[]>();
    for (const provider of this.providers) {
      const mine = new Map<Resource, Link[]>();
      const theirs = seed?.graph.byProvider.get(provider);
      this.byProvider.set(provider, mine);
      for (const kind of provider.sourceKinds) {
        for (const r of snapshot.ofKind(kind)) {
          const before = theirs?.get(r);
          const links = (before && !seed!.edited.has(r.uri) && carriedOver(before, seed!)) || provider.links(snapshot, r);
          mine.set(r, links);
          for (const link of links) {
            all.push(link);
            push(byFrom, link.from.uri, link);
          }
        }
      }
    }
    // A complete graph may seed the next snapshot's: it must not keep this snapshot, nor the graph it was seeded from.
    this.seed = undefined;
    this.snapshot = undefined;
    this.fileLinks.clear();
    return (this.built = { all, byFrom });
  }

  /** The links from one file, in the order a full build gives them. */
  private from(uri: string): Link[] {
    if (this.built) return this.built.byFrom.get(uri) ?? [];
    let links = this.fileLinks.get(uri);
    if (!links) {
      links = [];
      const snapshot = this.snapshot!;
      const resources = snapshot.documents(uri).flatMap((info) => info.resources);
      for (const provider of this.providers) {
        for (const kind of provider.sourceKinds) {
          for (const r of resources) if (r.kind === kind) links.push(...provider.links(snapshot, r));
        }
      }
      this.fileLinks.set(uri, links);
    }
    return links;
  }

  private get byTo(): Map<string, { link: Link; target: LinkTarget }[]> {
    if (!this.byToIndex) {
      this.byToIndex = new Map();
      for (const link of this.build().all) for (const target of link.to) push(this.byToIndex, target.uri, { link, target });
    }
    return this.byToIndex;
  }

  /** Links whose reference contains the offset (the innermost first). */
  linksAt(uri: string, offset: number): Link[] {
    return this.from(uri).filter((l) => offset >= l.from.start && offset <= l.from.end).sort((a, b) => a.from.end - a.from.start - (b.from.end - b.from.start));
  }

  /** Links that end on a range containing the offset: who refers to what is under the cursor. */
  referencesAt(uri: string, offset: number): { link: Link; target: LinkTarget }[] {
    return (this.byTo.get(uri) ?? []).filter((e) => offset >= e.target.start && offset <= e.target.end);
  }

  /** Every link that starts in the file. */
  linksFrom(uri: string): Link[] {
    return this.from(uri);
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
