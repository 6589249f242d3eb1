export const STATES = ['draft', 'self_scored', 'signed_off', 'reviewed', 'published'] as const;
export const GRADES = ['优', '良', '中', '差'] as const;

/** report_counts' counted columns (migrations/1765700000001). */
const SUMMED = [
  'reports', ...STATES.map((s) => `state_${s}`), ...GRADES.map((g) => `grade_${g}`), 'with_error_flags',
  'computed_n', 'computed_sum', 'funded_n', 'budget_sum', 'executed_sum',
].map((column) => `"${column}"`);

const sums = () => SUMMED.map((column) => `sum(${column}) AS ${column}`).join(', ');

// SPEC §4 rounding (half-up, 2 decimals) for the average and the rate, amounts as summed in 万元 (4 decimals): done by
// PostgreSQL's numeric (exact decimals; round() is half away from zero, as Decimal.ROUND_HALF_UP), on the answer's rows
// only: the overall row, the child regions' and one page of departments, not every visible department's.
const FIGURES = `
  reports::int AS reports,
  ${STATES.map((s) => `"state_${s}"::int AS "state_${s}"`).join(', ')},
  ${GRADES.map((g) => `"grade_${g}"::int AS "grade_${g}"`).join(', ')},
  round(computed_sum / nullif(computed_n, 0), 2)::text AS average_computed,
  with_error_flags::int AS with_error_flags,
  CASE WHEN funded_n > 0 THEN round(budget_sum, 4)::text END AS annual_budget,
  CASE WHEN funded_n > 0 THEN round(executed_sum, 4)::text END AS executed,
  CASE WHEN funded_n > 0 AND budget_sum <> 0 THEN round(executed_sum * 100 / budget_sum, 2)::text || '%' END AS execution_rate`;

export interface StatisticsSql {
  /** Visibility (SPEC §1) and the year, as conditions on report_counts alias `c`; their parameters are already in `params`. */
  conditions: string;
  params: unknown[];
  /** The selected region, or null: every region (an actor without a region limit only). */
  region: string | null;
  /** The actor's region limit: the selected region must be it or below it. */
  limit: string | null;
  offset: number;
  pageSize: number;
}

/**
 * One statement, one round trip: the selected region (when it exists and lies within the actor's limit), the overall
 * figures, one row per child region with reports in its subtree, and one page of departments, from report_counts
 * (≈ 2 rows per department) rather than the reports. The counts in scope are read once (`counted`); the totals group
 * them by child region, and only the page's departments are summed per department. Rows: level 'overall' (carrying
 * the selection and the number of departments), 'region', 'department'. A selected region that is unknown or outside
 * the limit selects nothing, so nothing is counted and the overall row says so (selected_code null). The overall row
 * also names where the account's statistics start (home_name) and the regions from there down to the selected one (trail).
 */
export function statisticsSql({ conditions, params, region, limit, offset, pageSize }: StatisticsSql): { text: string; values: unknown[] } {
  const values = [...params];
  const $ = (value: unknown) => `$${values.push(value)}`;
  const [selected, bound, skip, take] = [$(region), $(limit), $(offset), $(pageSize)];
  const text = `
    WITH RECURSIVE up AS (
      SELECT code, parent_code, name, 0 AS depth FROM regions WHERE code = ${selected}::text
      UNION
      SELECT r.code, r.parent_code, r.name, up.depth + 1 FROM regions r JOIN up ON r.code = up.parent_code
    ), selected AS (
      SELECT code, name FROM regions
      WHERE code = ${selected}::text AND (${bound}::text IS NULL OR ${bound}::text IN (SELECT code FROM up))
    ), below (code, top) AS (
      SELECT code, code FROM regions
      WHERE CASE WHEN ${selected}::text IS NULL THEN parent_code IN (SELECT code FROM regions WHERE parent_code IS NULL)
                 ELSE parent_code = (SELECT code FROM selected) END
      UNION
      SELECT r.code, b.top FROM regions r JOIN below b ON r.parent_code = b.code
    ), counted AS (
      SELECT c.department, ${SUMMED.map((column) => `c.${column}`).join(', ')}, b.top, coalesce(d.name, c.department_name) AS registered_name
      FROM report_counts c LEFT JOIN departments d ON d.code = c.department LEFT JOIN below b ON b.code = d.region_code
      WHERE c.reports > 0 AND ${conditions}
        AND (${selected}::text IS NULL OR (d.region_code = (SELECT code FROM selected) OR b.code IS NOT NULL))
    ), totals AS (
      SELECT GROUPING(top) = 1 AS overall, top, count(DISTINCT department)::int AS departments, ${sums()}
      FROM counted GROUP BY GROUPING SETS ((top), ())
    ), page AS (
      SELECT department, min(registered_name) AS department_name, ${sums()} FROM counted
      WHERE department IN (SELECT department FROM counted GROUP BY department ORDER BY department COLLATE "C" LIMIT ${take} OFFSET ${skip})
      GROUP BY department
    )
    SELECT * FROM (
      SELECT CASE WHEN t.overall THEN 'overall' ELSE 'region' END AS level, t.top AS code, g.name, t.departments,
        (SELECT code FROM selected) AS selected_code, (SELECT name FROM selected) AS selected_name,
        (SELECT name FROM regions WHERE code = ${bound}::text) AS home_name,
        (SELECT json_agg(json_build_object('code', u.code, 'name', u.name) ORDER BY u.depth DESC) FROM up u
          WHERE EXISTS (SELECT FROM selected) AND u.parent_code IS NOT NULL
            AND (${bound}::text IS NULL OR u.depth < (SELECT depth FROM up WHERE code = ${bound}::text))) AS trail,
        ${FIGURES}
      FROM totals t LEFT JOIN regions g ON g.code = t.top
      WHERE t.overall OR t.top IS NOT NULL
      UNION ALL
      SELECT 'department', department, department_name, 1, NULL, NULL, NULL, NULL, ${FIGURES} FROM page
    ) answer
    ORDER BY CASE level WHEN 'overall' THEN 0 WHEN 'region' THEN 1 ELSE 2 END, code COLLATE "C"`;
  return { text, values };
}
