/**
 * The core's typed configuration. The edges (LSP settings, CLI flags) parse untrusted input into this shape with
 * parseConfig and pass it explicitly; there is no global configuration.
 */
export type SeverityName = 'error' | 'warning' | 'information' | 'hint';
export type SeveritySetting = SeverityName | 'off';
export type IpFamiliesSetting = 'IPv4' | 'IPv6' | 'dual' | 'unset';

export interface WorkloadKindSetting {
  kind: string;
  /** The API group (e.g. `example.com`), or omitted to match the kind in any group. */
  group?: string;
  /** Dotted path from the object to its pod template (the map holding `metadata` and `spec`), e.g. `spec.template`. */
  podTemplatePath: string;
}

export interface Config {
  defaultNamespace: string;
  clusterDomain: string;
  serviceCIDRs: string[];
  podCIDRs: string[];
  nodePortRange: { min: number; max: number };
  ipFamilies: IpFamiliesSetting;
  rules: Record<string, { severity?: SeveritySetting }>;
  additionalWorkloadKinds: WorkloadKindSetting[];
  include: string[];
  exclude: string[];
  maxFileSizeKB: number;
}

export const DEFAULT_CONFIG: Config = Object.freeze({
  defaultNamespace: 'default',
  clusterDomain: 'cluster.local',
  serviceCIDRs: [],
  podCIDRs: [],
  nodePortRange: { min: 30000, max: 32767 },
  ipFamilies: 'unset',
  rules: {},
  additionalWorkloadKinds: [],
  include: [],
  exclude: [],
  maxFileSizeKB: 2048,
}) as Config;

export interface ConfigProblem {
  setting: string;
  message: string;
}

const SEVERITIES: SeveritySetting[] = ['error', 'warning', 'information', 'hint', 'off'];
const DNS_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;

/** True for a JSON object of settings: not null, not a list, not a scalar. */
export function isSettingsObject(input: unknown): input is Record<string, unknown> {
  return input !== null && typeof input === 'object' && !Array.isArray(input);
}

/**
 * Reads untrusted settings (any JSON) into a Config, keeping defaults for what is missing or invalid. `ruleIds`, when
 * given, are the rules there are: a severity for any other id is a problem (a typo would otherwise silently do
 * nothing). The registry is passed in because it sits above this module.
 */
export function parseConfig(input: unknown, ruleIds?: ReadonlySet<string>): { config: Config; problems: ConfigProblem[] } {
  const problems: ConfigProblem[] = [];
  if (input !== undefined && input !== null && !isSettingsObject(input)) problems.push({ setting: '(root)', message: `must be an object of settings, got ${Array.isArray(input) ? 'a list' : JSON.stringify(input)}` });
  const src = isSettingsObject(input) ? input : {};
  const config: Config = { ...DEFAULT_CONFIG, nodePortRange: { ...DEFAULT_CONFIG.nodePortRange }, rules: {}, serviceCIDRs: [], podCIDRs: [], include: [], exclude: [], additionalWorkloadKinds: [] };

  const ns = src.defaultNamespace;
  if (ns !== undefined) {
    if (typeof ns === 'string' && DNS_LABEL.test(ns) && ns.length <= 63) config.defaultNamespace = ns;
    else problems.push({ setting: 'defaultNamespace', message: `must be a namespace name (RFC 1123 label), got ${JSON.stringify(ns)}` });
  }
  if (src.clusterDomain !== undefined) {
    if (typeof src.clusterDomain === 'string' && /^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$/.test(src.clusterDomain)) config.clusterDomain = src.clusterDomain;
    else problems.push({ setting: 'clusterDomain', message: `must be a DNS domain, got ${JSON.stringify(src.clusterDomain)}` });
  }
  for (const key of ['serviceCIDRs', 'podCIDRs', 'include', 'exclude'] as const) {
    const v = src[key];
    if (v === undefined) continue;
    if (Array.isArray(v) && v.every((x) => typeof x === 'string')) config[key] = v.map((x) => x.trim()).filter(Boolean);
    else problems.push({ setting: key, message: 'must be a list of strings' });
  }
  if (src.nodePortRange !== undefined) {
    const m = typeof src.nodePortRange === 'string' ? /^\s*(\d+)\s*-\s*(\d+)\s*$/.exec(src.nodePortRange) : null;
    const min = m ? Number(m[1]) : NaN;
    const max = m ? Number(m[2]) : NaN;
    if (m && min >= 1 && max <= 65535 && min <= max) config.nodePortRange = { min, max };
    else problems.push({ setting: 'nodePortRange', message: `must look like "30000-32767" within 1-65535, got ${JSON.stringify(src.nodePortRange)}` });
  }
  if (src.ipFamilies !== undefined) {
    const v = src.ipFamilies;
    if (v === 'IPv4' || v === 'IPv6' || v === 'dual' || v === 'unset') config.ipFamilies = v;
    else problems.push({ setting: 'ipFamilies', message: 'must be one of IPv4, IPv6, dual or unset' });
  }
  if (src.maxFileSizeKB !== undefined) {
    const v = src.maxFileSizeKB;
    if (typeof v === 'number' && Number.isFinite(v) && v > 0) config.maxFileSizeKB = v;
    else problems.push({ setting: 'maxFileSizeKB', message: 'must be a positive number' });
  }
  if (src.rules !== undefined) {
    if (src.rules && typeof src.rules === 'object' && !Array.isArray(src.rules)) {
      for (const [id, v] of Object.entries(src.rules as Record<string, unknown>)) {
        if (ruleIds && !ruleIds.has(id)) {
          problems.push({ setting: `rules.${id}`, message: 'is not a rule id (the rules are listed in docs/rules.md)' });
          continue;
        }
        if (!v || typeof v !== 'object' || Array.isArray(v)) {
          problems.push({ setting: `rules.${id}`, message: 'must be an object such as { "severity": "warning" }' });
          continue;
        }
        const sev = (v as Record<string, unknown>).severity;
        if (sev === undefined) continue;
        if (typeof sev === 'string' && (SEVERITIES as string[]).includes(sev)) config.rules[id] = { severity: sev as SeveritySetting };
        else problems.push({ setting: `rules.${id}.severity`, message: `must be one of ${SEVERITIES.join(', ')}` });
      }
    } else problems.push({ setting: 'rules', message: 'must be an object keyed by rule id' });
  }
  if (src.additionalWorkloadKinds !== undefined) {
    const v = src.additionalWorkloadKinds;
    if (Array.isArray(v)) {
      for (const [i, item] of v.entries()) {
        const o = (item ?? {}) as Record<string, unknown>;
        if (typeof o.kind === 'string' && o.kind && typeof o.podTemplatePath === 'string' && (o.group === undefined || typeof o.group === 'string')) {
          config.additionalWorkloadKinds.push({ kind: o.kind, podTemplatePath: o.podTemplatePath, ...(typeof o.group === 'string' ? { group: o.group } : {}) });
        } else problems.push({ setting: `additionalWorkloadKinds[${i}]`, message: 'needs a string "kind" and a string "podTemplatePath" (e.g. "spec.template"), and an optional string "group"' });
      }
    } else problems.push({ setting: 'additionalWorkloadKinds', message: 'must be a list' });
  }
  return { config, problems };
}
