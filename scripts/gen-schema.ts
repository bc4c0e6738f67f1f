/**
 * Generates `server/src/core/k8s/schema.generated.ts`: where every field of every built-in kind belongs, as a compact
 * tree read from the TypeScript types that `kubernetes-models` generates from the Kubernetes OpenAPI schemas (a
 * devDependency, so the schemas never ship; only this tree does). Run with `npm run gen:schema`;
 * `k8s/schema.test.ts` fails when the committed file differs from what this script writes.
 *
 * The tree is a list of object types, each a string of space-separated fields: `name` (a scalar), `name:N` (object
 * type N), `name:[N` / `name:[` (a list of type N / of scalars), `name:{N` / `name:{` (a map to type N / to scalars)
 * and `name:*` (anything: free-form JSON such as RawExtension). `roots` maps `apiVersion/kind` to its type.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

const REPO = path.resolve(import.meta.dirname, '..');
const MODELS = path.join(REPO, 'node_modules/kubernetes-models');
export const SCHEMA_FILE = path.join(REPO, 'server/src/core/k8s/schema.generated.ts');

/** Every `<group>/<version>/<Kind>.d.ts` (and core `v1/<Kind>.d.ts`) of the package. */
function declarationFiles(): string[] {
  const out: string[] = [];
  for (const group of readdirSync(MODELS, { withFileTypes: true })) {
    if (!group.isDirectory() || group.name.startsWith('_')) continue;
    const groupDir = path.join(MODELS, group.name);
    const versionDirs = /^v\d/.test(group.name) ? [groupDir] : readdirSync(groupDir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => path.join(groupDir, d.name));
    for (const dir of versionDirs) for (const f of readdirSync(dir)) if (f.endsWith('.d.ts') && f !== 'index.d.ts') out.push(path.join(dir, f));
  }
  return out.sort();
}

function literalOf(type: ts.Type | undefined): string | null {
  return type && type.isStringLiteral() ? type.value : null;
}

export function generateSchema(): string {
  const files = declarationFiles();
  const program = ts.createProgram(files, { strict: true, noEmit: true, skipLibCheck: true, moduleResolution: ts.ModuleResolutionKind.Bundler, module: ts.ModuleKind.ESNext });
  const checker = program.getTypeChecker();
  const types: string[] = [];
  const index = new Map<ts.Type, number>();

  const isScalar = (t: ts.Type): boolean =>
    t.isUnion() ? t.types.every(isScalar) : !!(t.flags & (ts.TypeFlags.StringLike | ts.TypeFlags.NumberLike | ts.TypeFlags.BooleanLike | ts.TypeFlags.Null | ts.TypeFlags.Undefined));

  /** The encoding of a field's type, after the field's name. */
  const fieldType = (raw: ts.Type): string => {
    const t = checker.getNonNullableType(raw);
    if (isScalar(t)) return '';
    if (checker.isArrayType(t)) {
      const element = checker.getNonNullableType(checker.getTypeArguments(t as ts.TypeReference)[0]!);
      if (isScalar(element)) return ':[';
      const n = objectType(element);
      return n === null ? ':*' : `:[${n}`;
    }
    const props = checker.getPropertiesOfType(t);
    const indexed = t.getStringIndexType();
    if (props.length === 0 && indexed) {
      const value = checker.getNonNullableType(indexed);
      if (isScalar(value)) return ':{';
      const n = objectType(value);
      return n === null ? ':*' : `:{${n}`;
    }
    const n = objectType(t);
    return n === null ? ':*' : `:${n}`;
  };

  /** The index of an object type with named fields, or null for a free-form one (no fields, `any`, `unknown`). */
  const objectType = (t: ts.Type): number | null => {
    if (t.flags & (ts.TypeFlags.Any | ts.TypeFlags.Unknown) || t.isUnion()) return null;
    const props = checker.getPropertiesOfType(t);
    if (props.length === 0 || t.getStringIndexType()) return null;
    const known = index.get(t);
    if (known !== undefined) return known;
    const n = types.length;
    index.set(t, n);
    types.push('');
    const fields = props
      .filter((p) => !(p.flags & ts.SymbolFlags.Method))
      .map((p) => p.name + fieldType(checker.getTypeOfSymbol(p)))
      .sort();
    types[n] = fields.join(' ');
    return n;
  };

  const roots: Record<string, number> = {};
  for (const file of files) {
    const source = program.getSourceFile(file)!;
    ts.forEachChild(source, (node) => {
      if (!ts.isInterfaceDeclaration(node)) return;
      const type = checker.getTypeAtLocation(node);
      const apiVersion = literalOf(type.getProperty('apiVersion') && checker.getTypeOfSymbol(type.getProperty('apiVersion')!));
      const kind = literalOf(type.getProperty('kind') && checker.getTypeOfSymbol(type.getProperty('kind')!));
      if (!apiVersion || !kind) return;
      const n = objectType(type);
      if (n !== null) roots[`${apiVersion}/${kind}`] = n;
    });
  }
  const version = (JSON.parse(readFileSync(path.join(MODELS, 'package.json'), 'utf8')) as { version: string }).version;
  const sortedRoots = Object.fromEntries(Object.entries(roots).sort(([a], [b]) => a.localeCompare(b)));
  return [
    `// Generated by scripts/gen-schema.ts from kubernetes-models ${version}; do not edit (npm run gen:schema).`,
    `export const SCHEMA_ROOTS: Record<string, number> = ${JSON.stringify(sortedRoots)};`,
    `export const SCHEMA_TYPES: readonly string[] = ${JSON.stringify(types)};`,
    '',
  ].join('\n');
}

if (process.argv[1] && import.meta.filename === path.resolve(process.argv[1])) {
  writeFileSync(SCHEMA_FILE, generateSchema());
  console.log(`wrote ${path.relative(REPO, SCHEMA_FILE)}`);
}
