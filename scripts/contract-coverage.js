#!/usr/bin/env node
// Tallies the contract test's records (.ci/out/contract/*.json, one per e2e file): routes × statuses of the OpenAPI
// document that real responses covered, out of all it lists; responses of routes it does not describe yet; violations.
const fs = require('node:fs');
const path = require('node:path');

const root = path.join(__dirname, '..');
const dir = path.join(root, '.ci', 'out', 'contract');
const files = fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith('.json')) : [];
const covered = new Set();
const undescribed = new Set();
let violations = 0;
for (const file of files) {
  const record = JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8'));
  record.covered.forEach((c) => covered.add(c));
  record.undescribed.forEach((u) => undescribed.add(u));
  violations += record.violations.length;
}
const document = JSON.parse(fs.readFileSync(path.join(root, 'openapi.json'), 'utf8'));
const listed = Object.entries(document.paths).flatMap(([p, item]) =>
  Object.entries(item).flatMap(([method, op]) => Object.keys(op.responses).map((s) => `${method.toUpperCase()} ${p} ${s}`)));
const operations = Object.values(document.paths).reduce((n, item) => n + Object.keys(item).length, 0);
const coveredOps = new Set([...covered].map((c) => c.split(' ').slice(0, 2).join(' ')));
console.log(`contract: ${covered.size} of ${listed.length} route×status pairs covered (${coveredOps.size} of ${operations} routes), `
  + `${violations} violations, ${undescribed.size} responses of undescribed routes, from ${files.length} test files`);
if (process.argv.includes('--verbose')) {
  console.log(`not covered:\n  ${listed.filter((l) => !covered.has(l)).join('\n  ')}`);
  console.log(`undescribed:\n  ${[...undescribed].join('\n  ')}`);
}
