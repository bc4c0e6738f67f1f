/**
 * Quick fixes for a port name that no container declares (a Service's targetPort, a probe's port): when only one
 * port can be meant, use its name, or give it the name; when an unnamed container port has the number the reference
 * stands for (the Service port's own number), give that port the name.
 */
import type { Fix, TextEdit } from '../../diagnostics';
import type { Snapshot } from '../../model/snapshot';
import type { Container, ContainerPort, PodTemplate } from '../../model/workloads';
import { templateOwnerName } from '../../model/serviceTargets';
import { eolOf, lineStartAt } from '../../strings';
import { yamlString } from '../../syntax/yamlText';

export interface PortCandidate {
  template: PodTemplate;
  container: Container;
  port: ContainerPort;
}

/** The ports of the containers that serve traffic (init containers do not), in every template. */
export function servingPorts(templates: PodTemplate[]): PortCandidate[] {
  return templates.flatMap((template) => template.containers.filter((c) => !c.init).flatMap((container) => container.ports.map((port) => ({ template, container, port }))));
}

/**
 * The fixes for `reference` (its range, in `uri`), a name in `name` that none of `candidates` declares. `what` names the
 * reference in titles (`targetPort`); `number` is the port number it stands for, when known.
 */
export function portNameFixes(snapshot: Snapshot, reference: { uri: string; start: number; end: number; name: string; what: string }, candidates: PortCandidate[], number: number | null): Fix[] {
  const only = candidates.length === 1 ? candidates[0] : null;
  if (only?.port.name) {
    return [{ title: `Change ${reference.what} to '${only.port.name}', the only port of ${templateOwnerName(only.template)}`, edits: [{ uri: reference.uri, start: reference.start, end: reference.end, newText: only.port.name }] }];
  }
  const unnamed = only ? [only] : candidates.filter((c) => !c.port.name && number !== null && c.port.containerPort === number);
  if (unnamed.length !== 1 || unnamed[0].template.owner.templated) return [];
  const edit = nameEdit(snapshot, unnamed[0].template.owner.uri, unnamed[0].port, reference.name);
  const c = unnamed[0];
  return edit ? [{ title: `Name container port ${c.port.containerPort ?? '?'} of ${templateOwnerName(c.template)} '${reference.name}'`, edits: [edit] }] : [];
}

/** Adds `name: <name>` first in a container port's map, flow or block. */
function nameEdit(snapshot: Snapshot, uri: string, port: ContainerPort, name: string): TextEdit | null {
  const text = snapshot.files.get(uri)?.text;
  const first = port.node.items[0];
  if (text === undefined || !first) return null;
  if (port.node.flow) {
    const open = text.indexOf('{', port.node.start);
    return open < 0 || open > first.start ? null : { uri, start: open + 1, end: open + 1, newText: `name: ${yamlString(name)}, ` };
  }
  const indent = ' '.repeat(first.start - lineStartAt(text, first.start));
  return { uri, start: first.start, end: first.start, newText: `name: ${yamlString(name)}${eolOf(text)}${indent}` };
}
