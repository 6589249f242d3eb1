import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { BenchRow, printRows } from './bench-kit';

type Bench = { title: string; file: string; exportName: string };

const BENCHES: Bench[] = [
  { title: 'scoring engine', file: 'scoring.bench', exportName: 'benchScoring' },
  { title: 'event store', file: 'event-store.bench', exportName: 'benchEventStore' },
  { title: 'HTTP commands', file: 'http-commands.bench', exportName: 'benchHttpCommands' },
  { title: 'read side', file: 'read-side.bench', exportName: 'benchReadSide' },
  { title: 'read side: projections', file: 'projections.bench', exportName: 'benchProjections' },
  { title: 'worker: transition → documents', file: 'documents.bench', exportName: 'benchDocuments' },
  { title: 'import: workbook of forms', file: 'intake.bench', exportName: 'benchIntake' },
];

/** `npm run bench`: every figure beside a baseline measured in the same run (SPEC §14). */
async function main(): Promise<void> {
  for (const bench of BENCHES) {
    if (!existsSync(join(__dirname, `${bench.file}.ts`))) continue;
    const module = await import(`./${bench.file}`);
    const run = module[bench.exportName] as (() => Promise<BenchRow[]>) | undefined;
    if (!run) continue;
    try {
      printRows(bench.title, await run());
    } catch (error) {
      console.error(`\n${bench.title}: failed: ${(error as Error).message}`);
      process.exitCode = 1;
    }
  }
  process.exit();
}

main();
