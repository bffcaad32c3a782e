/**
 * An export.client call from our window, with the client's case summary added as a PDF when one
 * can be made (`make` answers undefined when it cannot): the archive's summary.pdf. Anything
 * else, or an export that already carries a PDF, passes unchanged. No Electron here, so the rule
 * is tested without it.
 */
export async function withSummaryPdf(
  method: string,
  input: unknown,
  make: (clientId: string) => Promise<Uint8Array | undefined>,
): Promise<unknown> {
  if (method !== 'export.client' || typeof input !== 'object' || input === null) return input;
  const { clientId, summaryPdfBase64 } = input as { clientId?: unknown; summaryPdfBase64?: unknown };
  if (typeof clientId !== 'string' || summaryPdfBase64 !== undefined) return input;
  const pdf = await make(clientId);
  return pdf ? { ...input, summaryPdfBase64: Buffer.from(pdf).toString('base64') } : input;
}
