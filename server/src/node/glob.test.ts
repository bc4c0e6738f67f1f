import assert from 'node:assert/strict';
import { test } from 'node:test';
import { PathFilter, globToRegExp } from './glob';

const matches = (glob: string, path: string) => globToRegExp(glob).test(path);

test('* stays within a segment, ** spans segments (including none)', () => {
  assert.ok(matches('deploy/*.yaml', 'deploy/web.yaml'));
  assert.ok(!matches('deploy/*.yaml', 'deploy/prod/web.yaml'));
  assert.ok(matches('deploy/**/*.yaml', 'deploy/web.yaml'));
  assert.ok(matches('deploy/**/*.yaml', 'deploy/a/b/web.yaml'));
  assert.ok(!matches('deploy/**/*.yaml', 'other/web.yaml'));
  assert.ok(matches('**/*.yaml', 'web.yaml'));
  assert.ok(matches('charts/**', 'charts/x/y.yaml'));
  assert.ok(!matches('charts/**', 'chartsx/y.yaml'));
});

test('a glob without a slash matches a name at any depth; a leading slash anchors it', () => {
  assert.ok(matches('*.generated.yaml', 'a/b/c.generated.yaml'));
  assert.ok(matches('charts', 'x/charts'));
  assert.ok(!matches('/charts', 'x/charts'));
  assert.ok(matches('/charts', 'charts'));
  assert.ok(matches('./deploy/*.yml', 'deploy/a.yml'));
});

test('?, braces and character classes', () => {
  assert.ok(matches('v?.yaml', 'v1.yaml'));
  assert.ok(!matches('v?.yaml', 'v10.yaml'));
  assert.ok(matches('*.{yaml,yml}', 'a/b.yml'));
  assert.ok(!matches('*.{yaml,yml}', 'a/b.json'));
  assert.ok(matches('{base,overlays/{dev,prod}}/*.yaml', 'overlays/prod/x.yaml'));
  assert.ok(!matches('{base,overlays/{dev,prod}}/*.yaml', 'overlays/qa/x.yaml'));
  assert.ok(matches('env-[a-c].yaml', 'env-b.yaml'));
  assert.ok(!matches('env-[a-c].yaml', 'env-d.yaml'));
  assert.ok(matches('env-[!a].yaml', 'env-b.yaml'));
  assert.ok(!matches('env-[!a].yaml', 'env-a.yaml'));
  assert.ok(matches('a.b+c(d).yaml', 'a.b+c(d).yaml'));
  assert.ok(!matches('a.b.yaml', 'aXb.yaml'));
});

test('PathFilter: exclude covers folders and what is below them; include narrows', () => {
  const f = new PathFilter([], ['vendor', 'tmp/**', '*.generated.yaml']);
  assert.equal(f.walkable('vendor'), false);
  assert.equal(f.walkable('src'), true);
  assert.equal(f.accepts('vendor/x.yaml'), false);
  assert.equal(f.accepts('a/vendor/b/x.yaml'), false);
  assert.equal(f.accepts('tmp/x.yaml'), false);
  assert.equal(f.accepts('deploy/x.generated.yaml'), false);
  assert.equal(f.accepts('deploy/x.yaml'), true);

  const inc = new PathFilter(['deploy', 'k8s/**/*.yml'], []);
  assert.equal(inc.accepts('deploy/a/b.yaml'), true);
  assert.equal(inc.accepts('k8s/x/b.yml'), true);
  assert.equal(inc.accepts('k8s/x/b.yaml'), false);
  assert.equal(inc.accepts('other/b.yaml'), false);
  // Include never widens past what is a manifest or where manifests are never read.
  assert.equal(new PathFilter(['**'], []).accepts('README.md'), false);
  assert.equal(new PathFilter(['**'], []).accepts('node_modules/x/a.yaml'), false);
  assert.equal(new PathFilter([], []).accepts('base/Kustomization'), true);
  assert.equal(new PathFilter([], []).accepts('../outside.yaml'), false);
});

test('a chart\'s .tpl files under templates/ are read for their named templates; other .tpl files and other names are not', () => {
  const f = new PathFilter([], []);
  assert.equal(f.accepts('charts/web/templates/_helpers.tpl'), true);
  assert.equal(f.accepts('templates/nested/_more.tpl'), true);
  assert.equal(f.accepts('web/_helpers.tpl'), false);
  assert.equal(f.accepts('web/templates/NOTES.txt'), false);
  assert.equal(f.accepts('web/templates.tpl'), false);
  assert.equal(new PathFilter([], ['*.tpl']).accepts('web/templates/_helpers.tpl'), false);
});
