import { Pool } from 'pg';
import { createPool } from '@jixiao/event-store';
import { forEachLogPage, Lane, rebuildProjections, ReportFolds, toReportView, verifyProjections } from '@jixiao/read-models';
import { BenchRow, pageRaw, printRows, scratchDatabase, settleAfterLoad } from './bench-kit';
import { generateProvince, provincePlan } from './province-data';

// A city's year (≈ 10,000 reports): large enough that the rebuild folds in a worker thread, as a bureau's would.
const EVENTS = Number(process.env.BENCH_PROJECTION_EVENTS ?? 300_000);

/** SPEC §14: rebuilding every read model from the log, beside paging the same log raw, on one generated database. */
export async function benchProjections(): Promise<BenchRow[]> {
  const db = await scratchDatabase();
  const pool = createPool(db.url, 4);
  try {
    // The province's histories (SPEC §20), with the worker's ScoresRecomputed after each transition, ≈ EVENTS events.
    const plan = { ...provincePlan(1), regions: 1, departmentsPerRegion: Math.max(1, Math.round(EVENTS / (25 * 30))) };
    const generated = (await generateProvince(pool, plan)).events;
    await settleAfterLoad(pool);
    const raw = await timed(() => pageRaw(pool));
    const inMemory = await timed(() => foldAndScore(pool));
    const rebuild = await timed(() => rebuildProjections(pool));
    const verify = await timed(() => verifyProjections(pool));
    const baseline = generated / raw.seconds;
    const rate = (seconds: number) => generated / seconds;
    return [
      { name: `raw read of the events table (${generated} events)`, value: baseline, unit: 'events/s', baseline: null, ratio: null },
      {
        name: `projections rebuild (${rebuild.result.reports} reports, ${rebuild.result.reusedScores} with recorded scores reused)`,
        value: rate(rebuild.seconds), unit: 'events/s', baseline, baselineName: 'raw read', ratio: rate(rebuild.seconds) / baseline,
        target: '≥ 0.40× raw read',
      },
      {
        name: `  its reading, folding and scoring alone, no writes`,
        value: rate(inMemory.seconds), unit: 'events/s', baseline, baselineName: 'raw read', ratio: rate(inMemory.seconds) / baseline,
      },
      {
        name: `projections rebuild --verify (${verify.result.differences.length} differences)`,
        value: rate(verify.seconds), unit: 'events/s', baseline, baselineName: 'raw read', ratio: rate(verify.seconds) / baseline,
      },
    ];
  } finally {
    await pool.end();
    await db.drop();
  }
}

/** What the rebuild costs this process alone: the ceiling it could reach if the database wrote for free. */
async function foldAndScore(pool: Pool): Promise<number> {
  const folds = new ReportFolds(pool, true);
  const events = await forEachLogPage(new Lane(pool), 5000, (page) => page.forEach((event) => {
    folds.noteRecorded(event);
    folds.apply(event);
  }));
  for (const fold of folds.all()) if (fold.report.exists) JSON.stringify(toReportView(fold.report, folds.recordedResult(fold)));
  return events;
}

async function timed<T>(work: () => Promise<T>): Promise<{ result: T; seconds: number }> {
  const started = process.hrtime.bigint();
  const result = await work();
  return { result, seconds: Number(process.hrtime.bigint() - started) / 1e9 };
}

if (require.main === module) {
  benchProjections().then((rows) => printRows('read side: projections', rows), (error) => { console.error(error); process.exit(1); });
}
