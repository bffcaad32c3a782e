import { contextBridge, ipcRenderer } from 'electron';
import type { TryggBridge } from '@shared/api/bridge';
import { CALL_CHANNEL } from '../main/ipc-channel';

// The page gets exactly one function. Main checks the sender and validates every request, so
// nothing here needs trusting; ipcRenderer itself never crosses the bridge.
const bridge: TryggBridge = {
  call: (method, input) => ipcRenderer.invoke(CALL_CHANNEL, { method, input }),
};

contextBridge.exposeInMainWorld('trygg', bridge);
