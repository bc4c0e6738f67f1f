import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readGoYaml } from './goYamlIn';
import { runTemplate } from './template';

/** The dot of every case: `.Values` read from this YAML as Helm reads values files. */
const VALUES = "port: 8080\nbig: 1000000\nhalf: 1.5\nneg: -3\nsmall: 0.00001\nm: {b: 1, a: [1, x]}\nl: [a, b, c]\nnested: {a: {b: deep}}\nempty: []\ny:\n  z: 1\n  a: \"yes\"\n  list: [1, {k: v, j: [2]}]\n  s: \"multi\\nline\\n\"\n  n: ~\n  q: \"a: b\"\n  e: {}\n  f: 1.5\n  big: 1000000\n  date: \"2020-01-01\"\n  \"10\": ten\n  \"9\": nine\n  B: upper\nlong: \"this is a long string with many words that should be folded by the go yaml emitter since it exceeds eighty chars\"\n";
const dot = { Values: (readGoYaml(VALUES) as { value: unknown }).value };

/**
 * Each template with what helm v3.17.3 printed for it (run as `{{ include "case" . | toJson }}` in a probe chart):
 * Go's printing of numbers, maps and lists, printf's verbs and complaints, trimming, control flow, the builtins and
 * the Sprig and Helm functions.
 */
