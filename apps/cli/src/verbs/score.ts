import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { readImportFile, UploadRefused } from '@jixiao/intake';
import { parseImportDocument, scoreDocument, scoreView } from '@jixiao/scoring';
import { EXIT, Verb } from '../verb';

/** SPEC §11: `jixiao score FILE` scores an import document without any server and prints the result as JSON. */
export const score: Verb = {
  name: 'score',
  usage: 'score FILE    为导入文件（项目支出绩效自评表或部门整体支出绩效自评报告 JSON）计算得分并检查一致性',
  async run(args) {
    const [file] = args;
    if (!file || args.length > 1) return fail('用法: jixiao score FILE（一个导入文件）');
    if (/\.(xlsx|xlsm|docx)$/i.test(file)) return scoreFile(file);
    const text = readText(file);
    if (text instanceof Error) return fail(`无法读取文件 ${file}: ${text.message}`);
    let json: unknown;
    try {
      json = JSON.parse(text.replace(/^\uFEFF/, ''));
    } catch (error) {
      return fail(`${file} 不是有效的 JSON: ${(error as Error).message}`);
    }
    const parsed = parseImportDocument(json);
    if (!parsed.ok) {
      return fail(`${file} 不是有效的导入文件:\n${parsed.problems.map((p) => `  ${p.path}: ${p.message}`).join('\n')}`);
    }
    process.stdout.write(`${JSON.stringify(scoreView(scoreDocument(parsed.document)), null, 2)}\n`);
    return EXIT.ok;
  },
};

/** SPEC §18: a workbook or Word file; one form prints the §11 object, several `{"forms": [{sheet, …}]}`. */
async function scoreFile(file: string): Promise<number> {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    return fail(`无法读取文件 ${file}: ${(error as Error).message}`);
  }
  let forms;
  try {
    forms = await readImportFile(bytes, basename(file));
  } catch (error) {
    if (error instanceof UploadRefused) return fail(`${file} 无法读取：${error.message}`);
    throw error;
  }
  const scored = [];
  for (const form of forms) {
    const parsed = form.ok ? parseImportDocument(form.document) : { ok: false as const, problems: form.problems ?? [] };
    if (!parsed.ok) {
      return fail(`${file}${form.sheet ? `（${form.sheet}）` : ''} 不是可读取的自评表:\n${parsed.problems.map((p) => `  ${p.path}: ${p.message}`).join('\n')}`);
    }
    scored.push({ sheet: form.sheet, ...scoreView(scoreDocument(parsed.document)) });
  }
  const printed = scored.length === 1 ? (({ sheet: _sheet, ...view }) => view)(scored[0]) : { forms: scored };
  process.stdout.write(`${JSON.stringify(printed, null, 2)}\n`);
  return EXIT.ok;
}

function readText(file: string): string | Error {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return new Error(code === 'ENOENT' ? '文件不存在' : code === 'EISDIR' ? '这是一个目录' : code === 'EACCES' ? '没有读取权限' : (error as Error).message);
  }
}

function fail(message: string): number {
  process.stderr.write(`${message}\n`);
  return EXIT.badInput;
}
