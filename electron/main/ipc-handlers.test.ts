import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { BrowserWindow, IpcMainInvokeEvent } from 'electron';

// Stand-ins for Electron: the handlers main registers, and the clipboard the host writes to.
const handlers = new Map<string, (event: IpcMainInvokeEvent, payload: unknown) => Promise<unknown>>();
const clipboard = { writeText: vi.fn(), clear: vi.fn() };
vi.mock('electron', () => ({
  ipcMain: { handle: (channel: string, handler: never) => handlers.set(channel, handler) },
  clipboard,
  dialog: {},
  shell: {},
}));

const { RENDERER_URL } = await import('./app-files');
const { handleCalls } = await import('./call-handler');
const { handleHostCalls } = await import('./host-handler');
const { CALL_CHANNEL, EVENT_CHANNEL, HOST_CHANNEL } = await import('./ipc-channel');
const { sendToWindow } = await import('./window-events');

const OUR_PAGE = `${RENDERER_URL}#/clients`;

/** A window whose top frame shows `url`; records what main sends it. */
function fakeWindow(url = OUR_PAGE) {
  const sent: unknown[][] = [];
  const mainFrame = { processId: 7, routingId: 1, url };
  const window = {
    isDestroyed: () => false,
    webContents: { id: 3, mainFrame, isDestroyed: () => false, send: (...args: unknown[]) => sent.push(args) },
  };
  return { window: window as unknown as BrowserWindow, sent, mainFrame };
}

const from = (frame: { processId: number; routingId: number; url: string }, senderId = 3) =>
  ({ sender: { id: senderId }, senderFrame: frame }) as unknown as IpcMainInvokeEvent;

beforeEach(() => {
  handlers.clear();
  clipboard.writeText.mockClear();
});

describe('the host capability channel', () => {
  it('serves our window’s page, with the Result shape of the door', async () => {
    const { window, mainFrame } = fakeWindow();
    handleHostCalls(() => window);
    const host = handlers.get(HOST_CHANNEL)!;
    await expect(host(from(mainFrame), { capability: 'clipboard.write', input: { text: 'hei' } })).resolves.toEqual({
      ok: true,
      value: {},
    });
    expect(clipboard.writeText).toHaveBeenCalledWith('hei');
    await expect(host(from(mainFrame), { capability: 'clipboard.write' })).resolves.toMatchObject({
      ok: false,
      error: { code: 'VALIDATION' },
    });
    await expect(host(from(mainFrame), 'clipboard.write')).resolves.toMatchObject({
      ok: false,
      error: { code: 'VALIDATION' },
    });
  });

  it('refuses other pages, other frames and other windows, doing nothing', async () => {
    const { window, mainFrame } = fakeWindow();
    handleHostCalls(() => window);
    const host = handlers.get(HOST_CHANNEL)!;
    const payload = { capability: 'clipboard.write', input: { text: 'hei' } };
    await expect(host(from({ ...mainFrame, url: 'https://example.org/' }), payload)).rejects.toThrow(/Refused/);
    await expect(host(from({ ...mainFrame, routingId: 2 }), payload)).rejects.toThrow(/Refused/);
    await expect(host(from(mainFrame, 4), payload)).rejects.toThrow(/Refused/);
    handleHostCalls(() => undefined);
    await expect(handlers.get(HOST_CHANNEL)!(from(mainFrame), payload)).rejects.toThrow(/Refused/);
    expect(clipboard.writeText).not.toHaveBeenCalled();
  });

  it('is a channel of its own beside the core’s', async () => {
    const { window, mainFrame } = fakeWindow();
    const relay = { call: vi.fn(async () => ({ ok: true as const, value: { state: 'locked' } })) };
    handleCalls(relay as never, () => window);
    handleHostCalls(() => window);
    expect([...handlers.keys()].sort()).toEqual([CALL_CHANNEL, HOST_CHANNEL].sort());
    await handlers.get(CALL_CHANNEL)!(from(mainFrame), { method: 'vault.status', input: {} });
    expect(relay.call).toHaveBeenCalledWith('vault.status', {});
  });
});

describe('the record export’s case summary', () => {
  const clientId = '3f1c0e8e-8a57-4d3c-9e0c-0d7a1b2c3d4e';

  it('prints the summary for an export from our window and lets the printing window read, nothing else', async () => {
    const { window, mainFrame } = fakeWindow();
    const printing = fakeWindow();
    (printing.window.webContents as { id: number }).id = 9;
    const relay = { call: vi.fn(async () => ({ ok: true as const, value: {} })) };
    const printer = {
      window: () => printing.window,
      print: vi.fn(async () => Buffer.from('%PDF-1.4\n')),
    };
    handleCalls(relay as never, () => window, printer as never);
    const call = handlers.get(CALL_CHANNEL)!;
    await call(from(mainFrame), { method: 'export.client', input: { clientId, path: '/x/r.zip' } });
    expect(printer.print).toHaveBeenCalledWith(clientId);
    expect(relay.call).toHaveBeenLastCalledWith('export.client', {
      clientId,
      path: '/x/r.zip',
      summaryPdfBase64: Buffer.from('%PDF-1.4\n').toString('base64'),
    });
    // The printing window reads the summary, and cannot start an export that prints again.
    await call(from(printing.mainFrame, 9), { method: 'summary.get', input: { clientId } });
    expect(relay.call).toHaveBeenLastCalledWith('summary.get', { clientId });
    await call(from(printing.mainFrame, 9), { method: 'export.client', input: { clientId, path: '/x/s.zip' } });
    expect(printer.print).toHaveBeenCalledTimes(1);
    await expect(call(from(mainFrame, 4), { method: 'summary.get', input: {} })).rejects.toThrow(/Refused/);
  });
});

describe('events to the window', () => {
  const locked = { type: 'vault.locked', payload: {} } as const;

  it('go to our page on the event channel', () => {
    const { window, sent } = fakeWindow();
    expect(sendToWindow(window, locked)).toBe(true);
    expect(sent).toEqual([[EVENT_CHANNEL, locked]]);
  });

  it('never go to another page, a closed window or no window', () => {
    const stranger = fakeWindow('https://example.org/');
    expect(sendToWindow(stranger.window, locked)).toBe(false);
    expect(stranger.sent).toEqual([]);
    const closed = fakeWindow();
    (closed.window as unknown as { isDestroyed: () => boolean }).isDestroyed = () => true;
    expect(sendToWindow(closed.window, locked)).toBe(false);
    expect(sendToWindow(undefined, locked)).toBe(false);
  });
});
