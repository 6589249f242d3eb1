import { FormLayout, hotline, layoutWorkbook, partOf, zipBombXlsx, zipOf } from '@jixiao/testing';
import { readImportFile } from './read-file';
import { checkZip, UnpackBudget, UploadRefused } from './upload-limits';

const refusal = (promise: Promise<unknown>) => promise.then(() => null, (error) => error);

describe('upload limits (SPEC §19)', () => {
  let template: Buffer;
  beforeAll(async () => (template = await aWorkbook()));

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
const LAYOUT: FormLayout = { rowOffset: 0, colOffset: 0, title: 'separate', headingLines: false, serial: false, splitTarget: false, numbers: true, mergeLevels: true, unitInHeading: true, footer: false };
function aWorkbook(): Promise<Buffer> {
  return layoutWorkbook([[hotline()]], LAYOUT);
}

describe('text a file may not hold (SPEC §19)', () => {
  it('refuses a Word paragraph holding NUL, naming where it is', async () => {
    const xml = '<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
      + '<w:p><w:r><w:t>项目支出绩效自评表</w:t></w:r></w:p><w:p><w:r><w:t>a\u0000b</w:t></w:r></w:p></w:body></w:document>';
    const docx = zipOf([partOf('[Content_Types].xml', Buffer.from('<Types/>')), partOf('word/document.xml', Buffer.from(xml))]);
    const [read] = await readImportFile(docx, 'x.docx');
    expect(read).toMatchObject({ ok: false, problems: [{ path: '第2段', message: expect.stringContaining('NUL') }] });
  });

  it('refuses a workbook whose XML holds invalid UTF-8, rather than reading U+FFFD', async () => {
    const JSZip = (await import('jszip')).default;
    const zip = await JSZip.loadAsync(await aWorkbook());
    const parts = [];
    for (const name of Object.keys(zip.files).filter((n) => !zip.files[n].dir)) {
      let content = await zip.file(name)!.async('nodebuffer');
      if (name === 'xl/sharedStrings.xml') content = Buffer.concat([content.subarray(0, 200), Buffer.from([0xff, 0xfe]), content.subarray(200)]);
      parts.push(partOf(name, content));
    }
    const error = await refusal(readImportFile(zipOf(parts), 'bad.xlsx'));
    expect(error).toMatchObject({ status: 400, path: 'bad.xlsx/xl/sharedStrings.xml', message: expect.stringContaining('UTF-8') });
  });

  it('refuses a JSON file with NUL in a field, naming the field', async () => {
    const [read] = await readImportFile(Buffer.from(JSON.stringify({ format: 'jixiao.project-form.v1', projectName: 'a\u0000b' })), 'f.json');
    expect(read).toMatchObject({ ok: false, problems: [{ path: 'f.json:projectName' }] });
  });
});
