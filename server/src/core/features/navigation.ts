/**
 * Go to definition and find references, both read off the link graph: a definition follows the links written under
 * the cursor, references run backwards from what the cursor is on to every place that refers to it. Any new link
 * provider becomes navigable here without a change.
 */
import type { Link, LinkTarget, Place } from '../model/graph/types';
import type { Snapshot } from '../model/snapshot';
import { contains, uniquePlaces } from './locate';
import { linkGraph } from '../model/graph/ofSnapshot';

/** The innermost links written at the offset (several when providers share one reference). */
export function linksUnder(snapshot: Snapshot, uri: string, offset: number): Link[] {
  const links = linkGraph(snapshot).linksAt(uri, offset);
  if (links.length === 0) return [];
  const size = (l: Link) => l.from.end - l.from.start;
  return links.filter((l) => size(l) === size(links[0]));
}

/** Where the reference under the cursor leads: every target, nearest first. */
export function definition(snapshot: Snapshot, uri: string, offset: number): LinkTarget[] {
  return uniquePlaces(linksUnder(snapshot, uri, offset).flatMap((l) => l.to));
}

export interface Reference {
  link: Link;
  /** The range under the cursor that the link points at. */
  target: LinkTarget;
}

/**
 * Links that point at what is under the cursor. When targets of different sizes contain the offset (a label line and
 * the whole template), only the innermost count: the user asked about the thing they are on.
 */
export function referencesTo(snapshot: Snapshot, uri: string, offset: number): Reference[] {
  const hits = linkGraph(snapshot).referencesAt(uri, offset);
  return hits.filter((h) => !hits.some((o) => o.target !== h.target && contains(h.target, o.target) && !contains(o.target, h.target)));
}

/** Every place that refers to what is under the cursor; with `includeDeclaration`, the place itself first. */
export function references(snapshot: Snapshot, uri: string, offset: number, includeDeclaration = false): Place[] {
  const refs = referencesTo(snapshot, uri, offset);
  const declarations = includeDeclaration ? refs.map((r): Place => ({ uri: r.target.uri, start: r.target.start, end: r.target.end })) : [];
  return uniquePlaces([...declarations, ...refs.map((r) => r.link.from)]);
}
