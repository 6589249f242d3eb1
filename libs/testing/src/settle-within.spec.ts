import { settleWithin } from './settle-within';

describe('settleWithin', () => {
  let written: string[];
  let write: jest.SpyInstance;
  beforeEach(() => {
    written = [];
    write = jest.spyOn(process.stderr, 'write').mockImplementation((text) => written.push(String(text)) > 0);
  });
  afterEach(() => write.mockRestore());

  it('goes on after its time when a step never ends, and names the step', async () => {
    const started = Date.now();
    await settleWithin(50, 'the worker stopping', new Promise(() => undefined));
    expect(Date.now() - started).toBeGreaterThanOrEqual(45);
    expect(written).toEqual(['teardown: the worker stopping took more than 50 ms; going on without it\n']);
  });

  it('says nothing of a step that ends in time, and passes its failure on', async () => {
    await settleWithin(1000, 'the pool ending', Promise.resolve());
    await settleWithin(1000, 'nothing to stop', undefined);
    await expect(settleWithin(1000, 'the API closing', Promise.reject(new Error('closed twice')))).rejects.toThrow('closed twice');
    expect(written).toEqual([]);
  });
});
