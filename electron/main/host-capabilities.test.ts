import { describe, expect, it, vi } from 'vitest';
import { HOST_CAPABILITIES, MAX_HOST_FILE_BYTES } from '@shared/api/host';
import { createHostDispatch, type Shell } from './host-capabilities';

/** A shell whose dialogs answer what the test says and which records what was done. */
function fakeShell(answers: { savePath?: string; openPath?: string; folder?: string; size?: number } = {}) {
  const written = new Map<string, Uint8Array>();
  const shell = {
    print: vi.fn(async () => undefined),
    printToPdf: vi.fn(async () => new TextEncoder().encode('%PDF-1.7')),
    chooseSavePath: vi.fn(async () => answers.savePath),
    chooseOpenPath: vi.fn(async () => answers.openPath),
    chooseFolder: vi.fn(async () => answers.folder),
    fileSize: vi.fn(async () => answers.size ?? 4),
    readFile: vi.fn(async () => new Uint8Array([1, 2, 3, 4])),
    writeFile: vi.fn(async (path: string, bytes: Uint8Array) => void written.set(path, bytes)),
    reveal: vi.fn(),
    writeClipboard: vi.fn(),
    clearClipboard: vi.fn(),
  } satisfies Shell;
  const log = vi.fn();
  return { shell, written, log, host: createHostDispatch(shell, log) };
}

