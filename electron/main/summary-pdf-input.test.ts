import { describe, expect, it, vi } from 'vitest';
import { withSummaryPdf } from './summary-pdf-input';

const PDF = Buffer.from('%PDF-1.4\n%%EOF\n');
const input = { clientId: '3f1c0e8e-8a57-4d3c-9e0c-0d7a1b2c3d4e', path: '/home/x/record.zip' };

describe('the case summary PDF added to a record export', () => {
  it('adds the PDF the printer makes for that client, as base64', async () => {
    const make = vi.fn(async () => PDF);
    await expect(withSummaryPdf('export.client', input, make)).resolves.toEqual({
      ...input,
      summaryPdfBase64: PDF.toString('base64'),
    });
    expect(make).toHaveBeenCalledWith(input.clientId);
  });

  it('leaves the export as it is when no PDF can be made (the manifest then says so)', async () => {
    await expect(withSummaryPdf('export.client', input, async () => undefined)).resolves.toBe(input);
  });

  it('touches nothing else: other methods, inputs without a client, an export that has its PDF', async () => {
    const make = vi.fn(async () => PDF);
    await expect(withSummaryPdf('summary.get', input, make)).resolves.toBe(input);
    await expect(withSummaryPdf('export.client', null, make)).resolves.toBeNull();
    await expect(withSummaryPdf('export.client', { path: input.path }, make)).resolves.toEqual({ path: input.path });
    const given = { ...input, summaryPdfBase64: 'JVBERi0xLjQK' };
    await expect(withSummaryPdf('export.client', given, make)).resolves.toBe(given);
    expect(make).not.toHaveBeenCalled();
  });
});
