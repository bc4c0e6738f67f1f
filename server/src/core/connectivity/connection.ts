/** A connection between two peers: what both ends allow, and each direction's verdict. */
import type { ConnSet } from './portSet';
import type { Peer } from './peers';
import type { DirectionVerdict } from './verdict';
import type { Backend } from './ingressController';

export interface Connection {
  src: Peer;
  dst: Peer;
  /** What both ends allow (for the ingress controller, on the ports its Ingress or routes send it to). */
  conns: ConnSet;
  /** Null when the source is an address (no policy of the cluster limits its egress). */
  egress: DirectionVerdict | null;
  /** Null when the destination is an address. */
  ingress: DirectionVerdict | null;
  /** For the ingress controller: the Ingress and route objects that lead it to the destination, and their ports. */
  backend?: Backend;
  /** The secondary network (NetworkAttachmentDefinition) the connection is on; absent for the primary network. */
  network?: string;
}
