/**
 * The one table of settings (issue 13). Each entry has a setting's JSON schema, its default (as a user would write
 * it), its description for the editor, its line for the README, and, for a setting the server reads, how it is parsed
 * into the Config. From it come package.json's `contributes.configuration.properties` and the README's settings table
 * (scripts/gen-docs.ts writes both; settings.test.ts fails when they drift), and parseConfig in config.ts.
 */
import type { Config, ConfigProblem, IpFamiliesSetting, SeveritySetting, WorkloadKindSetting } from './configTypes';

export const SETTINGS_PREFIX = 'kubeNetlens.';

/** What parseConfig passes each parser: the rule ids there are (when the caller knows them). */
export interface ParseContext {
  ruleIds?: ReadonlySet<string>;
}

/** A problem with a setting; `at` is where below it (`.id`, `[2]`), empty for the setting itself. */
export interface SettingProblem {
  at: string;
  message: string;
}

/** What one parser gives: the value, or none to keep the default, and the problems. */
export interface Parsed<T> {
  value?: T;
  problems: SettingProblem[];
}

interface Documented {
  /**
   * The JSON schema of the value as contributed in package.json, without the default, scope and description. Absent
   * for `rules` alone: its schema lists every rule, which this module (below the registry) cannot know, so package.json's
   * `kubeNetlens.rules` is rulesSettingsSchema (rules/metadata.ts) whole, description and default included.
   */
  schema?: Record<string, unknown>;
  /** The default as written in settings JSON; the Config's default is this, parsed. */
  default: unknown;
  /** VS Code's scope; the rules' schema comes whole from the rule metadata and has none. */
  scope?: 'resource' | 'window';
  /** The description in the editor's settings UI (absent with the schema). */
  markdownDescription?: string;
  /** The README table's line. */
  summary: string;
}

/** A setting the server reads into a Config value of type T. */
export interface ServerSetting<T> extends Documented {
  parse(value: unknown, ctx: ParseContext): Parsed<T>;
}

export interface ClientSetting extends Documented {
  key: string;
}

export interface SettingDoc extends Documented {
  key: string;
  clientOnly: boolean;
}

const fail = <T>(message: string): Parsed<T> => ({ problems: [{ at: '', message }] });
const ok = <T>(value: T): Parsed<T> => ({ value, problems: [] });

const stringList = (description: string, summary: string): ServerSetting<string[]> => ({
  schema: { type: 'array', items: { type: 'string' } },
  default: [],
  scope: 'resource',
  markdownDescription: description,
  summary,
  parse: (v) => (Array.isArray(v) && v.every((x) => typeof x === 'string') ? ok(v.map((x) => x.trim()).filter(Boolean)) : fail('must be a list of strings')),
});

const DNS_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const IP_FAMILIES: IpFamiliesSetting[] = ['IPv4', 'IPv6', 'dual', 'unset'];
const SEVERITIES: SeveritySetting[] = ['error', 'warning', 'information', 'hint', 'off'];

/**
 * The settings the server parses, keyed by their name in the Config (the type demands one entry for each Config
 * key). The order is the order parseConfig reports problems in, and the order of package.json and the README.
 */
