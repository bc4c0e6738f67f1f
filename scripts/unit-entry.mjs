// The unit tests in one process: imports every test file that scripts/test.mjs found, so that the TypeScript loader
// starts once instead of once per file (node's runner would spawn a process for each).
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

for (const file of JSON.parse(process.env.KUBE_NETLENS_TEST_FILES ?? '[]')) await import(pathToFileURL(resolve(file)).href);
