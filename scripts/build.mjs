// Bundles the VS Code client, the language server and the CLI with esbuild.
import { build } from 'esbuild';
import { existsSync } from 'node:fs';

const common = {
  bundle: true,
  platform: 'node',
  target: 'node18',
  format: 'cjs',
  sourcemap: false,
  minify: true,
  legalComments: 'none',
  logLevel: 'warning',
};

const bundles = [
  { entryPoints: ['client/src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] },
  { entryPoints: ['server/src/lsp/main.ts'], outfile: 'dist/server.js', banner: { js: '#!/usr/bin/env node' } },
  { entryPoints: ['server/src/cli/main.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } },
  // The network map's page (webview and `kube-netlens map --format html`): a browser script and its styles.
  { entryPoints: ['client/src/map/webview/main.ts'], outfile: 'dist/map.js', platform: 'browser', format: 'iife', target: 'es2020' },
  { entryPoints: ['client/src/map/webview/map.css'], outfile: 'dist/map.css', platform: 'browser' },
];
await Promise.all(bundles.filter((b) => existsSync(b.entryPoints[0])).map((b) => build({ ...common, ...b })));
