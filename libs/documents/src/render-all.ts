import { createHash } from 'node:crypto';
import { embedImportDocument } from '@jixiao/intake';
import { renderDocx } from './docx/render-docx';
import type { CjkFont } from './fonts';
import { renderPdf } from './pdf/render-pdf';
import type { RenderInput } from './render-input';
import { renderXlsx } from './xlsx/render-xlsx';

export type DocumentFormat = 'xlsx' | 'docx' | 'pdf';

export const DOCUMENT_FORMATS: readonly DocumentFormat[] = ['xlsx', 'docx', 'pdf'];

export const CONTENT_TYPES: Record<DocumentFormat, string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
};

export interface RenderedDocument {
  format: DocumentFormat;
  contentType: string;
  body: Buffer;
  sha256: string;
}

export interface RenderOptions {
  /** The PDF's CJK font; by default findCjkFont(). */
  font?: CjkFont;
}

export interface RenderOutcome {
  rendered: RenderedDocument[];
  failed: { format: DocumentFormat; error: Error }[];
}

const RENDERERS: Record<DocumentFormat, (input: RenderInput, options: RenderOptions) => Promise<Buffer>> = {
  // XLSX and DOCX carry the import document, so a rendered report imports back to the same document (SPEC §18).
  xlsx: async (input) => embedImportDocument(await renderXlsx(input), input.document),
  docx: async (input) => embedImportDocument(await renderDocx(input), input.document),
  pdf: (input, options) => renderPdf(input, { font: options.font }),
};

/**
 * Renders each format on its own: one that fails (a PDF without a CJK font, say) does not keep the others from being
 * rendered and recorded.
 */
export async function renderEach(
  input: RenderInput, formats: readonly DocumentFormat[] = DOCUMENT_FORMATS, options: RenderOptions = {},
): Promise<RenderOutcome> {
  const outcome: RenderOutcome = { rendered: [], failed: [] };
  for (const format of formats) {
    try {
      const body = await RENDERERS[format](input, options);
      outcome.rendered.push({ format, contentType: CONTENT_TYPES[format], body, sha256: createHash('sha256').update(body).digest('hex') });
    } catch (error) {
      outcome.failed.push({ format, error: error instanceof Error ? error : new Error(String(error)) });
    }
  }
  return outcome;
}

/** All three formats, or the first failure. */
export async function renderAll(input: RenderInput, options: RenderOptions = {}): Promise<RenderedDocument[]> {
  const { rendered, failed } = await renderEach(input, DOCUMENT_FORMATS, options);
  if (failed.length) throw failed[0].error;
  return rendered;
}
