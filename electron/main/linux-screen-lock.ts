import { EventEmitter } from 'node:events';
import { Message, MessageType, sessionBus, systemBus, type MessageBus } from '@jellybrick/dbus-next';

// powerMonitor's lock-screen exists only on macOS and Windows. On Linux the desktop says it over
// D-Bus: the screen savers' ActiveChanged(true) on the session bus (GNOME Shell, KDE, Xfce,
// Cinnamon, MATE), and logind on the system bus, which emits Lock for `loginctl lock-session`
// and sets the session's LockedHint when a desktop locks it.

const SCREEN_SAVERS = [
  'org.freedesktop.ScreenSaver',
  'org.gnome.ScreenSaver',
  'org.xfce.ScreenSaver',
  'org.cinnamon.ScreenSaver',
  'org.mate.ScreenSaver',
];
const LOGIND = 'org.freedesktop.login1';
const LOGIND_SESSION = 'org.freedesktop.login1.Session';
const PROPERTIES = 'org.freedesktop.DBus.Properties';

/** The signals main asks each bus for (AddMatch rules); only logind itself may send the system ones. */
export const SESSION_BUS_RULES = SCREEN_SAVERS.map(
  (iface) => `type='signal',interface='${iface}',member='ActiveChanged'`,
);
export const SYSTEM_BUS_RULES = [
  `type='signal',sender='${LOGIND}',interface='${LOGIND_SESSION}',member='Lock'`,
  `type='signal',sender='${LOGIND}',interface='${PROPERTIES}',member='PropertiesChanged',arg0='${LOGIND_SESSION}'`,
];

/** The fields of a D-Bus message this module reads. */
export interface BusMessage {
  type: number;
  path?: string;
  interface?: string;
  member?: string;
  body: unknown[];
}

function variantValue(value: unknown): unknown {
  return typeof value === 'object' && value !== null && 'value' in value ? value.value : undefined;
}

/**
 * Whether a message says this desktop's screen just locked: a screen saver became active, or
 * logind locked our own session (`ownSession`, its object path, when it is known: another user's
 * session locking is none of ours).
 */
export function isScreenLock(message: BusMessage, ownSession: string | undefined): boolean {
  if (message.type !== MessageType.SIGNAL) return false;
  if (message.member === 'ActiveChanged' && SCREEN_SAVERS.includes(message.interface ?? '')) {
    return message.body[0] === true;
  }
  if (!ownSession || message.path !== ownSession) return false;
  if (message.interface === LOGIND_SESSION) return message.member === 'Lock';
  if (message.interface === PROPERTIES && message.member === 'PropertiesChanged') {
    const [iface, changed] = message.body;
    if (iface !== LOGIND_SESSION || typeof changed !== 'object' || changed === null) return false;
    return variantValue((changed as Record<string, unknown>).LockedHint) === true;
  }
  return false;
}

function addMatch(bus: MessageBus, rule: string): Promise<unknown> {
  return bus.call(
    new Message({
      destination: 'org.freedesktop.DBus',
      path: '/org/freedesktop/DBus',
      interface: 'org.freedesktop.DBus',
      member: 'AddMatch',
      signature: 's',
      body: [rule],
    }),
  );
}

function callLogind(bus: MessageBus, member: string, signature: string, body: unknown[]): Promise<Message | null> {
  return bus.call(
    new Message({
      destination: LOGIND,
      path: '/org/freedesktop/login1',
      interface: `${LOGIND}.Manager`,
      member,
      signature,
      body,
    }),
  );
}

/**
 * Our logind session's object path: the session of this process, else (apps a desktop starts in
 * systemd user units belong to no session) the user's graphical session, logind's User.Display.
 */
export async function ownLogindSession(bus: MessageBus, pid: number, uid: number): Promise<string | undefined> {
  try {
    const reply = await callLogind(bus, 'GetSessionByPID', 'u', [pid]);
    if (typeof reply?.body[0] === 'string') return reply.body[0];
  } catch {
    // Not in a session: ask for the user's display session below.
  }
  const user = await callLogind(bus, 'GetUser', 'u', [uid]);
  const userPath = user?.body[0];
  if (typeof userPath !== 'string') return undefined;
  const display = await bus.call(
    new Message({
      destination: LOGIND,
      path: userPath,
      interface: PROPERTIES,
      member: 'Get',
      signature: 'ss',
      body: [`${LOGIND}.User`, 'Display'],
    }),
  );
  const [, path] = (variantValue(display?.body[0]) as unknown[] | undefined) ?? [];
  // logind answers "/" when the user has no graphical session.
  return typeof path === 'string' && path !== '/' ? path : undefined;
}

export interface ScreenLockWatchOptions {
  onLock: () => void;
  log: (message: string) => void;
  /** The buses; tests pass a private bus. */
  sessionBus?: () => MessageBus;
  systemBus?: () => MessageBus;
  pid?: number;
  uid?: number;
}

/**
 * Calls `onLock` the moment the desktop locks its screen, for as long as it runs; returns the
 * function that stops it. A missing bus or service only means that signal never comes (the idle
 * timer still locks): it is logged, never thrown.
 */
export function watchLinuxScreenLock(options: ScreenLockWatchOptions): () => void {
  const { onLock, log } = options;
  const buses: MessageBus[] = [];
  let ownSession: string | undefined;

  const connect = (name: string, open: () => MessageBus, rules: string[]): MessageBus | undefined => {
    let bus: MessageBus;
    try {
      bus = open();
    } catch (err) {
      log(`No D-Bus ${name} bus, so its screen-lock signal cannot be heard: ${String(err)}`);
      return undefined;
    }
    buses.push(bus);
    // The library reports a lost or refused connection as an 'error' event, which must have a listener.
    (bus as unknown as EventEmitter).on('error', (err: unknown) => log(`D-Bus ${name} bus: ${String(err)}`));
    bus.on('message', (message) => {
      if (isScreenLock(message, ownSession)) onLock();
    });
    for (const rule of rules) {
      addMatch(bus, rule).catch((err: unknown) => log(`D-Bus ${name} bus refused a match (${rule}): ${String(err)}`));
    }
    return bus;
  };

  connect('session', options.sessionBus ?? (() => sessionBus()), SESSION_BUS_RULES);
  const system = connect('system', options.systemBus ?? (() => systemBus()), SYSTEM_BUS_RULES);
  if (system) {
    ownLogindSession(system, options.pid ?? process.pid, options.uid ?? process.getuid?.() ?? 0)
      .then((path) => {
        ownSession = path;
        if (!path) log('logind knows no session of this user; the screen savers still report locks.');
      })
      .catch((err: unknown) => log(`logind could not name this session: ${String(err)}`));
  }

  return () => {
    for (const bus of buses) bus.disconnect();
  };
}
