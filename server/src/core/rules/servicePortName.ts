import type { Fix } from '../diagnostics';
import type { YMap } from '../syntax/nodes';
import { asScalar, get, getPair } from '../syntax/nodes';
import { isDns1123Label } from '../k8s/names';
import { readInt, readString } from '../k8s/goyaml';
import { looksTemplated, replacement, replacementFixes } from './_shared/fieldChecks';
import { portEntries } from '../k8s/servicePorts';
import { eolOf, lineStartAt } from '../strings';
import type { ResourceRule } from './types';
import { SERVICE_ERROR, serviceCheck } from './apiValidation';

const WELL_KNOWN: Record<number, string> = { 80: 'http', 443: 'https', 8080: 'http-alt', 53: 'dns', 9090: 'metrics' };

/** A name for an unnamed port: a well-known service name, else `port-<number>`, unique among `taken`. */
function suggestName(port: number | null, index: number, taken: Set<string>): string {
  const base = port !== null && port > 0 ? WELL_KNOWN[port] ?? `port-${port}` : `port-${index}`;
  let name = base;
  for (let i = 2; taken.has(name); i++) name = `${base}-${i}`;
  taken.add(name);
  return name;
}

function nameOf(port: YMap): string {
  // A name that is not a string fails decoding on its own; it does not also count as missing.
  const r = readString(get(port, 'name'));
  return r ? (r.ok ? r.value : asScalar(get(port, 'name'))!.raw) : '';
}

export const servicePortName: ResourceRule = {
  id: 'service-port-name',
  title: 'Service port name is invalid or missing',
  description: 'A Service port name must be a DNS-1123 label (at most 63 lower-case letters, digits and "-"; all-digit names such as "80" are fine on a Service). When a Service has more than one port, every port needs a name. The API server rejects the Service otherwise.',
  remediation: 'Lower-case the name and use only letters, digits and "-"; give every port of a multi-port Service a name.',
  ...SERVICE_ERROR,
  templates: 'literal',
  check: serviceCheck((ctx) => {
    const ports = portEntries(get(ctx.resource.node, 'spec'));
    for (const { node } of ports) {
      const nameNode = get(node, 'name');
      const r = readString(nameNode);
      if (!nameNode || !r) continue;
      if (!r.ok) {
        ctx.report({ start: nameNode.start, end: nameNode.end, message: `port name must be a string; ${r.problem}`, data: replacement(`"${asScalar(nameNode)?.raw ?? ''}"`, 'Quote the port name') });
        continue;
      }
      const name = r.value;
      if (name === '' || isDns1123Label(name) || looksTemplated(name)) continue;
      const why = name.length > 63 ? `it has ${name.length} characters, at most 63 are allowed` : 'it may only hold lower-case letters, digits and "-", and must start and end with a letter or digit';
      const lower = name.toLowerCase();
      ctx.report({
        start: nameNode.start,
        end: nameNode.end,
        message: `port name '${name}' is not a DNS-1123 label: ${why}`,
        ...(lower !== name && isDns1123Label(lower) ? { data: replacement(lower, `Lower-case to '${lower}'`) } : {}),
      });
    }
    // A kustomize patch may name the ports (ports merge on their number), so a patched Service is not judged here.
    // A Helm template's ports may be branches of an `if`, or name themselves in a `range`.
    if (ports.length < 2 || ctx.resource.templated || ctx.snapshot.patchesFor(ctx.resource).length > 0) return;
    for (const { node, index } of ports) {
      if (nameOf(node) !== '') continue;
      const anchor = getPair(node, 'name')?.key ?? node.items[0]?.key ?? node;
      ctx.report({ start: anchor.start, end: anchor.end, message: `ports[${index}] needs a name: when a Service has more than one port, every port must be named`, data: { nameAll: true } });
    }
  }),
  fixes({ file, diagnostic, snapshot }) {
    if (diagnostic.data?.nameAll !== true) return replacementFixes({ file, diagnostic });
    const resource = snapshot.resources.find((r) => r.uri === file.uri && diagnostic.start >= r.node.start && diagnostic.start <= r.node.end);
    if (!resource) return [];
    const ports = portEntries(get(resource.node, 'spec'));
    const taken = new Set(ports.map((p) => nameOf(p.node)).filter(Boolean));
    const edits: Fix['edits'] = [];
    for (const { node, index } of ports) {
      if (nameOf(node) !== '' || node.items.length === 0) continue;
      const port = readInt(get(node, 'port'));
      const name = suggestName(port?.ok ? port.value : null, index, taken);
      const existing = getPair(node, 'name');
      if (existing?.value) edits.push({ uri: file.uri, start: existing.value.start, end: existing.value.end, newText: name });
      else if (existing) edits.push({ uri: file.uri, start: existing.key.end + 1, end: existing.key.end + 1, newText: ` ${name}` });
      else if (node.flow) edits.push({ uri: file.uri, start: node.items[0].start, end: node.items[0].start, newText: `name: ${name}, ` });
      else {
        const first = node.items[0].start;
        const indent = ' '.repeat(first - lineStartAt(file.text, first));
        edits.push({ uri: file.uri, start: first, end: first, newText: `name: ${name}${eolOf(file.text)}${indent}` });
      }
    }
    return edits.length ? [{ title: 'Name every port of this Service', preferred: true, edits }] : [];
  },
};
