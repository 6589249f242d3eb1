import { AMOUNT_UNIT, AMOUNTS_HEADING, BASE_DATA_LABELS } from '@jixiao/intake';
import { beijingOffice } from '@jixiao/testing';
import { baseDataRows, baseDataTables } from './base-data';

describe('baseDataRows', () => {
  it('names every row of the seed 附件2 as printed, in Chinese', () => {
    const rows = baseDataRows(beijingOffice().baseData);
    expect(rows).toContainEqual(['财政供养人员情况（人） · 编制数', '14']);
    expect(rows).toContainEqual(['三公经费（万元） · 3、公务接待', '23.21 | 20.88 | 25.54']);
    expect(rows).toContainEqual(['楼堂馆所控制情况 · 投资概算控制率', '100%']);
    rows.forEach(([label]) => expect(label).not.toMatch(/[A-Za-z]/));
  });

  it('draws the printed tables in the printed order, whatever order the keys come in (jsonb sorts them)', () => {
    const shuffled = (value: unknown): unknown => (value && typeof value === 'object' && !Array.isArray(value)
      ? Object.fromEntries(Object.entries(value).reverse().map(([k, v]) => [k, shuffled(v)])) : value);
    const tables = baseDataTables(shuffled(beijingOffice().baseData));
    expect(tables.map((t) => t.headings[0])).toEqual(['财政供养人员情况（人）', '经费控制情况（万元）', '楼堂馆所控制情况']);
    expect(tables[0].headings).toEqual(['财政供养人员情况（人）', '编制数', '实际在职人数', '控制率']);
    expect(tables[1].headings).toEqual(['经费控制情况（万元）', '2020年决算数', '2021年预算数', '2021年决算数']);
    expect(tables[1].rows.map((r) => r[0].trim())).toEqual([
      '三公经费', '1、公务用车购置和维护经费', '其中：公车运行维护', '2、出国经费', '3、公务接待', '项目支出', '1、业务工作经费',
      '2、维权维稳经费', '公用经费', '其中：办公经费', '水费、电费、差旅费', '会议费、培训费', '部门基本支出预算调整',
    ]);
    expect(tables[1].rows[4].slice(1)).toEqual(['23.21', '20.88', '25.54']);
    expect(tables[0].title).toBe('附件2：部门整体支出绩效评价基础数据表');
    expect(tables[2].footer).toMatch(/^填表人：/);
  });

  it('keeps a key it has no name for, rather than dropping its value', () => {
    expect(baseDataRows({ staffing: { newField: '3' } })).toEqual([['财政供养人员情况（人） · newField', '3']]);
  });

  it('prints each row and column name from the one list libs/intake reads 附件2 by', () => {
    const names = new Set([AMOUNTS_HEADING, ...Object.values(BASE_DATA_LABELS).flatMap((l) => [l, l.replace(AMOUNT_UNIT, '')])]);
    const tables = baseDataTables(beijingOffice().baseData);
    const printed = tables.flatMap((t) => [...t.headings, ...t.rows.map((r) => r[0])]).map((n) => n.trim()).filter((n) => n && !/年(决算|预算)数$/.test(n));
    expect(printed.filter((n) => !names.has(n))).toEqual([]);
  });
});
