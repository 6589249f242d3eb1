import { Grid, labelOf } from '../grid';
import { readBaseData } from './base-data';
import { emptyTrace, Note, Trace } from './notes';
import { readForm } from './project-form';
import { anchorsOf, lastUsedRow, ReadForm, unplaced } from './read-grids';
import { lineOf, Region, SYSTEM_LINE, systemLines } from './region';
import { readRuleTable } from './rule-table';

const SECTION = /^[一二三四五六七八九十]+、/;
const SUBSECTION = /^[（(][一二三四五六七八九十\d]+[)）]|^\d+[、.．]/;
const REPORT_TITLE = /整体支出绩效.*报告|绩效自评报告|绩效评价报告/;

/** A file is a department report when it holds a rule table, a 基础数据表, or a report title. */
export function isDepartmentReport(grids: Grid[]): boolean {
  return grids.some((grid) => {
    const anchors = anchorsOf(grid);
    if (anchors.rules.length || anchors.baseData.length) return true;
    for (let r = 1; r <= Math.min(grid.rowCount, 10); r++) if (REPORT_TITLE.test(lineOf(grid, r)?.text ?? '')) return true;
    return false;
  });
}

interface Parts {
  title: string;
  department: string;
  fiscalYear: string;
  grade?: string;
  sections: { heading: string; body: string }[];
  rules?: ReturnType<typeof readRuleTable>;
  baseData?: Record<string, unknown>;
  form?: ReturnType<typeof readForm>;
}

/** 部门整体支出绩效自评报告: narrative by its headings, 附件1/2/3 by their titles, any part may be missing. */
export function readDepartmentReport(grids: Grid[], fileName: string): ReadForm {
  const trace = emptyTrace();
  const parts: Parts = { title: '', department: '', fiscalYear: '', sections: [] };
  for (const grid of grids) readGrid(grid, parts, trace);
  const form = parts.form;
  const title = parts.title || form?.heading.projectName || '';
  const fiscalYear = /((?:19|20)\d{2})\s*年/.exec(title)?.[1] || form?.heading.fiscalYear || /((?:19|20)\d{2})/.exec(fileName)?.[1] || '';
  const department = parts.department || form?.heading.competentDepartment || departmentOf(title);
  missing(trace, fileName, [
    [parts.sections.length > 0, '报告正文（一、二、三…）'], [!!parts.rules, '附件1 指标评分表'],
    [!!parts.baseData, '附件2 基础数据表'], [!!form, '附件3 项目支出绩效自评表'],
  ]);
  const document: Record<string, unknown> = {
    format: 'jixiao.department-report.v1', fiscalYear, department, title, sections: parts.sections,
    ruleIndicators: parts.rules?.rows ?? [], ruleTotal: parts.rules?.total ?? { weight: '', score: '' },
    baseData: parts.baseData ?? {},
    selfEvaluationForm: form?.form ?? {
      funds: { total: { initialBudget: '', annualBudget: '', executed: '', weight: '', executionRate: '', score: '' } },
      goals: { planned: '', achieved: '' }, indicators: [], total: { weight: '', score: '' },
    },
  };
  if (parts.grade) document.selfAssessedGrade = parts.grade;
  const problems = fiscalYear ? [] : [{ path: fileName, message: '无法识别年度：报告标题或文件名中应有“2021年度”之类的年份' }];
  return problems.length ? { sheet: '', ok: false, problems, trace } : { sheet: '', ok: true, document, trace };
}

