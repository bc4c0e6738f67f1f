/**
 * Every rule, in the order their findings are reported. docs/rules.md and the settings schema are generated from this
 * list; a test fails when they drift.
 */
import type { Rule } from './types';
import { containerPortConflict } from './containerPortConflict';
import { fileNotAnalysed } from './fileNotAnalysed';
import { linkUnverifiable } from './linkUnverifiable';
import { selectorUnmatched } from './selectorUnmatched';
import { metadataOutdented } from './metadataOutdented';
import { unknownField } from './unknownField';
import { objectFlattened } from './objectFlattened';
import { missingDocumentSeparator } from './missingDocumentSeparator';
import { servicePortDuplicate } from './servicePortDuplicate';
import { serviceSelectorNoMatch } from './serviceSelectorNoMatch';
import { targetPortNameUnresolved } from './targetPortNameUnresolved';
import { targetPortNumberUndeclared } from './targetPortNumberUndeclared';
import { workloadSelectorMismatch } from './workloadSelectorMismatch';
import { workloadSelectorMissing } from './workloadSelectorMissing';
import { labelInvalid } from './labelInvalid';
import { yamlSyntax } from './yamlSyntax';
// API-server validation: Services, IPs and CIDRs, Endpoints, EndpointSlice, ServiceCIDR (branch api-service).
import { endpointSliceInvalid } from './endpointSliceInvalid';
import { endpointsInvalid } from './endpointsInvalid';
import { hostAliasIP } from './hostAliasIP';
import { hostAliasHostname } from './hostAliasHostname';
import { placeholderValue } from './placeholderValue';
import { serviceCidrInvalid } from './serviceCidrInvalid';
import { serviceClusterIP } from './serviceClusterIP';
import { serviceExternalIPs } from './serviceExternalIPs';
import { serviceExternalName } from './serviceExternalName';
import { serviceIgnoredField } from './serviceIgnoredField';
import { serviceIPFamilies } from './serviceIPFamilies';
import { serviceIPNotCanonical } from './serviceIPNotCanonical';
import { serviceLoadBalancer } from './serviceLoadBalancer';
import { serviceName } from './serviceName';
import { serviceNodePort } from './serviceNodePort';
import { servicePortName } from './servicePortName';
import { servicePortNumber } from './servicePortNumber';
import { servicePortProtocol } from './servicePortProtocol';
import { serviceSelectorLabels } from './serviceSelectorLabels';
import { serviceSessionAffinity } from './serviceSessionAffinity';
import { serviceTargetPort } from './serviceTargetPort';
import { serviceTrafficDistribution } from './serviceTrafficDistribution';
import { serviceTrafficPolicy } from './serviceTrafficPolicy';
import { serviceTypeRule } from './serviceType';
// NetworkPolicy links.
import { networkPolicySelectorNoMatch } from './networkPolicySelectorNoMatch';
import { networkPolicyPeerNoMatch } from './networkPolicyPeerNoMatch';
import { networkPolicyNamedPortUndeclared } from './networkPolicyNamedPortUndeclared';
import { networkPolicyBlocksDns } from './networkPolicyBlocksDns';
import { ingressControllerBlocked } from './ingressControllerBlocked';
// Network links: Ingress, Gateway API routes, probes, host/node ports, StatefulSet serviceName, Endpoints (branch links).
import { endpointsPortNameMismatch } from './endpointsPortNameMismatch';
import { hostNetworkPorts } from './hostNetworkPorts';
import { hostPortConflict } from './hostPortConflict';
import { apiVersionRemoved } from './apiVersionRemoved';
import { ingressBackendUnresolved } from './ingressBackendUnresolved';
import { serviceReferenceUnresolved } from './serviceReferenceUnresolved';
import { monitorTargetUnresolved } from './monitorTargetUnresolved';
import { nodePortConflict } from './nodePortConflict';
import { nodePortConflictWorkspace } from './nodePortConflictWorkspace';
import { probePortNameUnresolved } from './probePortNameUnresolved';
import { probePortNotTcp } from './probePortNotTcp';
import { probePortNumberUndeclared } from './probePortNumberUndeclared';
import { routeBackendUnresolved } from './routeBackendUnresolved';
import { routeReferenceGrantMissing } from './routeReferenceGrantMissing';
import { statefulSetServiceMissing } from './statefulSetServiceMissing';
import { statefulSetServiceNotHeadless } from './statefulSetServiceNotHeadless';
// API-server validation: containers, probes, pod DNS, NetworkPolicy, Ingress (branch api-pod).
import { containerPortNumber } from './containerPortNumber';
import { containerPortName } from './containerPortName';
import { containerPortProtocol } from './containerPortProtocol';
import { hostNetworkHostPort } from './hostNetworkHostPort';
import { podHostPortDuplicate } from './podHostPortDuplicate';
import { hostIpWithoutHostPort } from './hostIpWithoutHostPort';
import { probePort } from './probePort';
import { probeHandler } from './probeHandler';
import { podHostname } from './podHostname';
import { podDnsConfig } from './podDnsConfig';
import { networkPolicySelector } from './networkPolicySelector';
import { networkPolicyPeer } from './networkPolicyPeer';
import { networkPolicyIpBlock } from './networkPolicyIpBlock';
import { networkPolicyCidrNotCanonical } from './networkPolicyCidrNotCanonical';
import { networkPolicyPort } from './networkPolicyPort';
import { networkPolicyTypes } from './networkPolicyTypes';
import { ingressSpec } from './ingressSpec';
import { ingressBackend } from './ingressBackend';
import { ingressPath } from './ingressPath';
import { ingressHost } from './ingressHost';
import { ingressClass } from './ingressClass';
import { ingressClassAnnotation } from './ingressClassAnnotation';
import type { Reads } from '../model/signature';

