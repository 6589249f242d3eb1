import fc from 'fast-check';
import { FormLayout, hotline, layoutDocx, layoutWorkbook } from '@jixiao/testing';
import { readImportFile } from './read-file';
import { UploadRefused } from './upload-limits';

// Bad input anywhere is a clear answer, never a crash: any bytes under any name either read to results
// (ok or with problems) or are refused with UploadRefused — nothing else escapes.

const NAMES = ['a.xlsx', 'a.docx', 'a.json', 'a.zip', 'a.xls', 'a', 'a.txt'];
const LAYOUT: FormLayout = { rowOffset: 1, colOffset: 1, title: 'inline', headingLines: true, serial: true, splitTarget: true, numbers: false, mergeLevels: true, unitInHeading: true, footer: true };

async function answers(bytes: Buffer, name: string): Promise<boolean> {
  try {
    const results = await readImportFile(bytes, name);
    return results.every((r) => (r.ok ? !!r.document : (r.problems ?? []).length > 0 && r.problems!.every((p) => p.message.length > 0)));
  } catch (error) {
    return error instanceof UploadRefused;
  }
}

describe('bad files', () => {
  it('any bytes under any name: results or UploadRefused', async () => {
    await fc.assert(fc.asyncProperty(fc.uint8Array({ maxLength: 2000 }), fc.constantFrom(...NAMES), async (bytes, name) => {
      expect(await answers(Buffer.from(bytes), name)).toBe(true);
    }), { numRuns: 200 });
  });

  it('refuses JSON whose top level is not an object, naming the file', async () => {
    for (const text of ['0', 'null', '"表"', '[]', 'true']) {
      const [result] = await readImportFile(Buffer.from(text), 'a.json');
      expect(result).toMatchObject({ ok: false, problems: [{ path: 'a.json', message: expect.stringContaining('最外层应为一个对象') }] });
    }
  });

  it('a real workbook or Word file with bytes changed or cut: results or UploadRefused', async () => {
    const inputs = [
      ['a.xlsx', await layoutWorkbook([[hotline()]], LAYOUT, true)],
      ['a.docx', await layoutDocx(hotline(), LAYOUT)],
    ] as const;
    await fc.assert(fc.asyncProperty(
      fc.constantFrom(...inputs), fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 8 }), fc.option(fc.nat()),
      async ([name, original], changes, cut) => {
        const bytes = Buffer.from(original);
        for (const [at, value] of changes) bytes[at % bytes.length] = value;
        const damaged = cut === null ? bytes : bytes.subarray(0, cut % bytes.length);
        expect(await answers(damaged, name)).toBe(true);
      },
    ), { numRuns: 60 });
  });
});
