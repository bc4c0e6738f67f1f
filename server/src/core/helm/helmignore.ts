/**
 * `.helmignore` as Helm applies it when it loads a chart from a folder: a pattern with a `/` is matched against the
 * whole path, one without against each name on the path; a trailing `/` matches directories only; `!` re-includes;
 * Helm's own
 * reading of `!` (see ignoredOne). Helm also always ignores hidden files under templates/.
 */
interface Rule {
  negate: boolean;
  dirOnly: boolean;
  re: RegExp;
  anchored: boolean;
}

function globToRegExp(glob: string): RegExp {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else if (c === '[') {
      const j = glob.indexOf(']', i + 1);
      if (j < 0) re += '\\[';
      else {
        re += '[' + glob.slice(i + 1, j).replace(/^!/, '^').replace(/\\/g, '\\\\') + ']';
        i = j;
      }
    } else if (c === '\\' && i + 1 < glob.length) re += '\\' + glob[++i];
    else re += c.replace(/[.+^${}()|\]\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}

export function parseHelmignore(text: string): Rule[] {
  const rules: Rule[] = [];
  for (const raw of [...text.split(/\r?\n/), 'templates/.?*']) {
    let line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    if (line === '!' || line.includes('**')) continue;
    const negate = line.startsWith('!');
    if (negate) line = line.slice(1);
    const dirOnly = line.endsWith('/');
    if (dirOnly) line = line.slice(0, -1);
    line = line.replace(/^\//, '');
    rules.push({ negate, dirOnly, re: globToRegExp(line), anchored: line.includes('/') });
  }
  return rules;
}

/** Helm's Rules.Ignore: the first positive rule that matches ignores; so does a negated rule that does not match. */
function ignoredOne(rules: Rule[], path: string, isDir: boolean): boolean {
  const base = path.slice(path.lastIndexOf('/') + 1);
  for (const r of rules) {
    const match = r.re.test(r.anchored ? path : base);
    if (r.negate) {
      if ((r.dirOnly && !isDir) || !match) return true;
      continue;
    }
    if (r.dirOnly && !isDir) continue;
    if (match) return true;
  }
  return false;
}

/** Whether a file (a path relative to the chart) is left out: it, or a folder on its way, is ignored. */
export function isIgnored(rules: Rule[], path: string): boolean {
  const parts = path.split('/');
  for (let i = 1; i < parts.length; i++) if (ignoredOne(rules, parts.slice(0, i).join('/'), true)) return true;
  return ignoredOne(rules, path, false);
}
