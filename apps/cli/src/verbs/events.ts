import { verifyChain } from '@jixiao/event-store';
import { EXIT, Verb } from '../verb';
import { databaseUrl, fail, withPool } from './database';

/** `jixiao events verify`: recomputes the hash chain of every stream and names the first broken link. */
export const events: Verb = {
  name: 'events',
  usage: 'events verify 校验事件哈希链，指出第一个被篡改或断开的事件',
  async run(args) {
    if (args.length !== 1 || args[0] !== 'verify') return fail('用法: jixiao events verify', EXIT.badInput);
    const url = databaseUrl();
    if (url instanceof Error) return fail(url.message, EXIT.badInput);
    const result = await withPool(url, (pool) => verifyChain(pool));
    if (!result.broken) {
      process.stdout.write(`哈希链完好：${result.checked} 个事件，${result.streams} 个事件流\n`);
      return EXIT.ok;
    }
    const { position, streamId, version, type, reason } = result.broken;
    process.stdout.write(
      `哈希链断开：位置 ${position}，事件流 ${streamId} 第 ${version} 版（${type}）\n  ${reason}\n` +
      `  此前 ${result.checked} 个事件校验通过\n`,
    );
    return EXIT.checkFailed;
  },
};
