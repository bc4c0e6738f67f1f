/**
 * A snapshot's link graph: built on first use and kept beside the snapshot, which knows nothing of links. After a
 * keystroke that left every link signature as it was (typing in a CRD's schema, a ConfigMap, a comment), the graph is
 * seeded with the last complete one built along the chain of derived snapshots, so a hover right after an edit does
 * not wait for the links of the whole workspace to be worked out again.
 */
import type { Snapshot } from '../snapshot';
import type { Resource } from '../resource';
import type { SourceFile } from '../sourceFile';
import { linkEpoch } from '../signature';
import { diffTexts } from '../../syntax/incremental';
import type { Edit } from '../../syntax/incremental';
import { LinkGraph } from './graph';
import type { GraphSeed } from './graph';
import { LINK_PROVIDERS, LINK_READS } from './providers';

/** The last complete graph, with the link epoch and the files of the snapshot it was built for. */
interface Seed {
  graph: LinkGraph;
  epoch: string;
  files: ReadonlyMap<string, SourceFile>;
}

const SEED = Symbol('link graph seed');
const graphs = new WeakMap<Snapshot, LinkGraph>();

export function linkGraph(snapshot: Snapshot): LinkGraph {
  const built = graphs.get(snapshot);
  if (built) {
    if (built.complete) snapshot.dropHeirloom(SEED);
    return built;
  }
  const seed = snapshot.heirloom(SEED) as Seed | undefined;
  const graph = new LinkGraph(snapshot, LINK_PROVIDERS, seed && seed.epoch === linkEpoch(snapshot, LINK_READS) ? seedFrom(snapshot, seed) : undefined);
  graphs.set(snapshot, graph);
  // The next snapshot seeds from this graph once it is complete; until then, from the seed this one inherited.
  snapshot.bequeath(SEED, (): Seed | undefined => (graph.complete ? { graph, epoch: linkEpoch(snapshot, LINK_READS), files: snapshot.files } : undefined));
  return graph;
}

/**
 * What the graph built for an earlier snapshot needs to be reused here: the files edited since, and a way to move a
 * link's target in one of them. An object there is found again by its place (document and list index) and kind and
 * name; its range moves with the text around it, unless the edits reach into the object.
 */
function seedFrom(snapshot: Snapshot, seed: Seed): GraphSeed {
  const edited = new Set([...snapshot.files].filter(([uri, file]) => seed.files.get(uri) !== file).map(([uri]) => uri));
  const edits = new Map<string, Edit>();
  const objects = new Map<string, Resource>();
  for (const uri of edited) {
    const before = seed.files.get(uri);
    if (before) edits.set(uri, diffTexts(before.text, snapshot.files.get(uri)!.text));
    for (const info of snapshot.documents(uri)) for (const r of info.resources) objects.set(r.id, r);
  }
  // A range moves when it lies wholly before or after the edited stretch; one that touches it is worked out again.
  const move = (r: { start: number; end: number }, edit: Edit): { start: number; end: number } | null => {
    if (r.end < edit.start) return r;
    if (r.start > edit.oldEnd) return { start: r.start + edit.newEnd - edit.oldEnd, end: r.end + edit.newEnd - edit.oldEnd };
    return null;
  };
  return {
    graph: seed.graph,
    edited,
    moveTarget(t) {
      const edit = edits.get(t.uri);
      const now = objects.get(t.resource.id);
      if (!edit || !now || now.kind !== t.resource.kind || now.name !== t.resource.name || !move(t.resource.node, edit)) return null;
      const moved = move(t, edit);
      return moved && { ...t, ...moved, resource: now };
    },
  };
}
