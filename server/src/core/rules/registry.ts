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
// API validation: containers, probes, pod DNS, NetworkPolicy, Ingress.
import { containerPortNumber } from './containerPortNumber';
import { containerPortName } from './containerPortName';
import { containerPortProtocol } from './containerPortProtocol';
import { hostNetworkHostPort } from './hostNetworkHostPort';
import { hostPortConflict } from './hostPortConflict';
import { probePort } from './probePort';
import { probeHandler } from './probeHandler';

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
  // API validation: containers, probes, pod DNS, NetworkPolicy, Ingress.
  containerPortNumber,
  containerPortName,
  containerPortProtocol,
  hostNetworkHostPort,
  hostPortConflict,
  probePort,
  probeHandler,
];

export function ruleById(id: string): Rule | undefined {
  return RULES.find((r) => r.id === id);
}
