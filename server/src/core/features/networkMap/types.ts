/**
 * The network map as plain data: what the editor's webview and the CLI's pictures draw. Nodes are objects (and the
 * Internet, the ingress controllers and "no match" ghosts), grouped by namespace; edges are the links between them,
 * labelled with the ports and paths that carry traffic. Node ids are built from kind, namespace and name, so that an
 * edit elsewhere keeps them, and a drawing keeps its layout.
 */
import type { Place } from '../../model/graph/types';

export type NodeCategory = 'external' | 'controller' | 'route' | 'service' | 'workload' | 'config' | 'ghost';

/** `P` is where things are: offsets in the core (`Place`), lines and columns once an edge has converted them. */
export interface MapBadge<P = Place> {
  /** The NetworkPolicy, `namespace/name`. */
  label: string;
  place: P;
}

export interface MapNode<P = Place> {
  id: string;
  category: NodeCategory;
  /** The object's kind, or `Internet`, `IngressController`, `NoMatch`. */
  kind: string;
  name: string;
  /** The namespace group it is drawn in; null for the Internet and the ingress controllers. */
  namespace: string | null;
  /** Facts for the label: a Service's type and ports, a workload's replicas and container ports. */
  details: string[];
  /** NetworkPolicies that isolate a workload's pods. */
  badges: MapBadge<P>[];
  /** The whole object, to reveal and to know which node the editor's selection is in. */
  place: P | null;
  /** The object's name, where the editor puts the cursor. */
  reveal: P | null;
  /** A ghost's diagnostic message: why the link is broken. */
  message?: string;
}

export type EdgeKind = 'entry' | 'route' | 'service' | 'config' | 'broken';

export interface MapEdge<P = Place> {
  id: string;
  kind: EdgeKind;
  source: string;
  target: string;
  /** `shop.example.com/api :http`, `80 → http (8080)`, … */
  label: string;
  /** Where the reference is written, to reveal. */
  place: P | null;
  /** A broken edge's diagnostic message. */
  message?: string;
}

export interface MapGroup {
  /** The namespace. */
  id: string;
  nodes: number;
}

export interface NetworkMap<P = Place> {
  nodes: MapNode<P>[];
  edges: MapEdge<P>[];
  groups: MapGroup[];
}

/** What part of the workspace to map: all of it, one file, one namespace, or one object with its neighbours. */
export type MapFocus =
  | { kind: 'workspace' }
  | { kind: 'file'; uri: string }
  | { kind: 'namespace'; namespace: string }
  /** `target` is `namespace/name` (every object of that name: a Service and its Deployment often share it) or a node id. */
  | { kind: 'object'; target: string; hops: number };

export interface MapOptions {
  focus?: MapFocus;
  /** Keep only nodes in these namespaces (the Internet and the controllers stay while something links to them). */
  namespaces?: string[];
  /** Keep only objects of these kinds. */
  kinds?: string[];
}