export const RULES: readonly Rule[] = [
  // Syntax: the YAML itself.
  yamlSyntax,
  missingDocumentSeparator,
  metadataOutdented,
  unknownField,
  objectFlattened,
  fileNotAnalysed,
  // Links between objects.
  serviceSelectorNoMatch,
  targetPortNameUnresolved,
  targetPortNumberUndeclared,
  containerPortConflict,
  linkUnverifiable,
  selectorUnmatched,
  // NetworkPolicy: the pods a policy isolates, its peers, named ports and DNS.
  networkPolicySelectorNoMatch,
  networkPolicyPeerNoMatch,
  networkPolicyNamedPortUndeclared,
  networkPolicyBlocksDns,
  ingressControllerBlocked,
  // What the API server rejects.
  workloadSelectorMismatch,
  workloadSelectorMissing,
  labelInvalid,
  servicePortDuplicate,
  // API-server validation: Services, IPs and CIDRs, Endpoints, EndpointSlice, ServiceCIDR (branch api-service).
  serviceName,
  serviceTypeRule,
  servicePortNumber,
  servicePortName,
  servicePortProtocol,
  serviceTargetPort,
  serviceNodePort,
  serviceClusterIP,
  serviceIPFamilies,
  serviceExternalName,
  serviceExternalIPs,
  serviceSelectorLabels,
  serviceSessionAffinity,
  serviceTrafficPolicy,
  serviceLoadBalancer,
  serviceTrafficDistribution,
  serviceIgnoredField,
  serviceIPNotCanonical,
  hostAliasIP,
  hostAliasHostname,
  placeholderValue,
  endpointsInvalid,
  endpointSliceInvalid,
  serviceCidrInvalid,
  // Network links: Ingress, Gateway API routes, probes, host/node ports, StatefulSet serviceName, Endpoints (branch links).
  ingressBackendUnresolved,
  serviceReferenceUnresolved,
  monitorTargetUnresolved,
  apiVersionRemoved,
  routeBackendUnresolved,
  routeReferenceGrantMissing,
  probePortNameUnresolved,
  probePortNotTcp,
  probePortNumberUndeclared,
  nodePortConflict,
  nodePortConflictWorkspace,
  hostPortConflict,
  hostNetworkPorts,
  statefulSetServiceMissing,
  statefulSetServiceNotHeadless,
  endpointsPortNameMismatch,
  // API-server validation: containers, probes, pod DNS, NetworkPolicy, Ingress (branch api-pod).
  containerPortNumber,
  containerPortName,
  containerPortProtocol,
  hostNetworkHostPort,
  podHostPortDuplicate,
  hostIpWithoutHostPort,
  probePort,
  probeHandler,
  podHostname,
  podDnsConfig,
  networkPolicySelector,
  networkPolicyPeer,
  networkPolicyIpBlock,
  networkPolicyCidrNotCanonical,
  networkPolicyPort,
  networkPolicyTypes,
  ingressSpec,
  ingressBackend,
  ingressPath,
  ingressHost,
  ingressClass,
  ingressClassAnnotation,
];

/** The ids settings may name, for parseConfig. */
export const RULE_IDS: ReadonlySet<string> = new Set(RULES.map((r) => r.id));

export function ruleById(id: string): Rule | undefined {
  return RULES.find((r) => r.id === id);
}

const readSets = new WeakMap<readonly Rule[], Reads>();

/** The kinds a set of rules reads across files (their `reads`): what invalidation and the findings cache follow. */
export function readsOf(rules: readonly Rule[]): Reads {
  let reads = readSets.get(rules);
  if (!reads) readSets.set(rules, (reads = new Set(rules.flatMap((r) => r.reads ?? []))));
  return reads;
}

/** The kinds the registered rules read across files. */
export const RULE_READS: Reads = readsOf(RULES);
