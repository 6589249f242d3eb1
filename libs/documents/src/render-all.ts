import { createHash } from 'node:crypto';
import { embedImportDocument } from '@jixiao/intake';
import { renderDocx } from './docx/render-docx';
import { renderPdf } from './pdf/render-pdf';
import type { RenderInput } from './render-input';
import { renderXlsx } from './xlsx/render-xlsx';

export type DocumentFormat = 'xlsx' | 'docx' | 'pdf';

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

export async function renderAll(input: RenderInput): Promise<RenderedDocument[]> {
  const bodies: [DocumentFormat, Buffer][] = [
    // XLSX and DOCX carry the import document, so a rendered report imports back to the same document (SPEC §18).
    ['xlsx', await embedImportDocument(await renderXlsx(input), input.document)],
    ['docx', await embedImportDocument(await renderDocx(input), input.document)],
    ['pdf', await renderPdf(input)],
  ];
  return bodies.map(([format, body]) => ({
    format, contentType: CONTENT_TYPES[format], body, sha256: createHash('sha256').update(body).digest('hex'),
  }));
}