export const SERVER_SETTINGS: { readonly [K in keyof Config]: ServerSetting<Config[K]> } = {
  defaultNamespace: {
    schema: { type: 'string', pattern: DNS_LABEL.source, maxLength: 63, patternErrorMessage: "A namespace name: lowercase letters, digits and '-', starting and ending with a letter or digit." },
    default: 'default',
    scope: 'resource',
    markdownDescription: "The namespace of objects that set no `metadata.namespace` (what `kubectl apply` without `-n` would use). A kustomization's `namespace:` takes precedence for the files it includes.",
    summary: "The namespace of objects without `metadata.namespace` (a kustomization's `namespace:` wins).",
    parse: (v) => (typeof v === 'string' && DNS_LABEL.test(v) && v.length <= 63 ? ok(v) : fail(`must be a namespace name (RFC 1123 label), got ${JSON.stringify(v)}`)),
  },
  clusterDomain: {
    schema: { type: 'string' },
    default: 'cluster.local',
    scope: 'resource',
    markdownDescription: "The cluster's DNS domain (the kubelet's `--cluster-domain`), used to build and recognise Service DNS names such as `payments.default.svc.cluster.local`.",
    summary: "The cluster's DNS domain, for Service DNS names.",
    parse: (v) => (typeof v === 'string' && /^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$/.test(v) ? ok(v) : fail(`must be a DNS domain, got ${JSON.stringify(v)}`)),
  },
  kubernetesVersion: {
    schema: { type: 'string', pattern: '^1\\.[0-9]+$' },
    default: '1.34',
    scope: 'resource',
    markdownDescription: 'The Kubernetes version (a minor version such as `1.29`) the manifests are applied to. An object in an API version that this version no longer serves (say `extensions/v1beta1`) is an error, since `kubectl apply` fails on it.',
    summary: 'The Kubernetes minor version applied to; API versions it no longer serves are errors.',
    parse: (v) => (typeof v === 'string' && /^1\.[0-9]+$/.test(v) ? ok(v) : fail(`must be a Kubernetes minor version such as "1.29", got ${JSON.stringify(v)}`)),
  },
  serviceCIDRs: stringList(
    "The cluster's Service IP ranges (the API server's `--service-cluster-ip-range`), e.g. `[\"10.96.0.0/12\", \"fd00:10:96::/112\"]`. When set, a `clusterIP` pinned outside them is reported, and hovers say which range an address is in. Leave empty when you do not know them: nothing is then assumed.",
    "The cluster's Service IP ranges; when set, a `clusterIP` outside them is reported.",
  ),
  podCIDRs: stringList(
    "The cluster's pod IP ranges (the controller manager's `--cluster-cidr`), e.g. `[\"10.244.0.0/16\"]`. Used to explain addresses and NetworkPolicy `ipBlock`s (for example, that a `cidr` covers pod IPs). Leave empty when you do not know them.",
    "The cluster's pod IP ranges, to explain addresses and `ipBlock`s.",
  ),
  ingressControllerNamespaces: {
    ...stringList(
      'Namespaces the cluster\'s ingress controllers run in (`ingress-nginx`, `traefik`, …). Traffic that an Ingress or route sends to its backends comes from their pods, so a NetworkPolicy that isolates the backends must admit one of these namespaces. Empty: not checked.',
      'Namespaces of the ingress controllers, which policies must admit to Ingress backends.',
    ),
    default: ['ingress-nginx'],
  },
  include: stringList(
    'Glob patterns (relative to the workspace folder, e.g. `deploy/**/*.yaml`) of the manifests to index. Empty: every `*.yaml` and `*.yml` file. Open files are always checked. Ignored in an untrusted workspace.',
    'Globs of the manifests to index (empty: every `*.yaml` and `*.yml`).',
  ),
  exclude: stringList(
    'Glob patterns (relative to the workspace folder, e.g. `charts/**`) of files not to index, in addition to `node_modules` and `.git`.',
    'Globs of files not to index, besides `node_modules` and `.git`.',
  ),
  nodePortRange: {
    schema: { type: 'string', pattern: '^\\s*\\d+\\s*-\\s*\\d+\\s*$', patternErrorMessage: 'A range such as 30000-32767.' },
    default: '30000-32767',
    scope: 'resource',
    markdownDescription: "The range a `nodePort` must fall in (the API server's `--service-node-port-range`), as `min-max`.",
    summary: 'The range a `nodePort` must fall in.',
    parse: (v) => {
      const m = typeof v === 'string' ? /^\s*(\d+)\s*-\s*(\d+)\s*$/.exec(v) : null;
      const min = m ? Number(m[1]) : NaN;
      const max = m ? Number(m[2]) : NaN;
      return m && min >= 1 && max <= 65535 && min <= max ? ok({ min, max }) : fail(`must look like "30000-32767" within 1-65535, got ${JSON.stringify(v)}`);
    },
  },
  ipFamilies: {
    schema: {
      type: 'string',
      enum: IP_FAMILIES,
      enumDescriptions: [
        'The cluster is IPv4 only: an IPv6 Service family or address is reported.',
        'The cluster is IPv6 only: an IPv4 Service family or address is reported.',
        'The cluster is dual-stack: both families are accepted.',
        "Unknown: no assumption is made about the cluster's IP families.",
      ],
    },
    default: 'unset',
    scope: 'resource',
    markdownDescription: 'The IP families your cluster supports. Only when this is set are Services that ask for a family the cluster lacks reported.',
    summary: '`IPv4`, `IPv6`, `dual` or `unset`: the families the cluster supports.',
    parse: (v) => (IP_FAMILIES.includes(v as IpFamiliesSetting) ? ok(v as IpFamiliesSetting) : fail(`must be one of ${IP_FAMILIES.slice(0, -1).join(', ')} or ${IP_FAMILIES.at(-1)}`)),
  },
  maxFileSizeKB: {
    schema: { type: 'number', minimum: 1 },
    default: 2048,
    scope: 'resource',
    markdownDescription: 'Files larger than this many KiB are not analysed (an information diagnostic says so, and links to objects in them cannot be verified). In an untrusted workspace it cannot be raised above the default.',
    summary: 'Larger files are not analysed (and say so).',
    parse: (v) => (typeof v === 'number' && Number.isFinite(v) && v > 0 ? ok(v) : fail('must be a positive number')),
  },
  rules: {
    default: {},
    summary: 'Per-rule severity: `error`, `warning`, `information`, `hint` or `off`.',
    parse: (v, { ruleIds }) => {
      if (!v || typeof v !== 'object' || Array.isArray(v)) return fail('must be an object keyed by rule id');
      const rules: Record<string, { severity?: SeveritySetting }> = {};
      const problems: SettingProblem[] = [];
      for (const [id, r] of Object.entries(v as Record<string, unknown>)) {
        if (ruleIds && !ruleIds.has(id)) {
          problems.push({ at: `.${id}`, message: 'is not a rule id (the rules are listed in docs/rules.md)' });
          continue;
        }
        if (!r || typeof r !== 'object' || Array.isArray(r)) {
          problems.push({ at: `.${id}`, message: 'must be an object such as { "severity": "warning" }' });
          continue;
        }
        const sev = (r as Record<string, unknown>).severity;
        if (sev === undefined) continue;
        if (typeof sev === 'string' && (SEVERITIES as string[]).includes(sev)) rules[id] = { severity: sev as SeveritySetting };
        else problems.push({ at: `.${id}.severity`, message: `must be one of ${SEVERITIES.join(', ')}` });
      }
      return { value: rules, problems };
    },
  },
  additionalWorkloadKinds: {
    schema: {
      type: 'array',
      items: {
        type: 'object',
        required: ['kind', 'podTemplatePath'],
        additionalProperties: false,
        properties: {
          kind: { type: 'string', minLength: 1, description: 'The kind of the custom resource, e.g. CloneSet.' },
          group: { type: 'string', description: 'Its API group, e.g. apps.kruise.io. Omit it to match the kind in any group.' },
          podTemplatePath: { type: 'string', minLength: 1, description: 'The dotted path from the object to its pod template (the map holding metadata and spec), e.g. spec.template.' },
        },
      },
    },
    default: [],
    scope: 'resource',
    markdownDescription: 'Custom resources that create pods from a pod template (operators, OpenKruise, …), so that Services selecting their pods are linked to them. Example: `[{ "kind": "CloneSet", "group": "apps.kruise.io", "podTemplatePath": "spec.template" }]`.',
    summary: 'Custom resources with a pod template: `{ "kind", "group"?, "podTemplatePath" }`.',
    parse: (v) => {
      if (!Array.isArray(v)) return fail('must be a list');
      const kinds: WorkloadKindSetting[] = [];
      const problems: SettingProblem[] = [];
      for (const [i, item] of v.entries()) {
        const o = (item ?? {}) as Record<string, unknown>;
        if (typeof o.kind === 'string' && o.kind && typeof o.podTemplatePath === 'string' && (o.group === undefined || typeof o.group === 'string')) {
          kinds.push({ kind: o.kind, podTemplatePath: o.podTemplatePath, ...(typeof o.group === 'string' ? { group: o.group } : {}) });
        } else problems.push({ at: `[${i}]`, message: 'needs a string "kind" and a string "podTemplatePath" (e.g. "spec.template"), and an optional string "group"' });
      }
      return { value: kinds, problems };
    },
  },
};

