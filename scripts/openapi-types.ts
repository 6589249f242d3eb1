import openapiTS, { astToString } from 'openapi-typescript';

const BANNER = '/* Generated from openapi.json by `npm run openapi` (openapi-typescript). Do not edit. */\n\n';

/** The web app's API types, generated from the document. */
export async function generatedTypes(document: object): Promise<string> {
  const ast = await openapiTS(document as never, { alphabetize: false });
  return BANNER + astToString(ast);
}
