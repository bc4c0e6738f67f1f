/**
 * What the server tells the user in the output channel besides errors, so that "why is this file not checked?" has
 * an answer there: the version and workspace folders it started with, the settings in effect, and after indexing
 * what it found, how long it took, and every file it left out and why.
 */
import type { Config, Snapshot } from '../core';
import { leftOutFiles } from '../core';
import type { IndexRun } from './indexing';
import type { Log } from './log';
import type { StatusReporter, WorkspaceCounts } from './status';
import { uriToPath } from './uris';

/** Names listed in one line at most; the rest are counted. */
const LIST_LIMIT = 20;

export interface Started {
  version: string;
  folderUris: string[];
  trusted: boolean;
  /** The editor, from `initialize`'s clientInfo. */
  client?: { name: string; version?: string };
}

export function startedMessage(s: Started): string {
  const editor = s.client ? `, ${s.client.name}${s.client.version ? ` ${s.client.version}` : ''}` : '';
  const folders = s.folderUris.length ? `workspace folders: ${s.folderUris.map(display).join(', ')}` : 'no workspace folder (only open files are checked)';
  const trust = s.trusted ? '' : '; the workspace is not trusted, so kubeNetlens.include is ignored and maxFileSizeKB is not raised';
  return `kube-netlens ${s.version} started (Node.js ${process.version}${editor}); ${folders}${trust}`;
}

/** Every setting of the analysis, as parsed (a setting that did not parse shows its default, and was logged as invalid). */
export function settingsMessage(config: Config): string {
  const shown = Object.entries(config).map(([key, value]) => {
    if (key === 'nodePortRange') return `${key} ${config.nodePortRange.min}-${config.nodePortRange.max}`;
    if (key === 'rules') return `${key} ${Object.keys(config.rules).length ? JSON.stringify(config.rules) : '(every rule at its default severity)'}`;
    return `${key} ${JSON.stringify(value)}`;
  });
  return `Settings in effect: ${shown.join(', ')}`;
}

export function indexedMessage(c: WorkspaceCounts, ms: number): string {
  const n = (count: number, word: string) => `${count.toLocaleString('en-US')} ${word}${count === 1 ? '' : 's'}`;
  return `Indexed ${n(c.files, 'file')} in ${ms < 1000 ? `${ms} ms` : `${(ms / 1000).toFixed(1)} s`}: ${n(c.documents, 'document')}, ${n(c.resources, 'resource')}, ${n(c.manifests, 'manifest')} (files with Kubernetes objects), ${n(c.links, 'link')} from Services to the pod templates they select`;
}

/**
 * The files indexing left out: excluded by the include/exclude settings (paths relative to their folder), skipped
 * (too large, not text), and YAML files with no Kubernetes object in them. One line per reason, none when empty.
 */
export function leftOutMessages(snapshot: Snapshot, excluded: readonly string[]): string[] {
  const left = leftOutFiles(snapshot);
  const out: string[] = [];
  if (excluded.length) out.push(`Not indexed, as kubeNetlens.include and kubeNetlens.exclude say: ${list(excluded)}`);
  for (const [reason, files] of left.skipped) out.push(`Skipped, ${reason}: ${list(files.map(display))}`);
  if (left.unreadable.length) out.push(`Objects not read, for a YAML syntax error or two objects without '---' between them (links to them cannot be verified): ${list(left.unreadable.map(display))}`);
  if (left.notKubernetes.length) out.push(`No Kubernetes object, so none checked (kustomizations, a chart's Chart.yaml and values, other YAML): ${list(left.notKubernetes.map(display))}`);
  return out;
}

/** After indexing: the counts and the time, then what was left out. */
export function logIndexed(log: Log, snapshot: Snapshot, status: StatusReporter, run: IndexRun): void {
  try {
    log.info(indexedMessage(status.counts(snapshot), run.ms));
    for (const m of leftOutMessages(snapshot, run.excluded)) log.info(m);
  } catch (e) {
    log.error('kube-netlens: could not summarise the indexed workspace', e);
  }
}

function list(names: readonly string[]): string {
  const shown = names.slice(0, LIST_LIMIT).join(', ');
  return names.length > LIST_LIMIT ? `${shown} and ${names.length - LIST_LIMIT} more` : shown;
}

function display(uri: string): string {
  return uriToPath(uri) ?? uri;
}
