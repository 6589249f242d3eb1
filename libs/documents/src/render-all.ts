import { createHash } from 'node:crypto';
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
    ['xlsx', await renderXlsx(input)], ['docx', await renderDocx(input)], ['pdf', await renderPdf(input)],
  ];
  return bodies.map(([format, body]) => ({
    format, contentType: CONTENT_TYPES[format], body, sha256: createHash('sha256').update(body).digest('hex'),
  }));
}
