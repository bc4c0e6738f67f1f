/**
 * Cluster DNS names of Services as configuration writes them (`cart:7000`, `cart.shop:7000`,
 * `http://cart.shop.svc.cluster.local:7000/path`, `redis-0.redis.shop.svc.cluster.local`), found in free text: an env
 * value, an argument, a ConfigMap value that holds a whole config file.
 *
 * The parser is strict on purpose, because a false reference becomes a false warning. Only these count:
 * - `<svc>.<ns>.svc` and `<pod>.<svc>.<ns>.svc`, alone or followed by the cluster domain: unambiguous.
 * - `<svc>.<ns>` with a port, a URL scheme, or as the whole value: the caller keeps it only when `<ns>` is a namespace
 *   of the workspace, since `name.tld` reads the same (`example.com:443`, `config.json`).
 * - `<svc>` with a port or a URL scheme: the caller keeps it only when a Service of that name lives nearby, in the
 *   referrer's namespace. A single word with a port is as often a sidecar, a docker-compose name or `key:value` text.
 * Nothing else: a bare word, a name with any other shape (`api.example.com`), an IP (a Service name starts with a
 * letter), `localhost`, a name inside a placeholder (`${cart}`, `$(CART)`, `{{ .cart }}`), or one on a comment line.
 */
import { isDns1035Label, isDns1123Label } from '../k8s/names';

export type DnsForm = 'svc' | 'namespaced' | 'bare';

export interface DnsName {
  /** The host as written, and where it is in the text scanned. */
  host: string;
  start: number;
  end: number;
  service: string;
  /** The namespace the name spells; null for a bare name (the referrer's own). */
  namespace: string | null;
  /** A StatefulSet pod's host name, in `<pod>.<svc>.<ns>.svc`. */
  pod: string | null;
  /** The port written, or the default of an `http`/`https` URL; null when neither. */
  port: number | null;
  /** Where the written port is; null when the port is a scheme's default or absent. */
  portStart: number | null;
  portEnd: number | null;
  form: DnsForm;
}

/**
 * A host name candidate after what may precede a host (the start of the line, a space, a quote, `=`, `,`, `;`, `(`,
 * `[`, `//` or `user@`): lower-case labels and an optional port, followed by an end of the address. Nothing else
 * before it, so that a name inside a longer word or a placeholder (`${cart}`, `$(cart)`, `{{cart}}`) is no candidate.
 * The labels are checked in code: a regular expression that checked them at every offset cost 5x as much on a 1 MB
 * ConfigMap of dashboards.
 */