function readGrid(grid: Grid, parts: Parts, trace: Trace): void {
  const anchors = anchorsOf(grid);
  const starts = [...anchors.rules, ...anchors.baseData, ...anchors.forms].sort((a, b) => a - b);
  const region = new Region(grid, 1, grid.rowCount);
  readLines(region, starts[0] ?? grid.rowCount + 1, parts, trace);
  let top = 1;
  for (const start of starts) {
    const next = starts.find((s) => s > start) ?? grid.rowCount + 1;
    const part = new Region(grid, top, next - 1);
    region.used.forEach((c) => part.used.add(c));
    let end: number;
    if (anchors.rules.includes(start) && !parts.rules) {
      parts.rules = readRuleTable(part, start, trace);
      titleOf(part, top, start, parts);
      end = parts.rules.end;
    } else if (anchors.baseData.includes(start) && !parts.baseData) {
      part.read(grid.at(start, 1));
      const read = readBaseData(part, start);
      parts.baseData = read.baseData;
      end = read.end;
    } else if (anchors.forms.includes(start) && !parts.form) {
      const formTrace = emptyTrace();
      parts.form = readForm(part, start, formTrace, 'selfEvaluationForm.');
      Object.assign(trace.cells, formTrace.cells);
      trace.lines.push(...formTrace.lines);
      end = lastUsedRow(part, parts.form.end);
    } else {
      continue;
    }
    systemLines(part, end + 1, next - 1);
    unplaced(part, top, next === grid.rowCount + 1 ? grid.rowCount : end, trace);
    top = end + 1;
  }
}

/** Lines before the first table: the title, 部门/自评等级, then the narrative by its headings. */
function readLines(region: Region, before: number, parts: Parts, trace: Trace): void {
  let section: { heading: string; lines: string[] } | null = null;
  const close = () => {
    if (section) parts.sections.push({ heading: section.heading, body: section.lines.join('\n') });
    section = null;
  };
  for (let r = 1; r < before; r++) {
    const line = lineOf(region.grid, r);
    if (!line) {
      if (region.cells(r).some((c) => c.text)) return close();
      continue;
    }
    const text = line.text;
    const label = labelOf(text);
    if (/自评表$/.test(label)) return close();
    region.read(line);
    const titled = /^(.*?)\s*附件\s*\d/.exec(text)?.[1];
    if (!parts.title && titled && REPORT_TITLE.test(titled)) parts.title = titled.trim();
    if (/^附件\s*\d/.test(label)) close();
    if (SECTION.test(text.trim()) || (line.heading && !SUBSECTION.test(text.trim()) && !/^附件/.test(label) && !REPORT_TITLE.test(text))) {
      close();
      section = { heading: text.trim(), lines: [] };
    } else if (section) {
      section.lines.push(text);
    } else if (!parts.title && REPORT_TITLE.test(text)) {
      parts.title = text.trim();
    } else if (/^部门[:：]/.test(text)) {
      parts.department = text.replace(/^部门[:：]\s*/, '').trim();
    } else if (/^自评等级[:：]/.test(text)) {
      const grade = text.replace(/^自评等级[:：]\s*/, '').trim();
      if (grade) parts.grade = grade;
    } else if (!SYSTEM_LINE.test(text.trim()) && !/^\(\d{4}年度\)$/.test(label)) {
      trace.lines.push({ place: line.place, text });
    }
  }
  close();
}

/** A title above 附件1 such as `<report title> 附件1：…评分表` names the report. */
function titleOf(region: Region, from: number, to: number, parts: Parts): void {
  for (let r = from; r < to; r++) {
    const line = lineOf(region.grid, r);
    if (!line) continue;
    region.read(line);
    const before = /^(.*?)\s*附件\s*1/.exec(line.text)?.[1];
    if (!parts.title && before && REPORT_TITLE.test(before)) parts.title = before.trim();
  }
}

function missing(trace: Trace, fileName: string, parts: [present: boolean, name: string][]): void {
  for (const [present, name] of parts) {
    if (present) continue;
    const note: Note = { code: 'PART_MISSING', place: fileName, message: `文件中没有${name}，已导入其余部分` };
    trace.notes.push(note);
  }
}

const departmentOf = (title: string) =>
  title.replace(/^\s*(?:19|20)\d{2}\s*年度?/, '').replace(/(部门)?整体支出绩效.*$|绩效自评报告$/, '').trim();
