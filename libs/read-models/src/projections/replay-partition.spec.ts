import fc from 'fast-check';
import { isAtOrBefore, later } from './replay-partition';

const count = fc.bigInt({ min: 0n, max: (1n << 64n) - 1n });
const cursor = fc.record({ transactionId: count, position: count });
const printed = ({ transactionId, position }: { transactionId: bigint; position: bigint }) => ({
  transactionId: transactionId.toString(),
  position: position.toString(),
});

describe('log cursors', () => {
  it('orders cursors by transaction, then position, as the numbers they print, up to 2^64', () => {
    fc.assert(
      fc.property(cursor, cursor, (a, b) => {
        const expected = a.transactionId < b.transactionId || (a.transactionId === b.transactionId && a.position <= b.position);
        expect(isAtOrBefore(printed(a), printed(b))).toBe(expected);
        expect(later(printed(a), printed(b))).toEqual(printed(expected ? b : a));
      }),
      { numRuns: 2000 },
    );
  });

  it('orders numbers of different lengths by their size, not their text', () => {
    expect(isAtOrBefore({ transactionId: '9', position: '1' }, { transactionId: '10', position: '1' })).toBe(true);
    expect(isAtOrBefore({ transactionId: '10', position: '1' }, { transactionId: '9', position: '1' })).toBe(false);
    expect(isAtOrBefore({ transactionId: '7', position: '100' }, { transactionId: '7', position: '99' })).toBe(false);
  });
});