/**
 * Settings only the VS Code client reads, so no parser and no Config key. `trace.server` is read by
 * vscode-languageclient itself (it looks up `<client id>.trace.server`, the client id being `kubeNetlens`); the server
 * is never asked about it and the CLI has no tracing, so parseConfig ignores it like any other unknown key.
 */
export const CLIENT_SETTINGS: readonly ClientSetting[] = [
  {
    key: 'trace.server',
    schema: { type: 'string', enum: ['off', 'messages', 'verbose'], enumDescriptions: ['No tracing.', 'Trace the names of the messages between VS Code and the language server.', 'Trace the messages with their contents.'] },
    default: 'off',
    scope: 'window',
    markdownDescription: 'Traces the communication between VS Code and the language server in the **Kubernetes Network Lens** output channel. For troubleshooting.',
    summary: 'Traces the messages between VS Code and the server in the output channel.',
  },
];

/** Every setting, server ones first, in the order of package.json and the README. */
export const SETTINGS: readonly SettingDoc[] = [
  ...Object.entries(SERVER_SETTINGS).map(([key, s]) => ({ ...s, key, clientOnly: false })),
  ...CLIENT_SETTINGS.map((s) => ({ ...s, clientOnly: true })),
];

/** Parses one server setting: the problems get the setting's name in front. */
export function parseSetting<K extends keyof Config>(key: K, value: unknown, ctx: ParseContext): { value?: Config[K]; problems: ConfigProblem[] } {
  const { value: parsed, problems } = SERVER_SETTINGS[key].parse(value, ctx);
  return { value: parsed, problems: problems.map((p) => ({ setting: `${key}${p.at}`, message: p.message })) };
}

