/** Plain-words messages for the `yaml` package's error codes. The original message is kept where it adds detail. */
const PLAIN: Record<string, string> = {
  TAB_AS_INDENT: 'tabs are not allowed for indentation in YAML; use spaces',
  BLOCK_AS_IMPLICIT_KEY: 'a nested block cannot be used as a key; is a colon missing or misplaced?',
  MISSING_CHAR: 'a closing character is missing',
  MULTILINE_IMPLICIT_KEY: 'a key must be on a single line; is a colon missing on the previous line?',
  UNEXPECTED_TOKEN: 'unexpected text here',
  BAD_DIRECTIVE: 'this directive is not understood',
  BAD_DQ_ESCAPE: 'invalid escape sequence in a double-quoted string',
  BAD_SCALAR_START: 'a plain value cannot start with this character; quote it',
  DUPLICATE_KEY: 'this key appears twice in the same mapping',
  IMPOSSIBLE: 'the YAML parser reached an impossible state',
  KEY_OVER_1024_CHARS: 'an implicit key may be at most 1024 characters long',
  MISSING_ANCHOR: 'this alias refers to an anchor that is not defined before it',
  NON_STRING_KEY: 'keys must be strings',
  TAG_RESOLVE_FAILED: 'this tag cannot be resolved',
  UNEXPECTED_TOKEN_TAB: 'a tab character is not allowed here',
};

export function describeYamlError(code: string, original: string): string {
  const plain = PLAIN[code];
  const detail = original.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '').trim();
  if (!plain) return lowerFirst(detail);
  return detail && !/^(Tabs are not allowed|Map keys must be unique)/.test(detail) ? `${plain} (${lowerFirst(detail)})` : plain;
}

function lowerFirst(s: string): string {
  return s.charAt(0).toLowerCase() + s.slice(1);
}
