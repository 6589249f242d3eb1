import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { existsSync } from 'node:fs';

const ROOT = join(__dirname, '../../..');
const FRAMEWORKS = /from '(@nestjs\/[^']*|typeorm|pg|bullmq|ioredis|express|node:fs[^']*|fs|node:child_process|node:net|node:http)'/;
const APPS = /from '(\.\.\/)+apps\//;

function sourcesOf(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourcesOf(path);
    return entry.name.endsWith('.ts') && !/\.(int-)?spec\.ts$/.test(entry.name) ? [path] : [];
  });
}

const offenders = (lib: string, rule: RegExp) =>
  sourcesOf(join(ROOT, 'libs', lib, 'src'))
    .flatMap((file) => readFileSync(file, 'utf8').split('\n').filter((line) => rule.test(line)).map((line) => `${relative(ROOT, file)}: ${line.trim()}`));

describe('the tree is the architecture (STYLE §1–2)', () => {
  it.each(['domain', 'scoring'])('libs/%s imports no framework, database, queue or file system', (lib) => {
    expect(offenders(lib, FRAMEWORKS)).toEqual([]);
  });

  it.each(['domain', 'scoring', 'event-store', 'read-models', 'reports', 'documents', 'organisation'])('libs/%s never imports an app', (lib) => {
    expect(offenders(lib, APPS)).toEqual([]);
  });

  it('libs/scoring imports no other lib of the project', () => {
    expect(offenders('scoring', /from '@jixiao\//)).toEqual([]);
  });

  it.each(['domain', 'scoring', 'event-store', 'read-models', 'reports', 'documents'])('libs/%s has no import cycle between its files', (lib) => {
    const files = sourcesOf(join(ROOT, 'libs', lib, 'src'));
    const importsOf = (file: string) => [...readFileSync(file, 'utf8').matchAll(/from '(\.{1,2}\/[^']*|\.)'/g)]
      .map(([, path]) => resolve(dirname(file), path))
      .map((path) => [`${path}.ts`, join(path, 'index.ts')].find((candidate) => existsSync(candidate)))
      .filter((path): path is string => path !== undefined && files.includes(path));
    const cycles: string[] = [];
    const state = new Map<string, 'open' | 'done'>();
    const visit = (file: string, trail: string[]) => {
      if (state.get(file) === 'done') return;
      if (state.get(file) === 'open') {
        cycles.push([...trail.slice(trail.indexOf(file)), file].map((f) => relative(ROOT, f)).join(' → '));
        return;
      }
      state.set(file, 'open');
      importsOf(file).forEach((next) => visit(next, [...trail, file]));
      state.set(file, 'done');
    };
    files.forEach((file) => visit(file, []));
    expect(cycles).toEqual([]);
  });
});
