import * as domain from '../index';
import { Refusal } from './errors';

describe('domain refusals', () => {
  it('all share one base type, so a command decided on a cached state is decided again after any of them', () => {
    // An event stored by a newer program is a fault to report, not a decision: it is the one other error.
    const notRefusals = ['Refusal', 'UnknownSchemaVersion'];
    const errorClasses = Object.entries(domain).filter(
      ([name, value]) => !notRefusals.includes(name) && typeof value === 'function' && value.prototype instanceof Error,
    );
    expect(errorClasses.length).toBeGreaterThanOrEqual(4);
    expect(
      errorClasses.filter(([, value]) => !((value as { prototype: unknown }).prototype instanceof Refusal)).map(([name]) => name),
    ).toEqual([]);
  });
});
