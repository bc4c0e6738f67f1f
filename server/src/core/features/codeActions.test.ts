import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyEdits } from '../testing/fixes';
import { dedent, parseFixture, workspaceOf } from '../testing/fixture';
import { checkFile } from '../rules/runner';
import type { Diagnostic } from '../diagnostics';
import { codeActions, SHOW_DOCUMENTATION_COMMAND } from './codeActions';

function actionsFor(yaml: string, rule: string) {
  const fx = parseFixture(dedent(yaml));
  const snapshot = workspaceOf(fx).snapshot();
  const uri = [...fx.files.keys()][0];
  const diagnostics = checkFile(snapshot, uri).filter((d) => d.rule === rule);
  return { text: fx.files.get(uri)!, snapshot, uri, diagnostics, actions: codeActions(snapshot, uri, diagnostics) };
}

const TYPO = `
  apiVersion: v1
  kind: Service
  metadata: {name: web}
  spec:
    selector:
      app: ngnix
    ports: [{port: 80}]
  ---
  apiVersion: v1
  kind: Pod
  metadata: {name: web, labels: {app: nginx}}
`;

test('the rule fixes come first, then disable-for-this-line and the documentation command', () => {
  const { actions } = actionsFor(TYPO, 'service-selector-no-match');
  assert.deepEqual(actions.map((a) => a.title), [
    "Change the selector's app to 'nginx'",
    'Disable service-selector-no-match for this line',
    'Show documentation for service-selector-no-match',
  ]);
  assert.equal(actions[0].preferred, true);
  assert.deepEqual(actions[2].command, { command: SHOW_DOCUMENTATION_COMMAND, arguments: ['https://github.com/kube-netlens/kube-netlens/blob/main/docs/rules.md#service-selector-no-match'] });
});

test('disable-for-this-line inserts the comment above with the line indentation, and the rule is then quiet', () => {
  const { text, actions } = actionsFor(TYPO, 'service-selector-no-match');
  const fixed = applyEdits(text, actions[1].edits!);
  assert.equal(fixed, text.replace('    app: ngnix', '    # kube-netlens-disable-next-line service-selector-no-match\n    app: ngnix'));
  assert.deepEqual(actionsFor(fixed, 'service-selector-no-match').diagnostics, []);
});

test('a second rule joins an existing disable comment; CRLF files keep CRLF', () => {
  const yaml = `
    apiVersion: v1
    kind: Service
    metadata: {name: web}
    spec:
      selector:
        # kube-netlens-disable-next-line some-other-rule
        app: ngnix
    ---
    apiVersion: v1
    kind: Pod
    metadata: {name: web, labels: {app: nginx}}
  `;
  const { text, actions } = actionsFor(yaml, 'service-selector-no-match');
  const disable = actions.find((a) => a.title.startsWith('Disable'))!;
  assert.equal(applyEdits(text, disable.edits!), text.replace('some-other-rule', 'some-other-rule service-selector-no-match'));
  const crlf = actionsFor(dedent(TYPO).replace(/\n/g, '\r\n'), 'service-selector-no-match');
  const edit = crlf.actions.find((a) => a.title.startsWith('Disable'))!.edits![0];
  assert.equal(edit.newText, '    # kube-netlens-disable-next-line service-selector-no-match\r\n');
});

test('unknown rules get nothing; a throwing fix loses only its own actions', () => {
  const { snapshot, uri, diagnostics } = actionsFor(TYPO, 'service-selector-no-match');
  const bogus: Diagnostic = { ...diagnostics[0], rule: 'no-such-rule' };
  assert.deepEqual(codeActions(snapshot, uri, [bogus]), []);
  const data = Object.defineProperty({}, 'key', { enumerable: true, get: () => { throw new Error('boom'); } });
  const broken: Diagnostic = { ...diagnostics[0], data };
  const errors: string[] = [];
  const titles = codeActions(snapshot, uri, [broken], (rule) => errors.push(rule)).map((a) => a.title);
  assert.deepEqual(titles, ['Disable service-selector-no-match for this line', 'Show documentation for service-selector-no-match']);
  assert.deepEqual(errors, ['service-selector-no-match']);
});
