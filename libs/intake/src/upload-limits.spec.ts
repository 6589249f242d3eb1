import { blankProjectFormTemplate } from '@jixiao/documents';
import { partOf, zipBombXlsx, zipOf } from '@jixiao/testing';
import { readImportFile } from './read-file';
import { checkZip, UnpackBudget, UploadRefused } from './upload-limits';

const refusal = (promise: Promise<unknown>) => promise.then(() => null, (error) => error);

describe('upload limits (SPEC §19)', () => {
  let template: Buffer;
  beforeAll(async () => (template = await blankProjectFormTemplate()));

  it('passes a real workbook', async () => {
    await expect(checkZip(template, 'form.xlsx')).resolves.toEqual(expect.arrayContaining([expect.objectContaining({ name: 'xl/workbook.xml' })]));
  });

  it('refuses a zip bomb by its directory: 300 MB of spaces in a sheet, deflated', async () => {
    const bomb = await zipBombXlsx(template, 300);
    expect(bomb.length).toBeLessThan(UPLOAD_LIMIT);
    const error = await refusal(readImportFile(bomb, 'bomb.xlsx'));
    expect(error).toBeInstanceOf(UploadRefused);
    expect(error).toMatchObject({ status: 413, path: expect.stringContaining('bomb.xlsx') });
  });

  it('refuses a bomb whose directory lies about its size, by counting as it inflates', async () => {
    const bomb = await zipBombXlsx(template, 200, { lieAboutSize: true });
    const error = await refusal(readImportFile(bomb, 'liar.xlsx'));
    expect(error).toMatchObject({ status: 413, message: expect.stringContaining('实际大小超过其声明') });
  });

  it('refuses a file inside a zip that is a bomb, and counts every file against one 50 MB budget', async () => {
    const bomb = await zipBombXlsx(template, 120, { lieAboutSize: true });
    const zip = zipOf([partOf('a.xlsx', template), partOf('b.xlsx', bomb)]);
    expect(await refusal(readImportFile(zip, 'forms.zip'))).toMatchObject({ status: 413, path: expect.stringContaining('forms.zip/b.xlsx') });
    const budget = new UnpackBudget(1000);
    expect(await refusal(checkZip(template, 'small.xlsx', budget))).toMatchObject({ status: 413 });
  });

  it('refuses more than 5 MB compressed, and bytes that are no zip', async () => {
    expect(await refusal(checkZip(Buffer.alloc(6 * 1024 * 1024), 'big.xlsx'))).toMatchObject({ status: 413 });
    expect(await readImportFile(Buffer.from('not a workbook'), 'x.xlsx')).toEqual([
      { file: 'x.xlsx', sheet: '', ok: false, problems: [{ path: 'x.xlsx', message: expect.stringContaining('XLSX') }] },
    ]);
  });

  it('refuses a JSON file with invalid UTF-8 rather than replacing the bytes', async () => {
    const [read] = await readImportFile(Buffer.from([0x7b, 0x22, 0xff, 0x22, 0x7d]), 'bad.json');
    expect(read).toMatchObject({ ok: false, problems: [{ message: expect.stringContaining('UTF-8') }] });
  });
});

const UPLOAD_LIMIT = 5 * 1024 * 1024;
