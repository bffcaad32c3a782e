import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { TryggBridge } from '@shared/api/bridge';
import type { CoreEvent } from '@shared/api/events';
import { CALL_CHANNEL, EVENT_CHANNEL, HOST_CHANNEL } from '../main/ipc-channel';

// The page gets three functions. Main checks the sender and validates every request, and sends
// events only to our window, so nothing here needs trusting; ipcRenderer itself never crosses
// the bridge, nor does the IPC event object (it would hand the page `sender`).
const bridge: TryggBridge = {
  call: (method, input) => ipcRenderer.invoke(CALL_CHANNEL, { method, input }),
  onEvent: (listener) => {
    const relay = (_event: IpcRendererEvent, data: CoreEvent) => listener(data);
    ipcRenderer.on(EVENT_CHANNEL, relay);
    return () => void ipcRenderer.removeListener(EVENT_CHANNEL, relay);
  },
  host: (capability, input) => ipcRenderer.invoke(HOST_CHANNEL, { capability, input }),
};

contextBridge.exposeInMainWorld('trygg', bridge);
