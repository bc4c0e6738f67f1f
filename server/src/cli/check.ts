/** `kube-netlens check`: load files, run the core, format, and decide the exit status. */
import { promises as fsp } from 'node:fs';
import * as path from 'node:path';
import type { Config, SourceFile } from '../core';
import { checkFile, helmCharts, isSettingsObject, parseConfig, RULE_IDS, RULES, severityRank, Workspace, workspaceSummary } from '../core';
import { readManifest } from '../node/files';
import { PathFilter, walkFiltered } from '../node/glob';
import type { CheckArgs } from './args';
import type { Located, Summary } from './formats';
import { escapeControls, formatJson, formatSarif, formatText, locate } from './formats';

export interface CheckResult {
  stdout: string;
  stderr: string;
  exitCode: 0 | 1 | 2;
}

export async function runCheck(args: CheckArgs, version: string, cwd = process.cwd()): Promise<CheckResult> {
  const stderr: string[] = [];
  const read = await configOf(args, cwd);
  if ('failed' in read) return read.failed;
  const { config } = read;

  const io = { stderr, failed: false };
  const files = await collect(args.paths, cwd, new PathFilter(config.include, config.exclude), io);
  if (!files) return { stdout: '', stderr: stderr.join(''), exitCode: 2 };
  const ws = await load(files, config, io);
  const snapshot = ws.snapshot();

  const located: Located[] = [];
  const summary: Summary = { files: files.size, documents: 0, resources: snapshot.resources.length, ...workspaceSummary(snapshot), errors: 0, warnings: 0, information: 0, hints: 0 };
  for (const [uri, { display }] of files) {
    const file = snapshot.files.get(uri);
    if (!file) continue;
    summary.documents += file.docs.length;
    const diags = checkFile(snapshot, uri, { onRuleError: (rule, _u, e) => stderr.push(`kube-netlens: internal error in rule ${rule} on ${display}: ${(e as Error).message}\n`) });
    const index = file.lineIndex();
    for (const d of diags) {
      located.push(locate(display, index, d));
      if (d.severity === 'error') summary.errors++;
      else if (d.severity === 'warning') summary.warnings++;
      else if (d.severity === 'information') summary.information++;
      else summary.hints++;
    }
  }
  const stdout = args.format === 'json' ? formatJson(located, summary) : args.format === 'sarif' ? formatSarif(located, RULES, version) : formatText(located, summary, chartNotes(snapshot.files, files));
  const threshold = args.failOn === 'never' ? Infinity : severityRank(args.failOn);
  const failed = located.some((d) => severityRank(d.severity) >= threshold);
  // An I/O error outranks findings: CI must not read a partial run as clean, or as merely failing.
  return { stdout, stderr: stderr.join(''), exitCode: io.failed ? 2 : failed ? 1 : 0 };
}

/** The settings of a run: the --config file (the editor's `kubeNetlens.*` shape), overridden by the flags. */
export async function configOf(args: Pick<CheckArgs, 'config' | 'defaultNamespace' | 'maxFileSizeKB'>, cwd: string): Promise<{ config: Config } | { failed: CheckResult }> {
  let settings: unknown = {};
  if (args.config) {
    try {
      settings = JSON.parse(await fsp.readFile(path.resolve(cwd, args.config), 'utf8'));
    } catch (e) {
      return { failed: { stdout: '', stderr: `kube-netlens: cannot read --config ${escapeControls(args.config)}: ${escapeControls((e as Error).message)}\n`, exitCode: 2 } };
    }
  }
  // Flags override the file; a file that is not an object is reported as such, whatever the flags say.
  const flags = { ...(args.defaultNamespace !== undefined ? { defaultNamespace: args.defaultNamespace } : {}), ...(args.maxFileSizeKB !== undefined ? { maxFileSizeKB: args.maxFileSizeKB } : {}) };
  const { config, problems } = parseConfig(isSettingsObject(settings) ? { ...settings, ...flags } : settings, RULE_IDS);
  if (problems.length) {
    const where = args.config ? ` in ${escapeControls(args.config)}` : '';
    return { failed: { stdout: '', stderr: problems.map((p) => `kube-netlens: invalid setting ${escapeControls(p.setting)}${where}: ${escapeControls(p.message)}\n`).join(''), exitCode: 2 } };
  }
  return { config };
}

/** What the run says on stderr, and whether an I/O error means the result is incomplete (exit status 2). */
export interface Io {
  stderr: string[];
  failed: boolean;
}

function ioError(io: Io, message: string): void {
  io.stderr.push(`kube-netlens: ${escapeControls(message)}\n`);
  io.failed = true;
}

/** A file to check: the path to show, and the root named on the command line that it must stay inside. */
interface Named {
  display: string;
  root: string;
}

/**
 * Maps absolute path to what to show and where it came from, in a stable order. Null when a named path does not exist.
 * `include` and `exclude` apply below each directory named, relative to it, as in the editor relative to a workspace
 * folder; a file named on the command line is always checked, since naming it is asking for it.
 */
export async function collect(paths: string[], cwd: string, filter: PathFilter, io: Io, json = false): Promise<Map<string, Named> | null> {
  const out = new Map<string, Named>();
  // A link is reported once, even when two named paths reach it.
  const skipped = new Set<string>();
  const walk = {
    json,
    onSkip: (abs: string, reason: string, display: string) => {
      if (!skipped.has(abs)) io.stderr.push(`kube-netlens: ${escapeControls(`${display}: ${reason}`)}\n`);
      skipped.add(abs);
    },
    onError: (_abs: string, message: string, display: string) => ioError(io, `cannot read directory ${display}: ${message}`),
  };
  let ok = true;
  for (const p of paths) {
    const abs = path.resolve(cwd, p);
    let st;
    try {
      st = await fsp.stat(abs);
    } catch {
      io.stderr.push(`kube-netlens: ${escapeControls(`no such file or directory: ${p}`)}\n`);
      ok = false;
      continue;
    }
    if (st.isDirectory()) {
      for (const f of await walkFiltered(abs, p, filter, walk)) if (!out.has(f.absolute)) out.set(f.absolute, { display: f.display, root: abs });
    } else if (!out.has(abs)) out.set(abs, { display: p, root: abs });
  }
  return ok ? out : null;
}

export async function load(files: Map<string, Named>, config: Config, io: Io): Promise<Workspace> {
  const ws = new Workspace(config);
  for (const [abs, { root, display }] of files) {
    const res = await readManifest(abs, [root], config.maxFileSizeKB * 1024);
    if (res.ok) ws.setFile(abs, res.text);
    // A file listed but gone, not a regular file, or failing to read leaves the run incomplete.
    else if (res.missing || res.ioError) ioError(io, `${display}: ${res.reason}`);
    else ws.skipFile(abs, res.reason);
  }
  return ws;
}

/** One line per Helm chart: its templates were read as literal text, not rendered, so values from actions are unknown. */
function chartNotes(sources: ReadonlyMap<string, SourceFile>, files: Map<string, Named>): string[] {
  return helmCharts(sources).map((c) => {
    const where = (files.get(c.chartUri)?.display ?? c.chartUri).replace(/[/\\]?Chart\.yaml$/, '') || '.';
    const n = c.templates.length;
    return `note: Helm chart ${c.name ?? where} (${where}): ${n} ${n === 1 ? 'template' : 'templates'} analysed without rendering; values that template actions produce are unknown`;
  });
}
