#!/usr/bin/env node
// Runs the TypeScript source through @swc-node/register where the sources and dev dependencies are present
// (a stale dist/ must not hide a verb), else the built CLI.
const { existsSync } = require('node:fs');
const { join } = require('node:path');
const source = join(__dirname, '../apps/cli/src/main.ts');
const built = join(__dirname, '../dist/apps/cli/src/main.js');
const canRunSource = () => {
  try {
    require.resolve('@swc-node/register');
    return existsSync(source);
  } catch {
    return false;
  }
};
if (!canRunSource() && existsSync(built)) {
  require(built);
} else {
  process.env.SWC_NODE_PROJECT = process.env.SWC_NODE_PROJECT || join(__dirname, '../tsconfig.json');
  require('@swc-node/register');
  require(source);
}
