/**
 * The core's typed configuration. The edges (LSP settings, CLI flags) parse untrusted input into this shape with
 * parseConfig and pass it explicitly; there is no global configuration. What each setting accepts, and its default,
 * is in the settings table (settings.ts).
 */
import type { ParseContext } from './settings';
import { parseSetting, SERVER_SETTINGS } from './settings';

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

/** The defaults of server/src/core/settings.ts, parsed. */
export const DEFAULT_CONFIG: Config = Object.freeze(defaults());

export interface ConfigProblem {
  setting: string;
  message: string;
}

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
  const ctx = { ruleIds };
  const config = defaults(ctx);
  for (const key of Object.keys(SERVER_SETTINGS) as (keyof Config)[]) {
    if (src[key] === undefined) continue;
    const { value, problems: found } = parseSetting(key, src[key], ctx);
    problems.push(...found);
    if (value !== undefined) (config as unknown as Record<string, unknown>)[key] = value;
  }
  return { config, problems };
}

/** A fresh Config of the table's defaults (each parsed anew, so no two share a list). */
function defaults(ctx: ParseContext = {}): Config {
  const config: Partial<Record<keyof Config, unknown>> = {};
  for (const key of Object.keys(SERVER_SETTINGS) as (keyof Config)[]) config[key] = parseSetting(key, SERVER_SETTINGS[key].default, ctx).value;
  return config as Config;
}
