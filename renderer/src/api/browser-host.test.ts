import { afterEach, describe, expect, it, vi } from 'vitest';
import { browserHost } from './browser-host';

afterEach(() => {
  vi.unstubAllGlobals();
});

function stubClipboard() {
  const writeText = vi.fn(async () => undefined);
  vi.stubGlobal('navigator', { clipboard: { writeText } });
  return writeText;
}

describe('browserHost (the web host’s capabilities)', () => {
  it('lists what this browser has, and not what only the app can do', async () => {
    stubClipboard();
    const answer = await browserHost('host.capabilities', {});
    expect(answer).toEqual({
      ok: true,
      value: {
        available: ['host.capabilities', 'print', 'file.save', 'file.choose', 'clipboard.write', 'clipboard.clear'],
      },
    });
  });

  it('leaves the clipboard out where the browser has none (an insecure context)', async () => {
    vi.stubGlobal('navigator', {});
    const answer = await browserHost('host.capabilities', {});
    expect(answer.ok && (answer.value as { available: string[] }).available).not.toContain('clipboard.write');
    expect(await browserHost('clipboard.write', { text: 'x' })).toMatchObject({
      ok: false,
      error: { code: 'UNKNOWN_METHOD', reason: 'HOST_UNSUPPORTED' },
    });
  });

  it('answers an absent or unknown capability with UNKNOWN_METHOD and HOST_UNSUPPORTED', async () => {
    stubClipboard();
    for (const capability of ['print.savePdf', 'folder.choose', 'file.reveal', 'shell.exec']) {
      expect(await browserHost(capability, {}), capability).toMatchObject({
        ok: false,
        error: { code: 'UNKNOWN_METHOD', reason: 'HOST_UNSUPPORTED' },
      });
    }
  });

  it('writes and clears the clipboard', async () => {
    const writeText = stubClipboard();
    expect(await browserHost('clipboard.write', { text: 'Kari' })).toEqual({ ok: true, value: {} });
    expect(await browserHost('clipboard.clear', {})).toEqual({ ok: true, value: {} });
    expect(writeText.mock.calls).toEqual([['Kari'], ['']]);
  });

  it('saves through the File System Access API where present, and a cancelled picker saves nothing', async () => {
    stubClipboard();
    const written: Blob[] = [];
    const showSaveFilePicker = vi.fn(async () => ({
      createWritable: async () => ({
        write: async (blob: Blob) => void written.push(blob),
        close: async () => undefined,
      }),
    }));
    vi.stubGlobal('window', { showSaveFilePicker });
    const input = { suggestedName: 'letter.pdf', mimeType: 'application/pdf', dataBase64: 'JVBERg==' };
    expect(await browserHost('file.save', input)).toEqual({ ok: true, value: { saved: true } });
    expect(showSaveFilePicker).toHaveBeenCalledWith({
      suggestedName: 'letter.pdf',
      types: [{ accept: { 'application/pdf': ['.pdf'] } }],
    });
    expect(await written[0]!.text()).toBe('%PDF');

    showSaveFilePicker.mockRejectedValueOnce(new DOMException('The user aborted a request.', 'AbortError'));
    expect(await browserHost('file.save', input)).toEqual({ ok: true, value: { saved: false } });
    expect(written).toHaveLength(1);
  });

  it('turns a browser failure into INTERNAL', async () => {
    const writeText = stubClipboard();
    writeText.mockRejectedValueOnce(new Error('Document is not focused.'));
    expect(await browserHost('clipboard.write', { text: 'x' })).toEqual({
      ok: false,
      error: { code: 'INTERNAL', message: 'Document is not focused.' },
    });
  });
});