describe('host capabilities in the app', () => {
  it('has every capability', async () => {
    const { host } = fakeShell();
    expect(await host('host.capabilities', {})).toEqual({ ok: true, value: { available: HOST_CAPABILITIES } });
  });

  it('writes and clears the clipboard', async () => {
    const { host, shell } = fakeShell();
    expect(await host('clipboard.write', { text: 'Kari Nordmann' })).toEqual({ ok: true, value: {} });
    expect(shell.writeClipboard).toHaveBeenCalledWith('Kari Nordmann');
    expect(await host('clipboard.clear', {})).toEqual({ ok: true, value: {} });
    expect(shell.clearClipboard).toHaveBeenCalled();
  });

  it('saves bytes where the clinician chooses, and nothing when they cancel', async () => {
    const saving = fakeShell({ savePath: '/home/k/letter.pdf' });
    const input = { suggestedName: 'letter.pdf', mimeType: 'application/pdf', dataBase64: 'JVBERg==' };
    expect(await saving.host('file.save', input)).toEqual({
      ok: true,
      value: { saved: true, path: '/home/k/letter.pdf' },
    });
    expect(saving.shell.chooseSavePath).toHaveBeenCalledWith('letter.pdf', 'application/pdf');
    expect(Buffer.from(saving.written.get('/home/k/letter.pdf')!).toString()).toBe('%PDF');

    const cancelling = fakeShell();
    expect(await cancelling.host('file.save', input)).toEqual({ ok: true, value: { saved: false } });
    expect(cancelling.written.size).toBe(0);
  });

  it('hands out a path to save to or to read from, for the core to use, and none when they cancel', async () => {
    const saving = fakeShell({ savePath: '/home/k/EK-7-record.zip', openPath: '/home/k/EK-7-record.zip' });
    expect(
      await saving.host('file.chooseSavePath', { suggestedName: 'EK-7-record.zip', mimeType: 'application/zip' }),
    ).toEqual({
      ok: true,
      value: { path: '/home/k/EK-7-record.zip' },
    });
    expect(saving.written.size).toBe(0);
    expect(await saving.host('file.reveal', { path: '/home/k/EK-7-record.zip' })).toEqual({ ok: true, value: {} });
    expect(await saving.host('file.chooseOpenPath', { accept: ['application/zip'] })).toEqual({
      ok: true,
      value: { path: '/home/k/EK-7-record.zip' },
    });
    expect(await saving.host('file.chooseOpenPath', { accept: ['application/pdf'] })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', reason: 'FILE_TYPE' },
    });

    const cancelling = fakeShell();
    expect(
      await cancelling.host('file.chooseSavePath', { suggestedName: 'a.zip', mimeType: 'application/zip' }),
    ).toEqual({
      ok: true,
      value: { path: null },
    });
    expect(await cancelling.host('file.chooseOpenPath', { accept: ['application/zip'] })).toEqual({
      ok: true,
      value: { path: null },
    });
  });

  it('prints, and saves the page as a PDF after the dialog', async () => {
    const { host, shell, written } = fakeShell({ savePath: '/tmp/summary.pdf' });
    expect(await host('print', {})).toEqual({ ok: true, value: {} });
    expect(shell.print).toHaveBeenCalled();
    expect(await host('print.savePdf', { suggestedName: 'summary.pdf' })).toMatchObject({
      ok: true,
      value: { saved: true },
    });
    expect(new TextDecoder().decode(written.get('/tmp/summary.pdf'))).toBe('%PDF-1.7');
  });

  it('reads a chosen file of an accepted type, and refuses other types and oversized files', async () => {
    const png = fakeShell({ openPath: '/home/k/Scan.PNG' });
    expect(await png.host('file.choose', { accept: ['image/png'] })).toEqual({
      ok: true,
      value: { file: { name: 'Scan.PNG', mimeType: 'image/png', dataBase64: 'AQIDBA==' } },
    });
    expect(png.shell.chooseOpenPath).toHaveBeenCalledWith(['image/png']);

    const exe = fakeShell({ openPath: '/home/k/setup.exe' });
    expect(await exe.host('file.choose', { accept: ['image/png'] })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', reason: 'FILE_TYPE' },
    });
    const pdfNotAccepted = fakeShell({ openPath: '/home/k/a.pdf' });
    expect(await pdfNotAccepted.host('file.choose', { accept: ['image/png'] })).toMatchObject({ ok: false });

    const huge = fakeShell({ openPath: '/home/k/a.pdf', size: MAX_HOST_FILE_BYTES + 1 });
    expect(await huge.host('file.choose', { accept: ['application/pdf'] })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', reason: 'TOO_LARGE' },
    });
    expect(huge.shell.readFile).not.toHaveBeenCalled();

    expect(await fakeShell().host('file.choose', { accept: ['application/pdf'] })).toEqual({
      ok: true,
      value: { file: null },
    });
  });

  it('reveals only files it saved or folders the clinician chose in this run', async () => {
    const { host, shell } = fakeShell({ savePath: '/home/k/letter.pdf', folder: '/backups' });
    expect(await host('file.reveal', { path: '/etc/passwd' })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    await host('file.save', { suggestedName: 'letter.pdf', mimeType: 'application/pdf', dataBase64: 'JVBERg==' });
    expect(await host('folder.choose', {})).toEqual({ ok: true, value: { folder: { path: '/backups' } } });
    expect(await host('file.reveal', { path: '/home/k/letter.pdf' })).toEqual({ ok: true, value: {} });
    expect(await host('file.reveal', { path: '/backups' })).toEqual({ ok: true, value: {} });
    expect(shell.reveal.mock.calls).toEqual([['/home/k/letter.pdf'], ['/backups']]);
  });

  it('refuses unknown capabilities and bad input before doing anything', async () => {
    const { host, shell } = fakeShell({ savePath: '/x' });
    expect(await host('shell.exec', { command: 'rm' })).toMatchObject({
      ok: false,
      error: { code: 'UNKNOWN_METHOD', reason: 'HOST_UNSUPPORTED' },
    });
    const bad = [
      ['file.save', { suggestedName: '../../.bashrc', mimeType: 'application/pdf', dataBase64: 'JVBERg==' }],
      ['file.save', { suggestedName: 'a.exe', mimeType: 'application/x-msdownload', dataBase64: 'JVBERg==' }],
      ['file.save', { suggestedName: 'a.pdf', mimeType: 'application/pdf', dataBase64: 'not base64!' }],
      ['clipboard.write', { text: 42 }],
      ['clipboard.clear', { extra: true }],
      ['file.choose', { accept: [] }],
    ] as const;
    for (const [capability, input] of bad) {
      expect(await host(capability, input), capability).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    }
    expect(shell.chooseSavePath).not.toHaveBeenCalled();
    expect(shell.writeClipboard).not.toHaveBeenCalled();
  });

  it('answers a failure of the shell in plain words, and logs it', async () => {
    const { host, shell, log } = fakeShell({ savePath: '/readonly/a.pdf' });
    shell.writeFile.mockRejectedValueOnce(new Error('EACCES'));
    const result = await host('file.save', {
      suggestedName: 'a.pdf',
      mimeType: 'application/pdf',
      dataBase64: 'JVBERg==',
    });
    expect(result).toEqual({ ok: false, error: { code: 'INTERNAL', message: 'Trygg could not do that.' } });
    expect(log).toHaveBeenCalled();
  });
});
