/** Checks shared by Endpoints and EndpointSlice ports. */
import type { YNode } from '../../syntax/nodes';
import { get } from '../../syntax/nodes';
import type { Report } from './fieldChecks';
import { checkAppProtocol, checkEnumField, checkIntField, looksTemplated, PORT_RANGE, PROTOCOLS } from './fieldChecks';
import { readString } from '../../k8s/goyaml';
import { isDns1123Label } from '../../k8s/names';
import { portEntries } from '../../k8s/servicePorts';

export interface EndpointPortOptions {
  /** Endpoints: a name is required when there is more than one port. */
  nameRequiredWhenMany: boolean;
  /** EndpointSlice: names (absent counts as "") are unique. */
  uniqueNames: boolean;
  /** Endpoints: port is 1..65535. EndpointSlice: only decoded. */
  portRange: { min: number; max: number } | null;
}

export function checkEndpointPorts(report: Report, parent: YNode | null, options: EndpointPortOptions): void {
  const ports = portEntries(parent);
  const names = new Map<string, number>();
  for (const { node, index } of ports) {
    const nameNode = get(node, 'name');
    const name = readString(nameNode);
    if (name && !name.ok) report({ start: nameNode!.start, end: nameNode!.end, message: `port name must be a string; ${name.problem}` });
    const value = name?.ok ? name.value : '';
    if (value !== '' && !isDns1123Label(value) && !looksTemplated(value)) {
      report({ start: nameNode!.start, end: nameNode!.end, message: `port name '${value}' is not a DNS-1123 label: at most 63 lower-case letters, digits and "-", starting and ending with a letter or digit` });
    }
    if (options.nameRequiredWhenMany && ports.length > 1 && value === '') {
      const anchor = nameNode ?? node.items[0]?.key ?? node;
      report({ start: anchor.start, end: anchor.end, message: `ports[${index}] needs a name: when there is more than one port, every port must be named` });
    }
    if (options.uniqueNames) {
      const first = names.get(value);
      const anchor = nameNode ?? node.items[0]?.key ?? node;
      if (first !== undefined) report({ start: anchor.start, end: anchor.end, message: `port name '${value}' is already used by ports[${first}]${value === '' ? ' (an absent name counts as "")' : ''}; names must be unique` });
      else names.set(value, index);
    }
    const port = get(node, 'port');
    if (options.portRange) {
      if (port) checkIntField(report, port, 'port', options.portRange);
      else {
        const anchor = node.items[0]?.key ?? node;
        report({ start: anchor.start, end: anchor.end, message: `port is required (${PORT_RANGE.min}-${PORT_RANGE.max})` });
      }
    } else if (port) checkIntField(report, port, 'port', { min: -(2 ** 31), max: 2 ** 31 - 1 });
    checkEnumField(report, get(node, 'protocol'), 'protocol', PROTOCOLS);
    checkAppProtocol(report, get(node, 'appProtocol'));
  }
}
