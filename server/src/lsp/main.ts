/**
 * The language server's entry point (`dist/server.js`, the `kube-netlens-language-server` command). The transport
 * comes from the command line: `--stdio` for most editors, `--node-ipc` for the VS Code client, `--socket=<port>`.
 */
import { setFlagsFromString } from 'node:v8';
import { ProposedFeatures, createConnection } from 'vscode-languageserver/node';
import { lifecycleGate } from './lifecycle';
import { startServer } from './server';

// Every keystroke builds a new snapshot and drops the old one, so the heap is mostly short-lived garbage. V8 lets the
// old generation grow by up to 4× between full collections, and a long typing session peaked at 680 MB against 290 MB
// live; growing by 20% at a time keeps the peak near what is live (306 MB over 1,500 edits) at a cost measured in
// docs/performance.md. Set here, before anything is allocated, so that it holds however the server is started.
setFlagsFromString('--heap-growing-percent=20');

const gate = lifecycleGate();
const connection = createConnection(ProposedFeatures.all, { messageStrategy: gate.messageStrategy });
gate.register(connection);

// A bug must not take the editor's language support down with it: log it and keep serving.
process.on('uncaughtException', (e) => connection.console.error(`kube-netlens: uncaught exception: ${e.stack ?? e.message}`));
process.on('unhandledRejection', (e) => connection.console.error(`kube-netlens: unhandled rejection: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`));

startServer(connection);
