import { Workbook } from 'exceljs';
import { readImportFile } from '@jixiao/intake';
import { parseImportDocument, scoreDocument } from '@jixiao/scoring';
import { FormLayout, layoutWorkbook, projectFormFixtures } from '@jixiao/testing';
import { BenchRow, printRows } from './bench-kit';

const FORMS = Number(process.env.BENCH_IMPORT_FORMS ?? 100);
const LAYOUT: FormLayout = {
  rowOffset: 2, colOffset: 1, title: 'inline', headingLines: true, serial: true, splitTarget: true, numbers: true,
  mergeLevels: true, unitInHeading: false, footer: true,
};

async function seconds(work: () => Promise<unknown>): Promise<number> {
  const started = process.hrtime.bigint();
  await work();
  return Number(process.hrtime.bigint() - started) / 1e9;
}

/** SPEC §18 / issue #14: a workbook of 100 forms (one per sheet, a bureau's layout) read, checked and scored in < 20 s. */
export async function benchIntake(): Promise<BenchRow[]> {
  const fixtures = projectFormFixtures().map((f) => f.document);
  const forms = Array.from({ length: FORMS }, (_, i) => ({ ...fixtures[i % fixtures.length], projectName: `基准项目${i}` }));
  const workbook = await layoutWorkbook(forms.map((f) => [f]), LAYOUT, true);
  let imported = 0;
  const importSeconds = await seconds(async () => {
    for (const form of await readImportFile(workbook, 'bench.xlsx')) {
      const parsed = parseImportDocument(form.document);
      if (parsed.ok) {
        scoreDocument(parsed.document);
        imported++;
      }
    }
  });
  if (imported !== FORMS) throw new Error(`only ${imported} of ${FORMS} forms imported`);
  const loadSeconds = await seconds(() => new Workbook().xlsx.load(workbook as unknown as ArrayBuffer));
  return [{
    name: `import ${FORMS} forms from one ${(workbook.length / 1024).toFixed(0)} KB workbook (${importSeconds.toFixed(2)} s)`,
    value: importSeconds, unit: 's', baseline: loadSeconds, baselineName: 'exceljs load alone', ratio: importSeconds / loadSeconds,
    target: '< 20 s',
  }];
}

if (require.main === module) {
  benchIntake().then((rows) => printRows('import: workbook of forms', rows), (error) => { console.error(error); process.exit(1); });
}
