import fc from 'fast-check';
import { canonicalJson, hashEvent } from './hash-chain';

/** canonicalJson as the first chains were hashed with it: what any faster version must still write. */
function canonicalJsonAsFirstWritten(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(canonicalJsonAsFirstWritten).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJsonAsFirstWritten(v)}`).join(',')}}`;
}

const withUndefined = fc.letrec((tie) => ({
  value: fc.oneof({ depthSize: 'small' }, fc.jsonValue({ maxDepth: 2 }), fc.constant(undefined), tie('array'), tie('object')),
  array: fc.array(tie('value'), { maxLength: 4 }),
  object: fc.dictionary(fc.oneof(fc.string({ maxLength: 4 }), fc.constantFrom('10', '9', '产出', '__proto__x')), tie('value'), { maxKeys: 5 }),
})).value;

function keysReversed(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(keysReversed);
  return Object.fromEntries(Object.entries(value).reverse().map(([k, v]) => [k, keysReversed(v)]));
}

describe('the hash chain', () => {
  const event = {
    streamId: 'report-6f1c2a4e-0b7d-4c8e-9a51-3d2f7e8b9c10', version: 7, type: 'SelfScoreChanged', schemaVersion: 2,
    data: {
      indicatorId: 'i3', from: '4.5', to: '3', reason: '实际完成值低于目标', skipped: undefined,
      totals: { form: { score: '87.50', levels: { '产出指标(50分)': '产出指标(48分)' } } }, list: [1, 'two', null, { b: 2, a: 1 }], 10: 'ten', 9: 'nine',
    },
    metadata: { actor: { username: 'hn-preparer', role: 'preparer', department: '009' }, at: '2026-11-27T08:00:00.000Z', correlationId: 'c-1', causationId: null },
  };

  it('hashes an event as every stored chain was hashed (known answers)', () => {
    expect(canonicalJson(event.data)).toBe(
      '{"10":"ten","9":"nine","from":"4.5","indicatorId":"i3","list":[1,"two",null,{"a":1,"b":2}],"reason":"实际完成值低于目标","to":"3",' +
        '"totals":{"form":{"levels":{"产出指标(50分)":"产出指标(48分)"},"score":"87.50"}}}',
    );
    expect(hashEvent(null, event)).toBe('f67916ddad42dc28c445cb1981370b18d6ea54ef57ffc3402d4aeb2e1b7663c1');
    expect(hashEvent('ab'.repeat(32), event)).toBe('7cc6e9454219171403b911b7f7daadb3e30cc78b522b8b3740599c312aa1c87f');
  });

  it('writes every value as the first canonicalJson did, sparse arrays included', () => {
    fc.assert(fc.property(withUndefined, (value) => expect(canonicalJson(value)).toBe(canonicalJsonAsFirstWritten(value))));
    // eslint-disable-next-line no-sparse-arrays
    expect(canonicalJson([1, , 3])).toBe(canonicalJsonAsFirstWritten([1, , 3]));
  });

  it('is valid JSON of the same value, whatever order the keys were set in', () => {
    fc.assert(fc.property(fc.jsonValue(), (value) => {
      expect(JSON.parse(canonicalJson(value))).toEqual(JSON.parse(JSON.stringify(value)));
      expect(canonicalJson(keysReversed(value))).toBe(canonicalJson(value));
    }));
  });
});
