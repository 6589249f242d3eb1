import { beijingOffice } from '@jixiao/testing';
import { baseDataRows } from './base-data';

describe('baseDataRows', () => {
  it('names every row of the seed 附件2 as printed, in Chinese', () => {
    const rows = baseDataRows(beijingOffice().baseData);
    expect(rows).toContainEqual(['财政供养人员情况（人） · 编制数', '14']);
    expect(rows).toContainEqual(['三公经费（万元） · 3、公务接待', '23.21 | 20.88 | 25.54']);
    expect(rows).toContainEqual(['楼堂馆所控制情况 · 投资概算控制率', '100%']);
    rows.forEach(([label]) => expect(label).not.toMatch(/[A-Za-z]/));
  });

  it('keeps a key it has no name for, rather than dropping its value', () => {
    expect(baseDataRows({ staffing: { newField: '3' } })).toEqual([['财政供养人员情况（人） · newField', '3']]);
  });
});
