import { InvalidInput } from '@jixiao/domain';
import { parseIfMatch, PreconditionRequired, requireIfMatch } from './etag';

describe('If-Match', () => {
  it.each([['"5"', 5], ['W/"5"', 5], ['5', 5], [' "12" ', 12]])('reads %p as version %p', (header, version) => {
    expect(parseIfMatch(header)).toBe(version);
  });

  it('is optional for edits and required for transitions', () => {
    expect(parseIfMatch(undefined)).toBeUndefined();
    expect(() => requireIfMatch(undefined)).toThrow(PreconditionRequired);
  });

  it.each(['"abc"', '*', '"-1"', '"1.5"'])('refuses %p naming the header', (header) => {
    expect(() => parseIfMatch(header)).toThrow(InvalidInput);
  });
});
