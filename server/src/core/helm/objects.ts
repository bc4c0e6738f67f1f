/**
 * The built-in objects of a render, with `helm template`'s defaults: .Release, .Chart, .Capabilities (Kubernetes
 * v1.32.0 and helm 3.17's list of API versions), .Files and .Template.
 */
import { asText, type FileData } from './chart';
import { toGoYaml } from './goYamlOut';
import { GoStruct, type GoMap } from './value';

export const DEFAULT_KUBE_VERSION = 'v1.32.0';
export const HELM_VERSION = 'v3.17.3';

/** Every group/version in the client-go scheme helm 3.17 was built with (HELM-SEMANTICS.md). */
export const DEFAULT_API_VERSIONS = [
  'v1',
  ...['v1', 'v1alpha1', 'v1beta1'].map((v) => `admissionregistration.k8s.io/${v}`),
  'internal.apiserver.k8s.io/v1alpha1',
  ...['v1', 'v1beta1', 'v1beta2'].map((v) => `apps/${v}`),
  ...['v1', 'v1alpha1', 'v1beta1'].map((v) => `authentication.k8s.io/${v}`),
  ...['v1', 'v1beta1'].map((v) => `authorization.k8s.io/${v}`),
  ...['v1', 'v2', 'v2beta1', 'v2beta2'].map((v) => `autoscaling/${v}`),
  ...['v1', 'v1beta1'].map((v) => `batch/${v}`),
  ...['v1', 'v1beta1', 'v1alpha1'].map((v) => `certificates.k8s.io/${v}`),
  ...['v1alpha2', 'v1beta1', 'v1'].map((v) => `coordination.k8s.io/${v}`),
  ...['v1', 'v1beta1'].map((v) => `discovery.k8s.io/${v}`),
  ...['v1', 'v1beta1'].map((v) => `events.k8s.io/${v}`),
  'extensions/v1beta1',
  ...['v1', 'v1beta1', 'v1beta2', 'v1beta3'].map((v) => `flowcontrol.apiserver.k8s.io/${v}`),
  ...['v1', 'v1alpha1', 'v1beta1'].map((v) => `networking.k8s.io/${v}`),
  ...['v1', 'v1alpha1', 'v1beta1'].map((v) => `node.k8s.io/${v}`),
  ...['v1', 'v1beta1'].map((v) => `policy/${v}`),
  ...['v1', 'v1beta1', 'v1alpha1'].map((v) => `rbac.authorization.k8s.io/${v}`),
  ...['v1beta1', 'v1alpha3'].map((v) => `resource.k8s.io/${v}`),
  ...['v1alpha1', 'v1beta1', 'v1'].map((v) => `scheduling.k8s.io/${v}`),
  ...['v1beta1', 'v1', 'v1alpha1'].map((v) => `storage.k8s.io/${v}`),
  'storagemigration.k8s.io/v1alpha1',
  ...['v1beta1', 'v1'].map((v) => `apiextensions.k8s.io/${v}`),
];

/** `.Release` is a map in Helm, so a misspelt field is nil rather than an error. */
export function releaseObject(name: string, namespace: string): GoMap {
  return { Name: name, Namespace: namespace, IsUpgrade: false, IsInstall: true, Revision: 1n, Service: 'Helm' };
}

const FIELD_NAMES: Record<string, string> = { apiVersion: 'APIVersion', appVersion: 'AppVersion', kubeVersion: 'KubeVersion' };
const CHART_FIELDS = ['Name', 'Home', 'Sources', 'Version', 'Description', 'Keywords', 'Maintainers', 'Icon', 'APIVersion', 'Condition', 'Tags', 'AppVersion', 'Deprecated', 'Annotations', 'KubeVersion', 'Dependencies', 'Type'];
const LIST_FIELDS = new Set(['Sources', 'Keywords', 'Maintainers', 'Dependencies']);

