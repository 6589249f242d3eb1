import { readImportFile } from '@jixiao/intake';

export interface XlsxProblem {
  path: string;
  message: string;
}

export type ReadXlsx = { ok: true; document: any } | { ok: false; problems: XlsxProblem[] };

/** The first form of a workbook, read by its printed labels (@jixiao/intake); kept for the callers of the old fixed-address reader. */
export async function readProjectFormXlsx(buffer: Buffer): Promise<ReadXlsx> {
  try {
    const [first] = await readImportFile(buffer, 'form.xlsx');
    if (!first.ok || !first.document) {
      return { ok: false, problems: (first.problems ?? []).map((p) => ({ ...p, path: p.path === 'form.xlsx' ? 'file' : p.path.replace(/^.*!/, '') })) };
    }
    const { origin: _origin, ...document } = first.document;
    return { ok: true, document };
  } catch (error) {
    return { ok: false, problems: [{ path: 'file', message: (error as Error).message }] };
  }
}
