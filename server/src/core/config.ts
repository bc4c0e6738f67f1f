/**
 * The core's typed configuration. The edges (LSP settings, CLI flags) parse untrusted input into this shape with
 * parseConfig and pass it explicitly; there is no global configuration. What each setting accepts, and its default,
 * is in the settings table (settings.ts).
 */
import type { Config, ConfigProblem } from './configTypes';
import type { ParseContext } from './settings';
import { parseSetting, SERVER_SETTINGS } from './settings';

export type { Config, ConfigProblem, IpFamiliesSetting, SeverityName, SeveritySetting, WorkloadKindSetting } from './configTypes';

/** The defaults of server/src/core/settings.ts, parsed. */
export const DEFAULT_CONFIG: Config = Object.freeze(defaults());

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
