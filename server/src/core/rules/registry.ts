/**
 * Every rule, in the order their findings are reported. docs/rules.md and the settings schema are generated from this
 * list; a test fails when they drift.
 */
import type { Rule } from './types';
import { containerPortConflict } from './containerPortConflict';
import { fileNotAnalysed } from './fileNotAnalysed';
import { linkUnverifiable } from './linkUnverifiable';
import { metadataOutdented } from './metadataOutdented';
import { missingDocumentSeparator } from './missingDocumentSeparator';
import { servicePortDuplicate } from './servicePortDuplicate';
import { serviceSelectorNoMatch } from './serviceSelectorNoMatch';
import { targetPortNameUnresolved } from './targetPortNameUnresolved';
import { targetPortNumberUndeclared } from './targetPortNumberUndeclared';
import { workloadSelectorMismatch } from './workloadSelectorMismatch';
import { workloadSelectorMissing } from './workloadSelectorMissing';
import { yamlSyntax } from './yamlSyntax';
// API-server validation: Services, IPs and CIDRs, Endpoints, EndpointSlice, ServiceCIDR (branch api-service).
import { endpointSliceInvalid } from './endpointSliceInvalid';
import { endpointsInvalid } from './endpointsInvalid';
import { hostAliasIP } from './hostAliasIP';
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

export const RULES: readonly Rule[] = [
  // Syntax: the YAML itself.
  yamlSyntax,
  missingDocumentSeparator,
  metadataOutdented,
  fileNotAnalysed,
  // Links between objects.
  serviceSelectorNoMatch,
  targetPortNameUnresolved,
  targetPortNumberUndeclared,
  containerPortConflict,
  linkUnverifiable,
  // What the API server rejects.
  workloadSelectorMismatch,
  workloadSelectorMissing,
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
  endpointsInvalid,
  endpointSliceInvalid,
  serviceCidrInvalid,
];

export function ruleById(id: string): Rule | undefined {
  return RULES.find((r) => r.id === id);
}
