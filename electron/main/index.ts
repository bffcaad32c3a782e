// The Electron main process: lifecycle only. The records live in the core's utility process;
// the window talks to it through checked IPC channels: calls to the core, the core's events back,
// and the shell's own capabilities (dialogs, printing, the clipboard).
import { app, BrowserWindow, powerMonitor, session } from 'electron';
import { handleCalls } from './call-handler';
import { CORE_SCRIPT } from './app-files';
import { closeVaultBeforeExit } from './close-before-exit';
import { coreEnvironment } from './core-env';
import { CoreRelay } from './core-relay';
import { useDataDir } from './data-dir';
import { handleHostCalls } from './host-handler';
import { installMenu } from './menu';
import { electronNativeBinding } from './native-binding';
import { lockOnSuspend } from './power-lock';
import { handleRendererScheme, registerRendererScheme } from './renderer-protocol';
import { guardWebContents, hardenSession } from './security';
import { allowUnsignedLibraries } from './unsigned-libraries';
import { createMainWindow } from './window';
import { sendToWindow } from './window-events';

// Long enough for a WAL checkpoint on a large vault, short enough that quitting never hangs.
const CLOSE_TIMEOUT_MS = 5_000;

app.setName('Trygg');
app.enableSandbox();
// Before ready, as Electron requires: the scheme the renderer is served from.
registerRendererScheme();
const dataDir = useDataDir();

// A second copy would open the same vault from a second process: hand over to the first.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  run();
}

function run(): void {
  let window: BrowserWindow | undefined;
  const log = (message: string) => console.error(`[main] ${message}`);

  const nativeBinding = electronNativeBinding();
  const relay = new CoreRelay({
    scriptPath: CORE_SCRIPT,
    env: coreEnvironment(process.env, { dataDir, nativeBinding, packaged: app.isPackaged }),
    log,
    onEvent: (event) => void sendToWindow(window, event),
    allowLoadingUnsignedLibraries: allowUnsignedLibraries(process.platform, app.isPackaged),
  });
  const lock = () => void relay.lock();
  // Quit, a system shutdown and the end of a Windows session each wait once for the core to close the vault.
  const { watchWindow } = closeVaultBeforeExit({
    platform: process.platform,
    app,
    powerMonitor,
    closeVault: () => relay.close(CLOSE_TIMEOUT_MS),
  });

  const openWindow = () => {
    window = createMainWindow();
    watchWindow(window);
    window.on('closed', () => {
      window = undefined;
      // On macOS the app outlives its window; the records must not stay open behind it.
      lock();
    });
  };

  app.on('web-contents-created', (_event, contents) => guardWebContents(contents));

  app.on('second-instance', () => {
    if (!app.isReady()) return;
    if (!window) return openWindow();
    if (window.isMinimized()) window.restore();
    window.focus();
  });

  void app.whenReady().then(() => {
    hardenSession(session.defaultSession);
    handleRendererScheme(session.defaultSession.protocol);
    relay.start();
    handleCalls(relay, () => window);
    handleHostCalls(() => window);
    installMenu(lock);
    const stopLockWatch = lockOnSuspend(lock, { log });
    app.on('will-quit', stopLockWatch);
    openWindow();
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) openWindow();
    });
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
}
