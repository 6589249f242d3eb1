import fc from 'fast-check';
import { scoreDocument } from '@jixiao/scoring';
import { Document, Packer, Paragraph } from 'docx';
import { FormLayout, formCells, layoutDocx, layoutWorkbook, projectFormFixtures, splitTarget, wordTable } from '@jixiao/testing';
import { readImportFile } from './read-file';

// SPEC §18: forms laid out as departments hold them — offsets, heading lines, the year in the title, a 序号
// column, the target split into 指标性质 | 指标值 | 度量单位, numbers with formats, merged or repeated levels, a
// 说明 sheet, several forms per workbook, a Word table — read back to the form they were made from, and score the same.

const fixtures = projectFormFixtures().map(({ document }) => { const { source: _s, ...form } = document; return form; });

const layouts: fc.Arbitrary<FormLayout> = fc.record({
  rowOffset: fc.integer({ min: 0, max: 4 }),
  colOffset: fc.integer({ min: 0, max: 3 }),
  title: fc.constantFrom('inline' as const, 'separate' as const),
  headingLines: fc.boolean(),
  serial: fc.boolean(),
  splitTarget: fc.boolean(),
  numbers: fc.boolean(),
  mergeLevels: fc.boolean(),
  unitInHeading: fc.boolean(),
  footer: fc.boolean(),
  gapAfterLabels: fc.boolean(),
  wrapped: fc.boolean(),
});

/** What a split-target layout should read: the indicator carries comparator and unit beside the value. */
function expected(form: any, layout: FormLayout) {
  if (!layout.splitTarget) return form;
  return {
    ...form,
    indicators: form.indicators.map((row: any) => {
      const [comparator, target, unit] = splitTarget(row.target);
      return { ...row, target, ...(comparator ? { comparator } : {}), ...(unit ? { unit } : {}) };
    }),
  };
}

const withoutOrigin = ({ origin: _origin, ...document }: any) => document;

async function expectForms(bytes: Buffer, name: string, forms: any[], layout: FormLayout) {
  const read = await readImportFile(bytes, name);
  expect(read.map((r) => r.problems ?? [])).toEqual(forms.map(() => []));
  read.forEach((result, i) => {
    expect(withoutOrigin(result.document)).toEqual(expected(forms[i], layout));
    expect(scoreDocument(withoutOrigin(result.document)).total).toEqual(scoreDocument(forms[i]).total);
    expect(scoreDocument(withoutOrigin(result.document)).indicators).toEqual(scoreDocument(forms[i]).indicators);
    expect((result.document as any).origin.notes).toEqual([]);
  });
  return read;
}

describe('forms in the layouts departments use read back to the same import document', () => {
  it('one form on a sheet, any layout (XLSX)', async () => {
    await fc.assert(fc.asyncProperty(fc.constantFrom(...fixtures), layouts, fc.boolean(), async (form, layout, notesSheet) => {
      await expectForms(await layoutWorkbook([[form]], layout, notesSheet), 'form.xlsx', [form], layout);
    }), { numRuns: 40 });
  });

  it('one form in a Word table, any layout (DOCX)', async () => {
    await fc.assert(fc.asyncProperty(fc.constantFrom(...fixtures), layouts, async (form, layout) => {
      await expectForms(await layoutDocx(form, layout), 'form.docx', [form], { ...layout, numbers: false });
    }), { numRuns: 25 });
  });

  it('several forms per workbook: one per sheet, or stacked on one sheet', async () => {
    await fc.assert(fc.asyncProperty(fc.subarray(fixtures, { minLength: 2, maxLength: 4 }), layouts, fc.boolean(), async (forms, layout, oneSheet) => {
      const sheets = oneSheet ? [forms] : forms.map((f) => [f]);
      const read = await expectForms(await layoutWorkbook(sheets, layout), 'forms.xlsx', forms, layout);
      expect(new Set(read.map((r) => r.sheet)).size).toBe(forms.length);
    }), { numRuns: 15 });
  });

  it('keeps a cell it cannot place, flagged CELL_UNPLACED with its sheet and cell', async () => {
    const layout: FormLayout = { rowOffset: 0, colOffset: 0, title: 'separate', headingLines: false, serial: false, splitTarget: false, numbers: false, mergeLevels: true, unitInHeading: true, footer: false };
    const { Workbook } = await import('exceljs');
    const workbook = new Workbook();
    await workbook.xlsx.load((await layoutWorkbook([[fixtures[0]]], layout)) as unknown as ArrayBuffer);
    workbook.getWorksheet('Sheet1')!.getCell('M5').value = '备注：资金已全部拨付';
    const [read] = await readImportFile(Buffer.from(await workbook.xlsx.writeBuffer()), 'form.xlsx');
    expect(withoutOrigin(read.document)).toEqual(fixtures[0]);
    expect((read.document as any).origin.notes).toEqual([
      expect.objectContaining({ code: 'CELL_UNPLACED', place: 'Sheet1!M5', text: '备注：资金已全部拨付' }),
    ]);
    const flags = scoreDocument(read.document as any).flags.filter((f) => f.code === 'CELL_UNPLACED');
    expect(flags).toEqual([expect.objectContaining({ severity: 'info', at: 'Sheet1!M5' })]);
  });

  it('reads a Word file as the bureau sent it: a 清单 of projects, then each form under its own year line', async () => {
    const layout: FormLayout = { rowOffset: 0, colOffset: 0, title: 'separate', headingLines: false, serial: false, splitTarget: false, numbers: false, mergeLevels: true, unitInHeading: true, footer: false, wrapped: true };
    const forms = fixtures.slice(0, 3);
    const list = [{ row: 1, col: 1, text: '序号' }, { row: 1, col: 2, text: '项目名称' }, ...forms.flatMap((f, i) => [{ row: i + 2, col: 1, text: String(i + 1) }, { row: i + 2, col: 2, text: f.projectName }])];
    const children = [new Paragraph(`一、${forms[0].fiscalYear}年度项目支出绩效自评表清单`), wordTable(list), new Paragraph(`二、${forms[0].fiscalYear}年度项目支出绩效自评表`)];
    for (const form of forms) {
      const { cells } = formCells(form, layout);
      children.push(new Paragraph(`（${form.fiscalYear}年度）`), wordTable(cells.filter((c) => c.text !== '项目支出绩效自评表' && !/年度）$/.test(c.text))));
    }
    const read = await readImportFile(await Packer.toBuffer(new Document({ sections: [{ children }] })), '自评表.docx');
    expect(read.map((r) => [r.sheet, r.ok])).toEqual([['第1张表', true], ['第2张表', true], ['第3张表', true]]);
    read.forEach((r, i) => expect(withoutOrigin(r.document)).toEqual(forms[i]));
    expect((read[0].document as any).origin.notes.map((n: any) => n.text)).toEqual(expect.arrayContaining([forms[1].projectName]));
  });
});