/** `contributes.configuration.properties` of package.json; `rulesSchema` is rulesSettingsSchema(RULES). */
export function settingsProperties(rulesSchema: Record<string, unknown>): Record<string, unknown> {
  const properties: Record<string, unknown> = {};
  for (const s of SETTINGS) {
    properties[SETTINGS_PREFIX + s.key] = s.schema ? { ...s.schema, default: s.default, ...(s.scope ? { scope: s.scope } : {}), markdownDescription: s.markdownDescription } : rulesSchema;
  }
  return properties;
}

/** package.json with its settings regenerated; everything else is kept as it is. */
export function manifestWithSettings(manifest: Record<string, unknown>, rulesSchema: Record<string, unknown>): Record<string, unknown> {
  const contributes = (manifest.contributes ?? {}) as Record<string, unknown>;
  const configuration = (contributes.configuration ?? { title: 'Kubernetes Network Lens' }) as Record<string, unknown>;
  return { ...manifest, contributes: { ...contributes, configuration: { ...configuration, properties: settingsProperties(rulesSchema) } } };
}

export const README_SETTINGS_START = '<!-- settings:start (generated by `npm run docs` from server/src/core/settings.ts; do not edit by hand) -->';
export const README_SETTINGS_END = '<!-- settings:end -->';

export function renderSettingsTable(): string {
  return ['| Setting | Default | What it does |', '| --- | --- | --- |', ...SETTINGS.map((s) => `| \`${SETTINGS_PREFIX}${s.key}\` | \`${JSON.stringify(s.default)}\` | ${s.summary} |`)].join('\n');
}

/** The README with the table between its markers regenerated; an error when the markers are missing. */
export function readmeWithSettings(readme: string): string {
  const start = readme.indexOf(README_SETTINGS_START);
  const end = readme.indexOf(README_SETTINGS_END, start);
  if (start < 0 || end < 0) throw new Error(`README.md needs the markers ${README_SETTINGS_START} and ${README_SETTINGS_END}`);
  return `${readme.slice(0, start + README_SETTINGS_START.length)}\n${renderSettingsTable()}\n${readme.slice(end)}`;
}
