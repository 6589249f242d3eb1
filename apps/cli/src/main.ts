import pino from 'pino';
import { createLogger } from '@jixiao/observability';
import { EXIT } from './verb';
import { verbs } from './verbs';

async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  const usage = `用法:\n${verbs.map((v) => `  jixiao ${v.usage}`).join('\n')}\n`;
  if (name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(usage);
    return EXIT.ok;
  }
  const verb = verbs.find((candidate) => candidate.name === name);
  if (!verb) {
    process.stderr.write(`${name ? `未知的命令 ${name}\n` : ''}${usage}`);
    return EXIT.badInput;
  }
  // One JSON line per command on stderr (stdout is the command's output), at LOG_LEVEL; by default only warnings.
  const log = createLogger('cli', { level: process.env.LOG_LEVEL ?? 'warn', destination: pino.destination(2) });
  const started = process.hrtime.bigint();
  const durationMs = () => Math.round(Number(process.hrtime.bigint() - started) / 1e6);
  try {
    const code = await verb.run(args);
    log[code === EXIT.ok ? 'info' : 'warn']({ command: name, exitCode: code, durationMs: durationMs() }, 'command');
    return code;
  } catch (error) {
    log.error({ command: name, error: (error as Error)?.message, durationMs: durationMs() }, 'command failed');
    throw error;
  }
}

main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (error: unknown) => {
    process.stderr.write(`jixiao: ${(error as Error)?.message ?? String(error)}\n`);
    process.exitCode = EXIT.badInput;
  },
);
