/**
 * Code lenses: above each Service the pod templates it selects, above each pod template the Services exposing it,
 * above each NetworkPolicy the pod templates it applies to and what it does to connectivity (lensConnectivity.ts). A lens carries its title (a count and a few names); the
 * places a click shows are worked out only for the lens clicked or resolved (`lensLocations`), because N Services
 * sharing a label with N templates would otherwise embed N² locations in one answer.
 */
import type { Link, LinkTarget, Place } from '../model/graph/types';
import type { Snapshot } from '../model/snapshot';
import type { Resource } from '../model/resource';
import { refName } from '../model/resource';
import { selectedTemplates, templateOwnerName } from '../model/serviceTargets';
import { networkPolicyOf, policyTemplates } from '../model/networkPolicy';
import type { PodTemplate } from '../model/workloads';
import { getPair } from '../syntax/nodes';
import { foldCopies, plural } from '../strings';
import { contains, uniquePlaces } from './locate';
import { listSome } from './hoverService';
import { linkGraph } from '../model/graph/ofSnapshot';
import { connectivityLens } from './lensConnectivity';

export type LensKind = 'selects' | 'applies' | 'exposed' | 'opens';

export interface Lens {
  kind: LensKind;
  /** Where the lens sits (the editor shows it above this line). */
  start: number;
  end: number;
  title: string;
}

/** A lens with the way to its places, which are made only when asked for. */
interface LazyLens extends Lens {
  places: () => Place[];
}

export function codeLenses(snapshot: Snapshot, uri: string): Lens[] {
  return lazyLenses(snapshot, uri).map(({ places: _places, ...lens }) => lens);
}

/** The places a click on the lens of that kind at `start` shows; none when the file no longer has that lens. */
export function lensLocations(snapshot: Snapshot, uri: string, lens: { kind: LensKind; start: number }): Place[] {
  return lazyLenses(snapshot, uri).find((l) => l.kind === lens.kind && l.start === lens.start)?.places() ?? [];
}

function lazyLenses(snapshot: Snapshot, uri: string): LazyLens[] {
  const out: LazyLens[] = [];
  const selectorsInto = serviceLinksByTarget(snapshot, uri);
  for (const r of snapshot.documents(uri).flatMap((d) => d.resources)) {
    const svc = snapshot.service(r);
    if (svc?.selector && svc.type !== 'ExternalName') out.push(selectionLens('selects', r, selectedTemplates(snapshot, svc), 'selects no pods'));
    const policy = networkPolicyOf(r);
    if (policy && !policy.podSelector.unreadable) out.push(selectionLens('applies', r, policyTemplates(snapshot, policy), 'applies to no pod template'));
    const opens = policy && connectivityLens(snapshot, r);
    if (opens) out.push(opens);
    const t = snapshot.templateOf(r);
    if (t) {
      const lens = exposureLens(snapshot, t, selectorsInto.get(t.owner) ?? []);
      if (lens) out.push(lens);
    }
  }
  return out;
}

/** The template's label lines (a block map's range would run on to the next line), else the template itself. */
function templatePlace(t: PodTemplate): Place {
  if (t.labels.length > 0) return { uri: t.owner.uri, start: t.labels[0].pair.start, end: t.labels[t.labels.length - 1].pair.end };
  return { uri: t.owner.uri, start: t.node.start, end: t.node.end };
}

function selectionLens(kind: 'selects' | 'applies', r: Resource, templates: PodTemplate[], none: string): LazyLens {
  const verb = kind === 'selects' ? 'selects' : 'applies to';
  return {
    kind,
    start: r.node.start,
    end: r.node.start,
    title: templates.length ? `${verb} ${plural(templates.length, 'pod template')}: ${listSome(foldCopies(templates.map(templateOwnerName)))}` : none,
    places: () => uniquePlaces(templates.map(templatePlace)),
  };
}

/**
 * The Service selector links into the file, by the object they end in: read once per file, since N Services sharing a
 * label with N templates make N² links, and reading them all again for each template would cost N³.
 */
function serviceLinksByTarget(snapshot: Snapshot, uri: string): Map<Resource, { link: Link; target: LinkTarget }[]> {
  const out = new Map<Resource, { link: Link; target: LinkTarget }[]>();
  for (const entry of linkGraph(snapshot).linksInto(uri)) {
    if (entry.link.kind !== 'service-selector') continue;
    const list = out.get(entry.target.resource);
    if (list) list.push(entry);
    else out.set(entry.target.resource, [entry]);
  }
  return out;
}

/** "exposed by 2 Services: web, web-headless", from the Service selector links into the template. */
function exposureLens(snapshot: Snapshot, t: PodTemplate, links: { link: Link; target: LinkTarget }[]): LazyLens | null {
  const services = new Set<Resource>();
  for (const { link, target } of links) {
    // An ExternalName Service ignores its selector.
    if (contains(t.node, target) && snapshot.service(link.fromResource)?.type !== 'ExternalName') services.add(link.fromResource);
  }
  if (services.size === 0) return null;
  const list = [...services];
  const anchor = t.workload.templatePath.length ? getPair(t.owner.node, ...t.workload.templatePath)?.key ?? t.node : t.owner.node;
  return {
    kind: 'exposed',
    start: anchor.start,
    end: anchor.start,
    title: `exposed by ${plural(list.length, 'Service')}: ${listSome(foldCopies(list.map((s) => s.name ?? refName(s))))}`,
    places: () =>
      uniquePlaces(
        list.map((s) => {
          const at = s.nameNode ?? s.node;
          return { uri: s.uri, start: at.start, end: at.end };
        }),
      ),
  };
}
