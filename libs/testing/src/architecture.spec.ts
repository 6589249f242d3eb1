import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

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
});
