#!/usr/bin/env node
// Runs the built CLI when present, else the TypeScript source through @swc-node/register.
const { existsSync } = require('node:fs');
const { join } = require('node:path');
const built = join(__dirname, '../dist/apps/cli/src/main.js');
if (existsSync(built)) {
  require(built);
} else {
  process.env.SWC_NODE_PROJECT = process.env.SWC_NODE_PROJECT || join(__dirname, '../tsconfig.json');
  require('@swc-node/register');
  require('../apps/cli/src/main.ts');
}
