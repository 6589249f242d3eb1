import { embeddedImportDocument, overlay } from './embedded';
import type { Grid } from './grid';
import type { Note } from './read/notes';
import { isDepartmentReport, readDepartmentReport } from './read/department-report';
import { ReadForm, readProjectForms } from './read/read-grids';
import { docxGrid } from './sources/docx-grid';
import { UnreadableFile, xlsxGrids } from './sources/xlsx-grids';
import { BAD_TEXT_MESSAGE, badCell, badPath } from './text-checks';
import { checkZip, isZip, UnpackBudget, UploadRefused } from './upload-limits';
import JSZip from 'jszip';

export interface FormResult {
  file: string;
  sheet: string;
  ok: boolean;
  /** The import document of SPEC §2, with `origin` naming where each field and note came from. */
  document?: Record<string, unknown>;
  problems?: { path: string; message: string }[];
}

export type FileKind = 'json' | 'xlsx' | 'docx' | 'zip';

export function kindOf(fileName: string, bytes: Buffer): FileKind | null {
  const extension = /\.([a-z]+)$/i.exec(fileName)?.[1]?.toLowerCase();
  if (extension === 'json' || extension === 'xlsx' || extension === 'docx' || extension === 'zip') return extension;
  if (extension === 'xlsm') return 'xlsx';
  if (!extension && bytes[0] === 0x7b) return 'json';
  return null;
}

/**
 * Every form in one uploaded file (a zip: in each file inside it). Limits of SPEC §19 throw UploadRefused before
 * any parser runs; a file that is not a readable form answers with problems naming the file, sheet and cell.
 */
export async function readImportFile(bytes: Buffer, fileName: string, budget = new UnpackBudget()): Promise<FormResult[]> {
  const kind = kindOf(fileName, bytes);
  const refused = (message: string): FormResult[] => [{ file: fileName, sheet: '', ok: false, problems: [{ path: fileName, message }] }];
  if (kind === null && /\.(xls|doc|wps|et)$/i.test(fileName)) return refused('旧版 Office/WPS 格式无法读取：请在 Excel 或 Word 中另存为 .xlsx 或 .docx 后再导入');
  if (kind === null) return refused('不支持的文件类型：请上传 .json、.xlsx、.docx 或 .zip 文件');
  if (kind === 'json') return [readJson(bytes, fileName)];
  if (!isZip(bytes)) return refused(`文件不是有效的 ${kind.toUpperCase()} 文件`);
  const entries = await checkZip(bytes, fileName, budget);
  if (kind === 'zip') return readZip(bytes, fileName, entries.map((e) => e.name), budget);
  try {
    const grids = kind === 'xlsx' ? await xlsxGrids(bytes) : [await docxGrid(bytes, '')];
    return withEmbedded(readGrids(grids, fileName), await embeddedImportDocument(bytes));
  } catch (error) {
    if (error instanceof UnreadableFile) return refused(error.message);
    // A package exceljs or the XML parser chokes on is the file's fault, never a 500.
    return refused(`无法读取此文件：${(error as Error).message ?? '格式损坏'}`.slice(0, 300));
  }
}

function readGrids(grids: Grid[], fileName: string): FormResult[] {
  const bad = badCell(grids);
  if (bad) return [{ file: fileName, sheet: '', ok: false, problems: [{ path: bad, message: `单元格${BAD_TEXT_MESSAGE}` }] }];
  const forms: ReadForm[] = isDepartmentReport(grids) ? [readDepartmentReport(grids, fileName)] : readProjectForms(grids, fileName);
  if (forms.length === 0) {
    return [{ file: fileName, sheet: '', ok: false, problems: [{ path: fileName, message: '文件中找不到绩效自评表：没有“一级指标 … 实际完成值”表头，也没有“评分标准”指标表' }] }];
  }
  return forms.map((form) => {
    if (!form.ok) return { file: fileName, sheet: form.sheet, ok: false, problems: form.problems };
    const origin = { file: fileName, ...(form.sheet ? { sheet: form.sheet } : {}), cells: form.trace.cells, lines: form.trace.lines, notes: form.trace.notes };
    return { file: fileName, sheet: form.sheet, ok: true, document: { ...form.document, origin } };
  });
}

function withEmbedded(results: FormResult[], embedded: Record<string, unknown> | null): FormResult[] {
  if (!embedded || results.length !== 1 || !results[0].document || results[0].document.format !== embedded.format) return results;
  const document = overlay(embedded, results[0].document) as Record<string, unknown> & { origin: { notes: Note[] }; ruleIndicators?: unknown };
  // The narrative is not printed in a workbook: the one Jixiao rendered carries it.
  if (Array.isArray(embedded.sections) && embedded.sections.length && Array.isArray(document.sections) && !document.sections.length) {
    document.sections = embedded.sections;
    document.origin.notes = document.origin.notes.filter((n) => !(n.code === 'PART_MISSING' && n.message.includes('正文')));
  }
  const rules = (document.ruleIndicators ?? []) as { rule: { kind: string; levels?: object } }[];
  const read = new Set(rules.flatMap((row, i) => (row.rule.kind === 'levels' && !Object.keys(row.rule.levels ?? {}).length ? [] : [i])));
  const cells = (document.origin as unknown as { cells: Record<string, string> }).cells;
  const readPlaces = new Set([...read].map((i) => cells[`ruleIndicators[${i}].criterion`]));
  document.origin.notes = document.origin.notes.filter((n) => !(n.code === 'RULE_UNREAD' && readPlaces.has(n.place)));
  return [{ ...results[0], document }];
}

async function readZip(bytes: Buffer, fileName: string, names: string[], budget: UnpackBudget): Promise<FormResult[]> {
  const zip = await JSZip.loadAsync(bytes);
  const results: FormResult[] = [];
  for (const name of names) {
    if (name.endsWith('/') || /(^|\/)(__MACOSX|\.)/.test(name) || /~\$/.test(name)) continue;
    const inner = await zip.file(name)!.async('nodebuffer');
    const path = `${fileName}/${name}`;
    if (kindOf(name, inner) === 'zip') {
      results.push({ file: path, sheet: '', ok: false, problems: [{ path, message: '压缩包内不能再嵌套压缩包' }] });
      continue;
    }
    results.push(...(await readImportFile(inner, path, budget)));
  }
  return results;
}

function readJson(bytes: Buffer, fileName: string): FormResult {
  const fail = (message: string): FormResult => ({ file: fileName, sheet: '', ok: false, problems: [{ path: fileName, message }] });
  if (bytes.length > 5 * 1024 * 1024) throw new UploadRefused(413, fileName, '文件超过 5 MB');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    return fail('文件含有无效的 UTF-8 字节');
  }
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch (error) {
    return fail(`不是有效的 JSON：${(error as Error).message}`);
  }
  if (typeof document !== 'object' || document === null || Array.isArray(document)) {
    return fail('不是导入文档：JSON 的最外层应为一个对象 { … }');
  }
  const bad = badPath(document, '');
  if (bad) return { file: fileName, sheet: '', ok: false, problems: [{ path: `${fileName}:${bad}`, message: `文本${BAD_TEXT_MESSAGE}` }] };
  return { file: fileName, sheet: '', ok: true, document: document as Record<string, unknown> };
}
