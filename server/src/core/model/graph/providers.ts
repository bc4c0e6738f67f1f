/** Every link provider. Add a provider here (one import, one entry) to make its links navigable everywhere. */
import type { LinkProvider } from './types';
import { serviceSelectorLinks } from './serviceSelector';
import { targetPortLinks } from './targetPort';
import { networkPolicySelectorLinks } from './networkPolicySelector';
import { networkPolicyPeerLinks } from './networkPolicyPeer';

export const LINK_PROVIDERS: readonly LinkProvider[] = [
  serviceSelectorLinks,
  targetPortLinks,
  // NetworkPolicy: the pods a policy isolates, and its from/to peers.
  networkPolicySelectorLinks,
  networkPolicyPeerLinks,
];
