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
// Network links: Ingress, Gateway API routes, probes, host/node ports, StatefulSet serviceName, Endpoints (branch links).
import { endpointsPortNameMismatch } from './endpointsPortNameMismatch';
import { hostNetworkPorts } from './hostNetworkPorts';
import { hostPortConflict } from './hostPortConflict';
import { ingressApiRemoved } from './ingressApiRemoved';
import { ingressBackendUnresolved } from './ingressBackendUnresolved';
import { nodePortConflict } from './nodePortConflict';
import { probePortNameUnresolved } from './probePortNameUnresolved';
import { probePortNumberUndeclared } from './probePortNumberUndeclared';
import { routeBackendUnresolved } from './routeBackendUnresolved';
import { routeReferenceGrantMissing } from './routeReferenceGrantMissing';
import { statefulSetServiceMissing } from './statefulSetServiceMissing';
import { statefulSetServiceNotHeadless } from './statefulSetServiceNotHeadless';

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
  // Network links: Ingress, Gateway API routes, probes, host/node ports, StatefulSet serviceName, Endpoints (branch links).
  ingressBackendUnresolved,
  ingressApiRemoved,
  routeBackendUnresolved,
  routeReferenceGrantMissing,
  probePortNameUnresolved,
  probePortNumberUndeclared,
  nodePortConflict,
  hostPortConflict,
  hostNetworkPorts,
  statefulSetServiceMissing,
  statefulSetServiceNotHeadless,
  endpointsPortNameMismatch,
];

export function ruleById(id: string): Rule | undefined {
  return RULES.find((r) => r.id === id);
}
