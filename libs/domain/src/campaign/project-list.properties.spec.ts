import fc from 'fast-check';
import type { ProjectListRow } from './commands';
import { checkProjectList } from './project-list';

const DEPARTMENTS = ['009', 'hhbj'];
const cell = fc.oneof(fc.constantFrom('', ' ', '12', '12.5', '1,200', '-3', 'abc', '十万', '009', 'hhbj', 'P1', 'P2'), fc.string({ maxLength: 8 }));
const rows = fc.array(fc.record({
  code: cell, name: cell, department: cell, implementingUnit: cell, initialBudget: cell, annualBudget: cell, executed: cell, executionWeight: cell,
}), { maxLength: 12 }).map((list) => list.map((r, i): ProjectListRow => ({ row: i + 2, ...r })));

describe('checkProjectList (properties)', () => {
  it('either accepts every row, with unique codes, known departments and plain numbers, or names only rows it was given', () => {
    fc.assert(fc.property(rows, (input) => {
      const checked = checkProjectList(input, DEPARTMENTS);
      if (checked.ok) {
        expect(new Set(checked.projects.map((p) => p.code)).size).toBe(input.length);
        for (const p of checked.projects) {
          expect(DEPARTMENTS).toContain(p.department);
          for (const amount of [p.initialBudget, p.annualBudget, p.executionWeight]) expect(amount).toMatch(/^\d+(\.\d+)?$/);
          expect(p.executed).toMatch(/^(\d+(\.\d+)?)?$/);
        }
      } else {
        expect(checked.problems.length).toBeGreaterThan(0);
        for (const problem of checked.problems) {
          const row = Number(/^第(\d+)行\./.exec(problem.path)?.[1]);
          expect(input.map((r) => r.row)).toContain(row);
          expect(problem.message).toContain(`第 ${row} 行`);
        }
      }
    }), { numRuns: 300 });
  });
});
