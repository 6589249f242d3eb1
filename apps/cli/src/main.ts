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
  return verb.run(args);
}

main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (error: unknown) => {
    process.stderr.write(`jixiao: ${(error as Error)?.message ?? String(error)}\n`);
    process.exitCode = EXIT.badInput;
  },
);