const CASES: [string, string][] = [
  ["{{ .Values.port }} {{ .Values.big }} {{ .Values.half }} {{ .Values.neg }} {{ .Values.small }}", "8080 1e+06 1.5 -3 1e-05"],
  ["{{ .Values.m }} {{ .Values.l }} {{ .Values.nested }}", "map[a:[1 x] b:1] [a b c] map[a:map[b:deep]]"],
  ["{{ printf \"%d|%s|%v|%q|%t|%f|%.2f|%5s|%-5s|%05d|%x|%X|%o\" 5 \"s\" .Values.l \"q\\\"\" true 1.5 3.14159 \"ab\" \"ab\" 42 255 255 8 }}", "5|s|[a b c]|\"q\\\"\"|true|1.500000|3.14|   ab|ab   |00042|ff|FF|10"],
  ["{{ printf \"%d\" .Values.port }} {{ printf \"%s\" 5 }} {{ printf \"%s %s\" \"a\" }} {{ printf \"%s\" \"a\" \"b\" }} {{ printf \"%v\" .Values.nope }}", "%!d(float64=8080) %!s(int=5) a %!s(MISSING) a%!(EXTRA string=b) <nil>"],
  ["{{ print 1 2 \"a\" 3 \"b\" \"c\" }}|{{ println 1 \"a\" }}|", "1 2a3bc|1 a\n|"],
  ["{{- if .Values.nope }}a{{ else if eq .Values.port 8080.0 }}b{{ else }}c{{ end -}}|{{ with .Values.m }}{{ .a }}{{ else with .Values.l }}x{{ end }}", "b|[1 x]"],
  ["{{ range $k, $v := .Values.m }}{{ $k }}={{ $v }};{{ end }}|{{ range $i, $e := .Values.l }}{{ $i }}:{{ $e }} {{ end }}|{{ range .Values.empty }}x{{ else }}none{{ end }}", "a=[1 x];b=1;|0:a 1:b 2:c |none"],
  ["{{ range .Values.l }}{{ if eq . \"b\" }}{{ continue }}{{ end }}{{ if eq . \"c\" }}{{ break }}{{ end }}{{ . }}{{ end }}", "a"],
  ["{{ $x := 1 }}{{ if true }}{{ $x = 2 }}{{ $y := 3 }}{{ end }}{{ $x }} {{ $.Values.port }}", "2 8080"],
  ["a  {{- \"b\" -}}  c {{/* comment */}} d {{- /* trimmed */ -}} e", "abc  de"],
  ["{{ and 1 0 2 }} {{ or 0 \"\" \"x\" }} {{ and .Values.nope .Values.nope.deeper }} {{ not 0 }} {{ (.Values.nope).deeper }}", "0 x <no value> true <no value>"],
  ["{{ lt 1 2 }} {{ le 2 2 }} {{ gt \"b\" \"a\" }} {{ ge 1.5 1.5 }} {{ ne \"a\" \"b\" }} {{ eq 1 2 3 1 }} {{ eq .Values.nope \"x\" }}", "true true true true true true false"],
  ["{{ len .Values.l }} {{ len \"héllo\" }} {{ index .Values.l 1 }} {{ index .Values.nested \"a\" \"b\" }} {{ slice .Values.l 1 }}", "3 6 b deep [b c]"],
  ["{{ html \"<a href='x'>&\\\"\" }} {{ js \"it's <b> & \\\"q\\\" = \\\\\" }} {{ urlquery \"a b&c=d/é\" }}", "&lt;a href=&#39;x&#39;&gt;&amp;&#34; it\\'s \\u003Cb\\u003E \\u0026 \\\"q\\\" \\u003D \\\\ a+b%26c%3Dd%2F%C3%A9"],
  ["{{ quote .Values.port }} {{ squote \"it's\" }} {{ quote .Values.nope }} {{ .Values.nope | quote }} {{ quote 1 \"a\" }}", "\"8080\" 'it's'   \"1\" \"a\""],
  ["{{ toYaml .Values.y }}", "null"],
  ["{{ toJson .Values.y }}", "null"],
  ["{{ toString 1000000 }} {{ toString .Values.big }} {{ int \"0755\" }} {{ int64 .Values.half }} {{ float64 \"1.5\" }} {{ atoi \"42\" }} {{ atoi \"x\" }}", "1000000 1e+06 493 1 1.5 42 0"],
  ["{{ add 1 2 3 }} {{ sub 5 2 }} {{ mul 2 3 }} {{ div 8080 3 }} {{ mod 7 3 }} {{ max 1 5 3 }} {{ min 4 2 }} {{ addf 1.5 2 }} {{ mulf 1.5 2 }} {{ divf 1 3 }} {{ add1 .Values.port }} {{ floor 1.7 }} {{ ceil 1.2 }} {{ round 2.555 2 }}", "6 3 6 2693 1 5 2 3.5 3 0.3333333333333333 8081 1 2 2.56"],
  ["{{ default \"d\" .Values.nope }} {{ default \"d\" 0 }} {{ default \"d\" false }} {{ default \"d\" \"x\" }} {{ empty .Values.empty }} {{ coalesce .Values.nope \"\" \"c\" }} {{ ternary \"y\" \"n\" true }}", "d d d x true c y"],
  ["{{ trim \"  a  \" }}|{{ trimAll \"-\" \"--a--\" }}|{{ trimPrefix \"a\" \"abc\" }}|{{ trimSuffix \"c\" \"abc\" }}|{{ upper \"ab\" }}|{{ lower \"AB\" }}|{{ title \"hello world-foo o'neil\" }}|{{ trunc 3 \"abcdef\" }}|{{ trunc -2 \"abcdef\" }}|{{ replace \"a\" \"b\" \"aXa\" }}", "a|a|bc|ab|AB|ab|Hello World-Foo O'Neil|abc|ef|bXb"],
  ["{{ contains \"b\" \"abc\" }} {{ hasPrefix \"a\" \"abc\" }} {{ hasSuffix \"c\" \"abc\" }} {{ indent 2 \"a\\nb\" }}|{{ nindent 2 \"a\" }}|{{ repeat 3 \"ab\" }} {{ substr 1 3 \"abcdef\" }} {{ nospace \"a b c\" }} {{ cat \"a\" .Values.nope \"b\" }}", "true true true   a\n  b|\n  a|ababab bc abc a b"],
  ["{{ list 1 \"a\" | join \",\" }} {{ splitList \",\" \"a,b,c\" }} {{ split \",\" \"a,b\" }} {{ first .Values.l }} {{ last .Values.l }} {{ rest .Values.l }} {{ initial .Values.l }} {{ reverse .Values.l }} {{ uniq (list 1 1 2) }} {{ has \"b\" .Values.l }} {{ without .Values.l \"a\" }} {{ append .Values.l \"d\" }} {{ prepend .Values.l \"z\" }} {{ concat .Values.l (list 1) }} {{ compact (list \"\" 1 0 \"a\") }}", "1,a [a b c] map[_0:a _1:b] a c [b c] [a b] [c b a] [1 2] true [b c] [a b c d] [z a b c] [a b c 1] [1 a]"],
  ["{{ until 3 }} {{ untilStep 0 10 3 }} {{ sortAlpha (list \"b\" \"a\" \"C\") }} {{ keys .Values.m | sortAlpha }} {{ pluck \"a\" .Values.m (dict \"a\" 9) }} {{ get .Values.m \"a\" }} {{ get .Values.m \"zz\" }} {{ hasKey .Values.m \"a\" }}", "[0 1 2] [0 3 6 9] [C a b] [a b] [[1 x] 9] [1 x]  true"],
  ["{{ $d := dict \"a\" 1 \"b\" (dict \"c\" 2) }}{{ $_ := set $d \"x\" 3 }}{{ $_ := unset $d \"a\" }}{{ $d }} {{ merge (dict \"a\" 1 \"n\" (dict \"p\" 1)) (dict \"a\" 2 \"b\" 3 \"n\" (dict \"p\" 2 \"q\" 3)) }} {{ mergeOverwrite (dict \"a\" 1 \"e\" true) (dict \"a\" 2 \"e\" false) }} {{ pick .Values.m \"a\" }} {{ omit .Values.m \"a\" }} {{ deepCopy .Values.m }} {{ dig \"a\" \"b\" \"dflt\" .Values.nested }} {{ dig \"x\" \"dflt\" .Values.nested }}", "map[b:map[c:2] x:3] map[a:1 b:3 n:map[p:1 q:3]] map[a:2 e:false] map[a:[1 x]] map[b:1] map[a:[1 x] b:1] deep dflt"],
  ["{{ semverCompare \">=1.19-0\" \"v1.32.0\" }} {{ semverCompare \"<1.19\" \"1.32.0\" }} {{ semverCompare \"^1.2.0\" \"1.9.9\" }} {{ semverCompare \"~1.2\" \"1.3.0\" }} {{ semverCompare \">=1.21.0 <1.33\" \"1.32.1\" }} {{ semverCompare \">= 1.20.0-0 || <1.10\" \"1.5\" }} {{ (semver \"v1.32.4\").Major }} {{ (semver \"1.2.3-rc.1\").Prerelease }}", "true false true false true true 1 rc.1"],
  ["{{ sha256sum \"abc\" }} {{ b64enc \"hello\" }} {{ b64dec \"aGVsbG8=\" }} {{ sha1sum \"abc\" }} {{ adler32sum \"abc\" }}", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad aGVsbG8= hello a9993e364706816aba3e25717850c26c9cd0d89d 38600999"],
  ["{{ regexMatch \"^[a-z]+$\" \"abc\" }} {{ regexReplaceAll \"a(x*)b\" \"-ab-axxb-\" \"${1}W\" }} {{ regexReplaceAllLiteral \"a(x*)b\" \"-ab-\" \"$1\" }} {{ regexFind \"[0-9]+\" \"ab12cd34\" }} {{ regexFindAll \"[0-9]+\" \"ab12cd34\" -1 }} {{ regexSplit \",\" \"a,b,c\" -1 }}", "true -W-xxW- -$1- 12 [12 34] [a b c]"],
  ["{{ toYaml (dict) }}|{{ toYaml nil }}|{{ toYaml (list) }}|{{ toYaml \"a: b\" }}|{{ toYaml \"yes\" }}|{{ toYaml \"8080\" }}|{{ toYaml \"multi\\nline\\n\" }}|{{ toYaml (list (list 1 2) (dict \"a\" (list))) }}", "{}|null|[]|'a: b'|\"yes\"|\"8080\"||\n  multi\n  line|- - 1\n  - 2\n- a: []"],
  ["{{ tpl \"{{ .Values.port }}-{{ .x }}\" (dict \"Values\" .Values \"x\" 1) }} {{ tpl \"{{ define \\\"u\\\" }}U{{ end }}{{ include \\\"u\\\" . }}\" . }}", "8080-1 U"],
  ["{{ snakecase \"HelloWorld\" }} {{ kebabcase \"HelloWorld\" }} {{ camelcase \"hello_world\" }} {{ abbrev 5 \"hello world\" }} {{ initials \"hello world\" }} {{ plural \"one\" \"many\" 2 }} {{ toStrings (list 1 2) }} {{ seq 3 }} {{ chunk 2 (list 1 2 3) }}", "hello_world hello-world HelloWorld he... hw many [1 2] 1 2 3 [[1 2] [3]]"],
  ["{{ toYaml .Values.long }}", "this is a long string with many words that should be folded by the go yaml emitter\n  since it exceeds eighty chars"],
  ["{{ 0x10 }} {{ 1e3 }} {{ 'a' }} {{ -5 }} {{ 1.0 }} {{ 0755 }} {{ \"\\u00e9\\t\" }} {{ `raw\\n` }}", "16 1000 97 -5 1 493 é\t raw\\n"],
  ["{{ toYaml (dict \"k\" .Values.long \"l\" (list .Values.long) \"m\" (dict \"n\" .Values.long)) }}", "k: this is a long string with many words that should be folded by the go yaml emitter\n  since it exceeds eighty chars\nl:\n- this is a long string with many words that should be folded by the go yaml emitter\n  since it exceeds eighty chars\nm:\n  \"n\": this is a long string with many words that should be folded by the go yaml\n    emitter since it exceeds eighty chars"],
  ["{{ toYaml (dict \"a\" \"x: y\" \"b\" \" lead\" \"c\" \"trail \" \"d\" \"#c\" \"e\" \"- x\" \"f\" \"a #b\" \"g\" \"tab\\there\" \"h\" \"\" \"i\" \"~\" \"j\" \"null\" \"k\" \"1.5\" \"l\" \"0x1F\" \"m\" \"1e3\" \"n\" \"on\" \"o\" \"*ref\" \"p\" \"key:\" \"q\" \"it's\" \"r\" \"line\\n\\nmore\" \"s\" \"trailing space \\nx\" \"t\" \"2020-01-01\" \"u\" \"1:20\" \"v\" \".inf\" \"w\" \"@x\" \"x\" \"%x\" \"y\" \"`x\" \"z\" \"!x\") }}", "a: 'x: y'\nb: ' lead'\nc: 'trail '\nd: '#c'\ne: '- x'\nf: 'a #b'\ng: \"tab\\there\"\nh: \"\"\ni: \"~\"\nj: \"null\"\nk: \"1.5\"\nl: \"0x1F\"\nm: \"1e3\"\n\"n\": \"on\"\no: '*ref'\np: 'key:'\nq: it's\nr: |-\n  line\n\n  more\ns: \"trailing space \\nx\"\nt: \"2020-01-01\"\nu: \"1:20\"\nv: \".inf\"\nw: '@x'\nx: '%x'\n\"y\": '`x'\nz: '!x'"],
  ["{{ toYaml (dict \"b10\" 1 \"b9\" 2 \"a\" 3 \"B\" 4 \"_x\" 5 \"-y\" 6 \"1\" 7 \"10\" 8 \"2\" 9 \"a1b\" 10 \"a01b\" 11) }}", "-y: 6\n_x: 5\n\"1\": 7\n\"2\": 9\n\"10\": 8\nB: 4\na: 3\na1b: 10\na01b: 11\nb9: 2\nb10: 1"],
  ["{{ base \"a/b/c.txt\" }} {{ ext \"a/b.tar.gz\" }} {{ dir \"a/b/c\" }} {{ clean \"a//b/../c/\" }} {{ base \"\" }} {{ dir \"x\" }} {{ isAbs \"/x\" }} {{ mustRegexSplit \",\" \"a,b\" -1 }} {{ mustRegexFind \"[0-9]\" \"a1\" }}", "c.txt .gz a/b a/c . . true [a b] 1"],
];

test('templates print what helm 3.17 prints for them', () => {
  for (const [template, expected] of CASES) {
    const r = runTemplate(template, dot);
    assert.ok(r.ok, `${template}: ${r.ok ? '' : r.message}`);
    assert.equal(r.output, expected, template);
  }
});

test('what helm refuses is an error, never a throw', () => {
  for (const template of ["{{ .Values.nope.deeper }}", "{{ .Values.port.deeper }}", "{{ slice \"abc\" 1 2 }}"]) {
    const r = runTemplate(template, dot);
    assert.equal(r.ok, false, template);
  }
});

test('a field of a missing value is an error, but a field of a parenthesised nil is empty', () => {
  const r = runTemplate('{{ .Values.nope.deeper }}', dot);
  assert.deepEqual(r.ok ? r.output : r.message, 'nil pointer evaluating interface {}.deeper');
  assert.deepEqual(runTemplate('[{{ (.Values.nope).deeper }}]', dot), { ok: true, output: '[<no value>]' });
});

test('Sprig arithmetic gives int64 in Go; here it is an int, which prints the same but types as int', () => {
  // helm prints `int64` for typeOf (add 1 2); the renderer does not tell the two integer types apart.
  assert.deepEqual(runTemplate('{{ add 1 2 }} {{ typeOf (add 1 2) }}', dot), { ok: true, output: '3 int' });
});

test('range over an integer runs 0..n-1, as Go 1.24 templates do (helm 3.17, built with Go 1.23, refuses it)', () => {
  assert.deepEqual(runTemplate('{{ range 3 }}{{ . }}{{ end }}', dot), { ok: true, output: '012' });
});

test('parse errors are data, with the offset', () => {
  for (const bad of ['{{ if }}', '{{ end }}', '{{ .a', '{{ "x }}', '{{ range . }}', '{{ break }}', '{{ 1x }}', '{{ (1 }}', '{{ define "x" }}']) {
    const r = runTemplate(bad, dot);
    assert.equal(r.ok, false, bad);
  }
});
