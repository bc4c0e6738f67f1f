/** Writing values back into YAML text, for quick fixes and renames. */

const YAML_WORDS = /^(true|false|yes|no|on|off|y|n|null|~)$/i;

/** A string as YAML writes it: plain when that reads back as the same string (in YAML 1.1 and 1.2), double-quoted otherwise. */
export function yamlString(s: string): string {
  return /^[A-Za-z_][A-Za-z0-9_./-]*$/.test(s) && !YAML_WORDS.test(s) ? s : JSON.stringify(s);
}
