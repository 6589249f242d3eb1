import fc from 'fast-check';
import { documentsStreamOf, reportIdOf, reportStreamOf, scoresStreamOf } from './streams';

describe('report stream names', () => {
  it('gives every report stream and companion its report, and nothing for other streams, however often and in whatever order asked', () => {
    const stream = fc.oneof(
      fc.uuid().map((id) => ({ name: reportStreamOf(id), expected: { reportId: id, isCompanion: false } })),
      fc.uuid().map((id) => ({ name: scoresStreamOf(id), expected: { reportId: id, isCompanion: true } })),
      fc.uuid().map((id) => ({ name: documentsStreamOf(id), expected: { reportId: id, isCompanion: true } })),
      fc.uuid().map((id) => ({ name: `campaign-${id}`, expected: null })),
      fc.uuid().map((id) => ({ name: `report-${id.toUpperCase()}x`, expected: null })),
      fc.string().map((name) => ({ name, expected: null })),
    );
    // More streams than the recently-seen cache holds, each asked twice: answers survive the cache being cleared.
    fc.assert(
      fc.property(fc.array(stream, { minLength: 5000, maxLength: 6000 }), (streams) => {
        for (const { name, expected } of [...streams, ...streams]) {
          const id = reportIdOf(name);
          if (expected === null || !/^report-[0-9a-f-]{36}(-[a-z]+)?$/.test(name)) expect(id).toBeNull();
          else expect(id).toEqual(expected);
        }
      }),
      { numRuns: 5 },
    );
  });

  it('hands out answers nobody can change for the next caller', () => {
    const id = reportIdOf(reportStreamOf('00000000-0000-4000-8000-000000000001'))!;
    expect(() => {
      (id as { reportId: string }).reportId = 'other';
    }).toThrow(TypeError);
    expect(reportIdOf(reportStreamOf('00000000-0000-4000-8000-000000000001'))!.reportId).toBe(
      '00000000-0000-4000-8000-000000000001',
    );
  });
});