/** `.Chart`: Chart.yaml as Helm's chart.Metadata struct (capitalised fields, zero values for what is missing). */
export function chartObject(metadata: GoMap, name: string): GoStruct {
  const fields: Record<string, unknown> = {};
  for (const f of CHART_FIELDS) fields[f] = f === 'Deprecated' ? false : LIST_FIELDS.has(f) || f === 'Annotations' ? null : '';
  for (const [k, v] of Object.entries(metadata)) {
    const f = FIELD_NAMES[k] ?? k.charAt(0).toUpperCase() + k.slice(1);
    if (f in fields) fields[f] = typeof v === 'number' && (f === 'Version' || f === 'AppVersion') ? String(v) : v;
  }
  fields.Name = name;
  return new GoStruct('*chart.Metadata', fields);
}

export function capabilitiesObject(kubeVersion: string, apiVersions: string[]): GoStruct {
  const m = /^v?(\d+)\.(\d+)/.exec(kubeVersion);
  const version = kubeVersion.startsWith('v') ? kubeVersion : `v${kubeVersion}`;
  const kube = new GoStruct('chartutil.KubeVersion', {
    Version: version,
    Major: m?.[1] ?? '1',
    Minor: m?.[2] ?? '32',
    GitVersion: version,
    String: () => version,
  });
  const set = new Set(apiVersions);
  const apis = new GoStruct('chartutil.VersionSet', { Has: (v: unknown) => set.has(String(v)) }, Object.fromEntries(apiVersions.map((v, i) => [String(i), v])));
  const helm = new GoStruct('chartutil.HelmVersion', { Version: HELM_VERSION, GitCommit: 'e4da49785aa6e6ee2b86efd5dd9e43400318262b', GitTreeState: 'clean', GoVersion: 'go1.23.7' });
  return new GoStruct('*chartutil.Capabilities', { KubeVersion: kube, APIVersions: apis, HelmVersion: helm });
}

/** gobwas/glob with `/` as separator: `*` stays in a path segment, `**` crosses them. */
function globRegExp(glob: string): RegExp {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '*' && glob[i + 1] === '*') {
      re += '.*';
      i++;
    } else if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else if (c === '{') {
      const j = glob.indexOf('}', i);
      if (j < 0) re += '\\{';
      else {
        re += '(?:' + glob.slice(i + 1, j).split(',').map((x) => x.replace(/[.+^$()|[\]\\]/g, '\\$&')).join('|') + ')';
        i = j;
      }
    } else re += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}

/** `.Files` (and what `.Files.Glob` returns): a map of path to content with Helm's methods. */
export function filesObject(files: Map<string, FileData>): GoStruct {
  const entries: GoMap = {};
  for (const [p, d] of files) entries[p] = typeof d === 'string' ? new TextEncoder().encode(d) : d;
  const text = (p: unknown): string => {
    const d = files.get(String(p));
    return d === undefined ? '' : asText(d);
  };
  const base = (p: string): string => p.slice(p.lastIndexOf('/') + 1);
  const fields: Record<string, unknown> = {
    Get: text,
    GetBytes: (p: unknown) => {
      const d = files.get(String(p));
      return d === undefined ? new Uint8Array() : typeof d === 'string' ? new TextEncoder().encode(d) : d;
    },
    Glob: (pattern: unknown) => {
      const re = globRegExp(String(pattern));
      return filesObject(new Map([...files].filter(([p]) => re.test(p))));
    },
    Lines: (p: unknown) => {
      const t = text(p);
      if (t === '' && !files.has(String(p))) return [];
      return t.split('\n');
    },
    AsConfig: () => {
      const m: GoMap = {};
      for (const p of files.keys()) m[base(p)] = text(p);
      return Object.keys(m).length ? toGoYaml(m) : '';
    },
    AsSecrets: () => {
      const m: GoMap = {};
      for (const [p, d] of files) m[base(p)] = Buffer.from(typeof d === 'string' ? d : d).toString('base64');
      return Object.keys(m).length ? toGoYaml(m) : '';
    },
  };
  return new GoStruct('chart.Files', fields, entries);
}
