/**
 * What the CLI's commands read: the settings (a --config file and the flags over it), the files the paths name, and
 * the workspace they make. Usage and I/O problems are values, said on stderr.
 */
import { promises as fsp } from 'node:fs';
import * as path from 'node:path';
import type { Config, Snapshot } from '../core';
import { isSettingsObject, parseConfig, RULE_IDS, Workspace } from '../core';
import { readManifest } from '../node/files';
import { PathFilter, walkFiltered } from '../node/glob';
import { escapeControls } from './formats';

export interface InputArgs {
  paths: string[];
  defaultNamespace?: string;
  maxFileSizeKB?: number;
  /** A JSON file with settings in the shape of the editor's `kubeNetlens.*` settings. */
  config?: string;
}

export interface Inputs {
  files: Map<string, Named>;
  snapshot: Snapshot;
  io: Io;
}

/** The inputs, or what stops the run before anything is analysed (exit status 2). */
/** `json`: `*.json` files are read too (live-cluster dumps, for connectivity). */
export async function readInputs(args: InputArgs, cwd: string, json = false): Promise<Inputs | { error: string }> {
  const stderr: string[] = [];
  let settings: unknown = {};
  if (args.config) {
    try {
      settings = JSON.parse(await fsp.readFile(path.resolve(cwd, args.config), 'utf8'));
    } catch (e) {
      return { error: `kube-netlens: cannot read --config ${escapeControls(args.config)}: ${escapeControls((e as Error).message)}\n` };
    }
  }
  // Flags override the file; a file that is not an object is reported as such, whatever the flags say.
  const flags = { ...(args.defaultNamespace !== undefined ? { defaultNamespace: args.defaultNamespace } : {}), ...(args.maxFileSizeKB !== undefined ? { maxFileSizeKB: args.maxFileSizeKB } : {}) };
  const { config, problems } = parseConfig(isSettingsObject(settings) ? { ...settings, ...flags } : settings, RULE_IDS);
  if (problems.length) {
    const where = args.config ? ` in ${escapeControls(args.config)}` : '';
    return { error: problems.map((p) => `kube-netlens: invalid setting ${escapeControls(p.setting)}${where}: ${escapeControls(p.message)}\n`).join('') };
  }

  const io = { stderr, failed: false };
  const files = await collect(args.paths, cwd, new PathFilter(config.include, config.exclude), io, json);
  if (!files) return { error: stderr.join('') };
  const ws = await load(files, config, io);
  return { files, snapshot: ws.snapshot(), io };
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
export interface Named {
  display: string;
  root: string;
}

/**
 * Maps absolute path to what to show and where it came from, in a stable order. Null when a named path does not exist.
 * `include` and `exclude` apply below each directory named, relative to it, as in the editor relative to a workspace
 * folder; a file named on the command line is always checked, since naming it is asking for it.
 */
async function collect(paths: string[], cwd: string, filter: PathFilter, io: Io, json: boolean): Promise<Map<string, Named> | null> {
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

async function load(files: Map<string, Named>, config: Config, io: Io): Promise<Workspace> {
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

