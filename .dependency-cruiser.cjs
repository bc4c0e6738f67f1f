/**
 * The import rules of the code base, checked by `npm run lint` (dependency-cruiser): no import cycle, type imports
 * included; the core's layers import one way only, syntax ← k8s ← helm ← model ← connectivity ← rules ← features
 * (ARCHITECTURE.md); and the edges (lsp/, cli/) import the core through its façade, core/index.ts.
 * Tests may reach across layers to set up what they check; the fixture helpers in core/testing are for tests only.
 */
const core = 'server/src/core';
const layer = (name, above) => ({
  name: `layer-${name}`,
  comment: `${core}/${name} is below ${above.join(', ')}: it must not import them`,
  severity: 'error',
  from: { path: `^${core}/${name}/`, pathNot: '\\.test\\.ts$' },
  to: { path: `^${core}/(${above.join('|')})/` },
});

module.exports = {
  forbidden: [
    { name: 'no-circular', comment: 'an import cycle, type imports included', severity: 'error', from: {}, to: { circular: true } },
    layer('syntax', ['k8s', 'helm', 'model', 'connectivity', 'rules', 'features', 'testing']),
    layer('k8s', ['helm', 'model', 'connectivity', 'rules', 'features', 'testing']),
    layer('helm', ['model', 'connectivity', 'rules', 'features', 'testing']),
    layer('model', ['connectivity', 'rules', 'features', 'testing']),
    layer('connectivity', ['rules', 'features', 'testing']),
    layer('rules', ['features', 'testing']),
    layer('features', ['testing']),
    {
      name: 'edges-through-the-facade',
      comment: 'lsp/ and cli/ reach the core through its façade, server/src/core/index.ts, only',
      severity: 'error',
      from: { path: '^server/src/(lsp|cli)/', pathNot: '\\.test\\.ts$' },
      to: { path: `^${core}/`, pathNot: `^${core}/index\\.ts$` },
    },
    {
      name: 'core-is-pure',
      comment: 'the core reaches neither the editor protocol nor the edges',
      severity: 'error',
      from: { path: `^${core}/`, pathNot: '\\.test\\.ts$' },
      to: { path: '^(server/src/(lsp|cli)|client)/' },
    },
  ],
  options: {
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)(node_modules|dist|\\.scratch)/' },
  },
};
