import Decimal from 'decimal.js';
import { Workbook, Worksheet } from 'exceljs';
import { FUNDS_ROWS } from '../render-input';
import { FIRST_INDICATOR_ROW } from './project-form-sheet';

export interface XlsxProblem {
  path: string;
  message: string;
}

export type ReadXlsx = { ok: true; document: any } | { ok: false; problems: XlsxProblem[] };

const MAX_INDICATORS = 500;

/** Reads a filled-in 项目支出绩效自评表 (the template, or a form Jixiao rendered) back into the JSON import format. */
export async function readProjectFormXlsx(buffer: Buffer): Promise<ReadXlsx> {
  const workbook = new Workbook();
  try {
    await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  } catch {
    return { ok: false, problems: [{ path: 'file', message: '不是有效的 XLSX 文件' }] };
  }
  const sheet = workbook.worksheets.find((ws) => text(ws, 'A1').includes('项目支出绩效自评表'));
  if (!sheet) return { ok: false, problems: [{ path: 'file', message: '找不到“项目支出绩效自评表”工作表（A1 应为表名）' }] };
  const projectName = text(sheet, 'C3');
  if (!projectName) return { ok: false, problems: [{ path: 'C3', message: '项目名称（C3）未填写' }] };
  const fiscalYear = /(\d{4})/.exec(text(sheet, 'A2'))?.[1];
  if (!fiscalYear) return { ok: false, problems: [{ path: 'A2', message: '年度（A2，形如“（2024年度）”）无法识别' }] };
  return {
    ok: true,
    document: {
      format: 'jixiao.project-form.v1',
      fiscalYear,
      projectName,
      competentDepartment: text(sheet, 'C4'),
      implementingUnit: text(sheet, 'H4'),
      funds: readFunds(sheet),
      goals: { planned: text(sheet, 'C11'), achieved: text(sheet, 'G11') },
      indicators: readIndicators(sheet),
      total: readTotal(sheet),
    },
  };
}

function readFunds(sheet: Worksheet) {
  // The unit is printed once, in the merged 项目资金（万元） heading; 万元 is the default and stays implicit.
  const unit = /[（(]\s*([^）)]+?)\s*[）)]/.exec(text(sheet, 'A5'))?.[1];
  const rows = Object.fromEntries(FUNDS_ROWS.map(([key], i) => {
    const row = 6 + i;
    const amounts = { initialBudget: text(sheet, `D${row}`), annualBudget: text(sheet, `E${row}`), executed: text(sheet, `F${row}`) };
    if (key !== 'total') return [key, amounts];
    return [key, { ...amounts, weight: text(sheet, `G${row}`), executionRate: text(sheet, `H${row}`), score: text(sheet, `I${row}`) }];
  }));
  return unit && unit !== '万元' ? { ...rows, unit } : rows;
}

function readIndicators(sheet: Worksheet) {
  const rows = [];
  for (let r = FIRST_INDICATOR_ROW; r < FIRST_INDICATOR_ROW + MAX_INDICATORS && text(sheet, `A${r}`) !== '总分'; r++) {
    if (r > sheet.rowCount) break;
    const [level1, level2, name, target, actual, weight, score, deviation] = 'BCDEFGHI'.split('').map((c) => text(sheet, `${c}${r}`));
    if ([level1, level2, name, target, actual, weight, score, deviation].every((v) => v === '') && !rows.length) continue;
    rows.push({ level1, level2, name, target, actual, weight, score, deviation });
  }
  return rows;
}

function readTotal(sheet: Worksheet) {
  for (let r = FIRST_INDICATOR_ROW; r <= sheet.rowCount; r++) {
    if (text(sheet, `A${r}`) === '总分') return { weight: text(sheet, `G${r}`), score: text(sheet, `H${r}`) };
  }
  return { weight: '', score: '' };
}

/** A cell as printed: numbers Excel stored as percentages come back as `47.33%`. */
function text(sheet: Worksheet, address: string): string {
  const cell = sheet.getCell(address);
  const value = cell.value as unknown;
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') {
    if (!cell.numFmt?.includes('%')) return String(value);
    const decimals = /0\.(0+)%/.exec(cell.numFmt)?.[1].length ?? 0;
    // From the shortest decimal text of the stored double, then in decimal: no binary rounding in a printed rate.
    return `${new Decimal(String(value)).times(100).toFixed(decimals, Decimal.ROUND_HALF_UP)}%`;
  }
  if (typeof value === 'object' && value !== null) {
    if ('richText' in value) return (value as { richText: { text: string }[] }).richText.map((t) => t.text).join('').trim();
    if ('result' in value) return String((value as { result: unknown }).result ?? '').trim();
    if ('text' in value) return String((value as { text: unknown }).text).trim();
  }
  return String(value).trim();
}