const HOST = /(?:^|[\s"'=,;([@]|\/\/)([a-z0-9][-a-z0-9.]*)(?::(\d{1,5}))?(?=$|[\s"'/,;)\]?#])/g;
const SCHEME = /[a-z][a-z0-9+.-]*$/i;
const DEFAULT_PORTS: Record<string, number> = { http: 80, https: 443, ws: 80, wss: 443 };
/** The loopback name, which a sidecar's address spells: never a Service. */
const NOT_SERVICES = new Set(['localhost']);

/** Names read from one text at most: configuration names a few Services; a value with thousands of them is data. */
const MAX_NAMES = 256;

/**
 * Every cluster DNS name of a Service in the text (the first MAX_NAMES), offsets relative to it. Read line by line, so
 * that each test looks only at its own line: a huge one-line value costs linear time.
 */
export function dnsNamesIn(text: string, clusterDomain: string): DnsName[] {
  const out: DnsName[] = [];
  const alone = aloneIn(text);
  let lineStart = 0;
  for (const line of text.split('\n')) {
    if (!/^\s*(#|\/\/|;)/.test(line)) {
      for (const m of line.matchAll(HOST)) {
        const name = nameAt(line, m, lineStart, alone, clusterDomain);
        if (name) out.push(name);
        if (out.length >= MAX_NAMES) return out;
      }
    }
    lineStart += line.length + 1;
  }
  return out;
}

/**
 * The value without the quotes and a block scalar's header around it (the text scanned is the scalar as written), to
 * tell a name that is the whole value. Trimmed by hand: `/[\s"']*$/` retries at every offset of a long text.
 */
function aloneIn(text: string): string {
  let a = 0;
  let b = text.length;
  while (a < b && ' \t\r\n"\'|>+-'.includes(text[a])) a++;
  while (b > a && ' \t\r\n"\''.includes(text[b - 1])) b--;
  return text.slice(a, b);
}

function nameAt(line: string, m: RegExpMatchArray, lineStart: number, alone: string, clusterDomain: string): DnsName | null {
  const at = (m.index ?? 0) + m[0].length - m[1].length - (m[2] === undefined ? 0 : m[2].length + 1);
  const written = m[1];
  const portText = m[2];
  // A single word is a host only with a port or after `//` or `user@`: otherwise it is a plain word.
  if (portText === undefined && !written.includes('.') && line[at - 1] !== '/' && line[at - 1] !== '@') return null;
  // One trailing dot is the DNS root (`cart.shop.svc.cluster.local.`).
  const host = written.endsWith('.') ? written.slice(0, -1) : written;
  const scheme = schemeBefore(line, at);
  const port = portText !== undefined ? Number(portText) : scheme !== null ? DEFAULT_PORTS[scheme] ?? null : null;
  if (port !== null && (port < 1 || port > 65535)) return null;
  const end = at + m[1].length + (portText === undefined ? 0 : portText.length + 1);
  const parts = splitHost(host, clusterDomain, portText !== undefined || scheme !== null, line.slice(at, end) === alone);
  if (!parts) return null;
  const start = lineStart + at;
  const portStart = portText === undefined ? null : start + written.length + 1;
  return { host, start, end: lineStart + end, ...parts, port, portStart, portEnd: portStart === null ? null : portStart + portText!.length };
}

/** The URL scheme of a host at `at` (`http` in `http://cart` and `http://user:pw@cart`), looking back a bounded way. */
function schemeBefore(line: string, at: number): string | null {
  let end = at;
  if (line[at - 1] === '@') {
    const from = Math.max(0, at - 200);
    const back = line.slice(from, at - 1);
    const slash = back.lastIndexOf('//');
    if (slash < 0 || /[\s/"']/.test(back.slice(slash + 2))) return null;
    end = from + slash + 2;
  }
  if (line.slice(end - 3, end) !== '://') return null;
  return SCHEME.exec(line.slice(Math.max(0, end - 23), end - 3))?.[0].toLowerCase() ?? null;
}

/**
 * The Service, namespace and pod a host spells, or null when it is not clearly a cluster DNS name. `addressed`: a port
 * or a scheme says the text is an address; `whole`: the host is the whole value.
 */
function splitHost(host: string, clusterDomain: string, addressed: boolean, whole: boolean): Pick<DnsName, 'service' | 'namespace' | 'pod' | 'form'> | null {
  const labels = host.split('.');
  const svc = labels.indexOf('svc');
  if (svc >= 0) {
    const rest = labels.slice(svc + 1).join('.');
    if (rest !== '' && rest !== clusterDomain) return null;
    if (svc === 2) return named(labels[0], labels[1], null, 'svc');
    if (svc === 3 && isDns1123Label(labels[0])) return named(labels[1], labels[2], labels[0], 'svc');
    return null;
  }
  if (labels.length === 2 && (addressed || whole)) return named(labels[0], labels[1], null, 'namespaced');
  if (labels.length === 1 && addressed) return named(labels[0], null, null, 'bare');
  return null;
}

function named(service: string, namespace: string | null, pod: string | null, form: DnsForm): Pick<DnsName, 'service' | 'namespace' | 'pod' | 'form'> | null {
  if (!isDns1035Label(service) || NOT_SERVICES.has(service)) return null;
  if (namespace !== null && !isDns1123Label(namespace)) return null;
  return { service, namespace, pod, form };
}
