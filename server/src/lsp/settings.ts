/**
 * Settings: pulled from the client with `workspace/configuration` (section `kubeNetlens`), one scope per workspace
 * folder, parsed at the edge with the core's parseConfig. The analysis has one Config (the server has one
 * Workspace); what is read from disk (include, exclude, maxFileSizeKB) is decided per folder.
 */
import type { ClientCapabilities, Connection } from 'vscode-languageserver';
import type { Config } from '../core';
import { DEFAULT_CONFIG, parseConfig, RULE_IDS } from '../core';
import type { Log } from './log';

export const SECTION = 'kubeNetlens';

/** What one workspace folder reads. */
export interface ReadSettings {
  include: string[];
  exclude: string[];
  maxFileSizeKB: number;
}

export interface Settings {
  /** The analysis configuration: the first folder's settings, or the global ones without a folder. */
  config: Config;
  /** Keyed by folder URI (as the client sent it). */
  folders: Map<string, ReadSettings>;
}

export interface SettingsSource {
  connection: Connection;
  capabilities: ClientCapabilities;
  /** False in an untrusted workspace: settings may then not widen what is read. */
  trusted: boolean;
  log: Log;
}

/**
 * Whether the client said the workspace is trusted, from `initializationOptions.trusted`. A client that says nothing
 * (no options, or no `trusted` key: editors without a notion of trust) is trusted, as documented; once the key is
 * there, only the boolean `true` trusts, so `"false"`, `0` or `null` from a confused client fail closed.
 */
export function isTrusted(initializationOptions: unknown): boolean {
  if (initializationOptions === undefined || initializationOptions === null) return true;
  if (typeof initializationOptions !== 'object' || Array.isArray(initializationOptions)) return false;
  return !('trusted' in initializationOptions) || (initializationOptions as { trusted: unknown }).trusted === true;
}

export function canPullSettings(caps: ClientCapabilities): boolean {
  return caps.workspace?.configuration === true;
}

export class SettingsLoader {
  /** Raw settings pushed with didChangeConfiguration, for clients that cannot be asked (no workspace/configuration). */
  private pushed: unknown = undefined;
  /** Messages already logged, so that each settings problem is logged once, not on every reload. */
  private readonly reported = new Set<string>();

  constructor(private readonly source: SettingsSource) {}

  notePushed(settings: unknown): void {
    const s = settings && typeof settings === 'object' ? (settings as Record<string, unknown>)[SECTION] : undefined;
    if (s !== undefined) this.pushed = s;
  }

  async load(folderUris: string[]): Promise<Settings> {
    const source = this.source;
    const raw = await this.fetch(folderUris);
    const logOnce = (m: string) => this.logOnce(m);
    const parsed = raw.map((r, i) => restrict(parseWithLog(r, i === 0 ? SECTION : `${SECTION} (folder ${folderUris[i - 1]})`, logOnce), source.trusted, logOnce));
    const config = parsed[1] ?? parsed[0];
    const folders = new Map<string, ReadSettings>();
    folderUris.forEach((uri, i) => folders.set(uri, readSettingsOf(parsed[i + 1])));
    warnIfFoldersDisagree(parsed.slice(1), folderUris, logOnce);
    return { config, folders };
  }

  private async fetch(folderUris: string[]): Promise<unknown[]> {
    const source = this.source;
    if (!canPullSettings(source.capabilities)) return [this.pushed, ...folderUris.map(() => this.pushed)];
    const items = [{ section: SECTION }, ...folderUris.map((scopeUri) => ({ section: SECTION, scopeUri }))];
    try {
      return await source.connection.workspace.getConfiguration(items);
    } catch (e) {
      source.log.error('kube-netlens: could not read the settings from the editor; using the defaults', e);
      return items.map(() => ({}));
    }
  }

  private logOnce(message: string): void {
    if (this.reported.has(message)) return;
    this.reported.add(message);
    this.source.log.warn(message);
  }
}

function parseWithLog(raw: unknown, label: string, logOnce: (m: string) => void): Config {
  const { config, problems } = parseConfig(raw ?? {}, RULE_IDS);
  for (const p of problems) logOnce(`kube-netlens: invalid setting ${label}.${p.setting}: ${p.message}; using the default instead`);
  return config;
}

/** In an untrusted workspace, `include` is ignored and maxFileSizeKB is never raised above the default. */
function restrict(config: Config, trusted: boolean, logOnce: (m: string) => void): Config {
  if (trusted) return config;
  const out = { ...config };
  if (out.include.length > 0) {
    logOnce('kube-netlens: the workspace is not trusted, so the kubeNetlens.include setting is ignored');
    out.include = [];
  }
  if (out.maxFileSizeKB > DEFAULT_CONFIG.maxFileSizeKB) {
    logOnce(`kube-netlens: the workspace is not trusted, so kubeNetlens.maxFileSizeKB cannot be raised above ${DEFAULT_CONFIG.maxFileSizeKB}`);
    out.maxFileSizeKB = DEFAULT_CONFIG.maxFileSizeKB;
  }
  return out;
}

export function readSettingsOf(config: Config): ReadSettings {
  return { include: config.include, exclude: config.exclude, maxFileSizeKB: config.maxFileSizeKB };
}

/** The analysis runs with one Config; say so when folders configure it differently. */
function warnIfFoldersDisagree(configs: Config[], folderUris: string[], logOnce: (m: string) => void): void {
  const analysisKey = (c: Config) => JSON.stringify({ ...c, include: [], exclude: [], maxFileSizeKB: 0 });
  const first = configs[0];
  const other = configs.findIndex((c) => analysisKey(c) !== analysisKey(first));
  if (first && other > 0) {
    logOnce(`kube-netlens: folder ${folderUris[other]} has analysis settings that differ from those of ${folderUris[0]}; one analysis spans the whole workspace, so the settings of ${folderUris[0]} apply (include, exclude and maxFileSizeKB still apply per folder)`);
  }
}

/** Identifies what a folder reads; when it changes, the folder is read again. */
export function readSettingsKey(folder: ReadSettings | undefined, config: Config): string {
  // The workload kinds decide which objects are pod sources; re-reading makes that a clean start.
  return JSON.stringify({ folder, workloads: config.additionalWorkloadKinds });
}
