import { EventSchemas, UnknownSchemaVersion, upcastData } from './upcasting';

const schemas: EventSchemas = {
  current: { Renamed: 3 },
  steps: {
    'Renamed@1': (data) => ({ amount: data.sum }),
    'Renamed@2': (data) => ({ ...data, unit: '万元' }),
  },
};

describe('upcastData', () => {
  it('runs every step from the stored version to the current one', () => {
    expect(upcastData(schemas, 'Renamed', 1, { sum: '5' })).toEqual({ amount: '5', unit: '万元' });
    expect(upcastData(schemas, 'Renamed', 2, { amount: '5' })).toEqual({ amount: '5', unit: '万元' });
  });

  it('leaves current and unlisted types as stored', () => {
    const data = { amount: '5', unit: '元' };
    expect(upcastData(schemas, 'Renamed', 3, data)).toBe(data);
    expect(upcastData(schemas, 'Other', 1, data)).toBe(data);
  });

  it('refuses a version newer than this program knows', () => {
    expect(() => upcastData(schemas, 'Renamed', 4, {})).toThrow(UnknownSchemaVersion);
    expect(() => upcastData(schemas, 'Other', 2, {})).toThrow(UnknownSchemaVersion);
  });
});
