import Decimal from 'decimal.js';
import type { Pool } from 'pg';
import { type ReportView, reportStreams, toReportView } from '@jixiao/read-models';
import { normalizeCell, readQuantity } from '@jixiao/scoring';
import { DEPARTMENTS } from '../../../../test/support/report-generator';

/**
 * A province with a county under one city, a city without reports, a department of the province itself, and a second
 * root: the generator's four departments (test/support/report-generator.ts) placed in it.
 */
export const REGIONS: [code: string, name: string, parent: string | null][] = [
  ['demo', '演示省财政厅', null],
  ['340400', '淮南市财政局', 'demo'],
  ['340421', '凤台县财政局', '340400'],
  ['340422', '寿县财政局', '340400'],
  ['431200', '怀化市财政局', 'demo'],
  ['other', '另一省财政厅', null],
  ['other-01', '另一省某市财政局', 'other'],
];
export const DEPARTMENT_REGIONS: Record<string, string> = { '009': '340400', d03: '340421', hhbj: '431200', d04: 'demo' };

export async function placeDepartments(pool: Pool): Promise<void> {
  for (const [code, name, parent] of REGIONS) {
    await pool.query(`INSERT INTO regions (code, name, parent_code) VALUES ($1, $2, $3) ON CONFLICT (code) DO NOTHING`, [code, name, parent]);
  }
  for (const [code, region] of Object.entries(DEPARTMENT_REGIONS)) {
    const { name } = DEPARTMENTS.find((d) => d.code === code)!;
    await pool.query(`INSERT INTO departments (code, name, region_code) VALUES ($1, $2, $3)
      ON CONFLICT (code) DO UPDATE SET region_code = EXCLUDED.region_code`, [code, name, region]);
  }
}

const parentOf = (code: string) => REGIONS.find(([c]) => c === code)?.[2] ?? null;

/** The region itself and every region above it. */
export function pathOf(region: string): string[] {
  const parent = parentOf(region);
  return parent === null ? [region] : [...pathOf(parent), region];
}

export const isWithin = (department: string, region: string) =>
  department in DEPARTMENT_REGIONS && pathOf(DEPARTMENT_REGIONS[department]).includes(region);

export const childrenOf = (region: string | null) =>
  REGIONS.filter(([, , parent]) => parent === region).map(([code]) => code);

/** A region-bound account's scope as the sign-in resolves it: the departments of its region and every sub-region. */
export const scopeOf = (region: string) => Object.keys(DEPARTMENT_REGIONS).filter((d) => isWithin(d, region)).sort();

function inWan(text: string, unit: string | undefined): Decimal | null {
  const quantity = readQuantity(normalizeCell(text));
  if (!quantity || (quantity.unit !== null && quantity.unit !== '万元')) return null;
  return quantity.unit === '万元' ? quantity.value : quantity.value.times(unit === '元' ? '0.0001' : unit === '亿元' ? 10000 : 1);
}

/** The figures statistics should show for these reports, from the views the domain folded, in decimal.js. */
export function expectedFigures(views: ReportView[]) {
  const count = (predicate: (v: ReportView) => boolean) => views.filter(predicate).length;
  const totals = views.map((v) => v.total.computed).filter((t) => /^\d/.test(t ?? ''));
  const funded = views.map((v) => v.funds as any)
    .map((f) => ({ annualBudget: inWan(f.total.annualBudget, f.unit), executed: inWan(f.total.executed, f.unit) }))
    .filter((t): t is { annualBudget: Decimal; executed: Decimal } => t.annualBudget !== null && t.executed !== null);
  const sum = (values: Decimal.Value[]) => values.reduce<Decimal>((a, b) => a.plus(b), new Decimal(0));
  const budget = sum(funded.map((t) => t.annualBudget));
  const executed = sum(funded.map((t) => t.executed));
  return {
    reports: views.length,
    byState: Object.fromEntries(['draft', 'self_scored', 'signed_off', 'reviewed', 'published'].map((s) => [s, count((v) => v.state === s)])),
    averageComputedTotal: totals.length ? sum(totals).dividedBy(totals.length).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2) : null,
    grades: Object.fromEntries(['优', '良', '中', '差'].map((g) => [g, count((v) => v.grade === g)])),
    withErrorFlags: count((v) => v.flags.some((f) => f.severity === 'error')),
    funds: {
      annualBudget: funded.length ? budget.toFixed(4) : null,
      executed: funded.length ? executed.toFixed(4) : null,
      executionRate: funded.length && !budget.isZero() ? `${executed.dividedBy(budget).times(100).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2)}%` : null,
    },
  };
}

/** Every report as the domain folds it from its stream: the expected side of a read test, apart from the read models. */
export async function foldedViews(pool: Pool): Promise<ReportView[]> {
  const streams = reportStreams(pool);
  const { rows } = await pool.query(`SELECT DISTINCT substring(stream_id from 8) AS id FROM events`);
  return Promise.all(rows.map(async ({ id }) => toReportView(await streams.load(id))));
}
