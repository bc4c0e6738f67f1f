/**
 * The link graph: every reference from one object to others (a Service selector entry to the pod template labels it
 * matches, a targetPort to container ports, an Ingress backend to a Service, …) as plain data with ranges. Go to
 * definition follows links forwards, find references backwards, and hovers and lenses count them. Rules may use the
 * same providers, so that what is squiggled and what is navigable never disagree.
 */
import type { Resource } from '../resource';

export interface Place {
  uri: string;
  start: number;
  end: number;
}

export interface LinkTarget extends Place {
  resource: Resource;
}

export interface Link {
  /** The provider's kind, e.g. `service-selector`. */
  kind: string;
  /** Where the reference is written. */
  from: Place;
  fromResource: Resource;
  /** What it resolves to, nearest first; empty when the link is broken. */
  to: LinkTarget[];
  /** Set when the link exists only because a kustomization transforms the objects (e.g. commonLabels). */
  via?: string;
}

export interface LinkProvider {
  kind: string;
  /** The kinds of objects this provider reads links from. */
  sourceKinds: string[];
  /**
   * The kinds of other objects whose content its links resolve against (`pods`: the pod templates of every pod
   * source), as a rule's `reads`: a derived snapshot's graph is seeded only while their signatures stay the same.
   */
  reads: readonly string[];
  links(snapshot: import('../snapshot').Snapshot, resource: Resource): Link[];
}
