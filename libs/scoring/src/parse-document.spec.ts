import fc from 'fast-check';
import { parseImportDocument } from './parse-document';

describe('parseImportDocument', () => {
  it('names an unknown format', () => {
    expect(parseImportDocument({ format: 'x' })).toEqual({ ok: false, problems: [expect.objectContaining({ path: 'format' })] });
  });

  it('names a missing field by its path', () => {
    const parsed = parseImportDocument({ format: 'jixiao.project-form.v1' });
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.problems.map((p) => p.path)).toContain('fiscalYear');
  });

  it('never throws, whatever the JSON', () => {
    fc.assert(fc.property(fc.jsonValue(), (json) => {
      expect(typeof parseImportDocument(json).ok).toBe('boolean');
    }));
  });
});
