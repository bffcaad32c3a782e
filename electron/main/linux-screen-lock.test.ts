import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Message, MessageType, sessionBus, Variant, type MessageBus } from '@jellybrick/dbus-next';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { isScreenLock, ownLogindSession, watchLinuxScreenLock, type BusMessage } from './linux-screen-lock';

const OWN = '/org/freedesktop/login1/session/_3';
const OTHER = '/org/freedesktop/login1/session/c7';
const SIGNAL = MessageType.SIGNAL;

const signal = (message: Omit<BusMessage, 'type'>): BusMessage => ({ type: SIGNAL, ...message });
const lockedHint = (path: string, locked: boolean) =>
  signal({
    path,
    interface: 'org.freedesktop.DBus.Properties',
    member: 'PropertiesChanged',
    body: ['org.freedesktop.login1.Session', { LockedHint: new Variant('b', locked) }, []],
  });

describe('isScreenLock', () => {
  it('a screen saver becoming active (GNOME, KDE and the freedesktop name alike) is a lock', () => {
    for (const iface of ['org.gnome.ScreenSaver', 'org.freedesktop.ScreenSaver', 'org.xfce.ScreenSaver']) {
      expect(isScreenLock(signal({ path: '/', interface: iface, member: 'ActiveChanged', body: [true] }), OWN)).toBe(
        true,
      );
      expect(isScreenLock(signal({ path: '/', interface: iface, member: 'ActiveChanged', body: [false] }), OWN)).toBe(
        false,
      );
    }
  });

  it("logind's Lock of our own session is a lock, another session's is not", () => {
    const lock = (path: string) =>
      signal({ path, interface: 'org.freedesktop.login1.Session', member: 'Lock', body: [] });
    expect(isScreenLock(lock(OWN), OWN)).toBe(true);
    expect(isScreenLock(lock(OTHER), OWN)).toBe(false);
    expect(isScreenLock(lock(OWN), undefined)).toBe(false);
    expect(
      isScreenLock(signal({ path: OWN, interface: 'org.freedesktop.login1.Session', member: 'Unlock', body: [] }), OWN),
    ).toBe(false);
  });

  it("our session's LockedHint turning true is a lock; turning false, or another property, is not", () => {
    expect(isScreenLock(lockedHint(OWN, true), OWN)).toBe(true);
    expect(isScreenLock(lockedHint(OWN, false), OWN)).toBe(false);
    expect(isScreenLock(lockedHint(OTHER, true), OWN)).toBe(false);
    const idle = signal({
      path: OWN,
      interface: 'org.freedesktop.DBus.Properties',
      member: 'PropertiesChanged',
      body: ['org.freedesktop.login1.Session', { IdleHint: new Variant('b', true) }, []],
    });
    expect(isScreenLock(idle, OWN)).toBe(false);
  });

  it('a method call that looks like a signal is not one', () => {
    const call = {
      type: MessageType.METHOD_CALL,
      path: '/',
      interface: 'org.gnome.ScreenSaver',
      member: 'ActiveChanged',
      body: [true],
    };
    expect(isScreenLock(call, OWN)).toBe(false);
  });
});

const hasDaemon = spawnSync('dbus-daemon', ['--version']).status === 0;

describe.skipIf(!hasDaemon)('watchLinuxScreenLock on a private D-Bus daemon', () => {
  let dir: string;
  let daemon: ChildProcess;
  let address: string;
  const peers: MessageBus[] = [];
  const connect = () => {
    const bus = sessionBus({ busAddress: address });
    peers.push(bus);
    return bus;
  };

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'trygg-dbus-'));
    address = `unix:path=${join(dir, 'bus')}`;
    daemon = spawn('dbus-daemon', ['--session', '--nofork', '--nopidfile', `--address=${address}`, '--print-address'], {
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    await new Promise((resolve) => daemon.stdout!.once('data', resolve));
  });

  afterAll(() => {
    for (const bus of peers) bus.disconnect();
    daemon.kill();
    rmSync(dir, { recursive: true, force: true });
  });

  it('hears the screen saver and our logind session lock at once, and nothing else', async () => {
    // A stand-in for logind on the "system" bus: it owns the name and knows our session.
    const logind = connect();
    logind.addMethodHandler((msg) => {
      if (msg.member !== 'GetSessionByPID') return false;
      logind.send(Message.newMethodReturn(msg, 'o', [OWN]));
      return true;
    });
    await logind.requestName('org.freedesktop.login1', 0);
    const screenSaver = connect();

    const onLock = vi.fn();
    const stop = watchLinuxScreenLock({
      onLock,
      log: () => undefined,
      sessionBus: connect,
      systemBus: connect,
      pid: 4242,
      uid: 1000,
    });
    try {
      const saverSignal = (active: boolean) =>
        screenSaver.send(
          Message.newSignal('/org/gnome/ScreenSaver', 'org.gnome.ScreenSaver', 'ActiveChanged', 'b', [active]),
        );
      const sessionLock = (path: string) =>
        logind.send(Message.newSignal(path, 'org.freedesktop.login1.Session', 'Lock'));

      // Until the watcher's match rules and session are in place, signals may pass unheard.
      await vi.waitFor(() => {
        saverSignal(true);
        expect(onLock).toHaveBeenCalled();
      });
      await vi.waitFor(() => {
        sessionLock(OWN);
        expect(onLock.mock.calls.length).toBeGreaterThan(1);
      });

      // Let the warm-up's extra signals land, then: each sender's signals arrive in order, the
      // last of each is heard, and the ones before it must not be.
      await new Promise((resolve) => setTimeout(resolve, 200));
      onLock.mockClear();
      saverSignal(false);
      saverSignal(true);
      sessionLock(OTHER);
      logind.send(
        Message.newSignal(OWN, 'org.freedesktop.DBus.Properties', 'PropertiesChanged', 'sa{sv}as', [
          'org.freedesktop.login1.Session',
          { LockedHint: new Variant('b', false) },
          [],
        ]),
      );
      logind.send(
        Message.newSignal(OWN, 'org.freedesktop.DBus.Properties', 'PropertiesChanged', 'sa{sv}as', [
          'org.freedesktop.login1.Session',
          { LockedHint: new Variant('b', true) },
          [],
        ]),
      );
      await vi.waitFor(() => expect(onLock).toHaveBeenCalledTimes(2));
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(onLock).toHaveBeenCalledTimes(2);
    } finally {
      stop();
      logind.disconnect();
    }
  });

  it("finds the user's graphical session when the app runs outside any session (a desktop's systemd unit)", async () => {
    const logind = connect();
    const USER = '/org/freedesktop/login1/user/_1000';
    logind.addMethodHandler((msg) => {
      if (msg.member === 'GetSessionByPID') {
        logind.send(
          Message.newError(
            msg,
            'org.freedesktop.login1.NoSessionForPID',
            'PID 4242 does not belong to any known session',
          ),
        );
      } else if (msg.member === 'GetUser' && msg.body[0] === 1000) {
        logind.send(Message.newMethodReturn(msg, 'o', [USER]));
      } else if (msg.member === 'Get' && msg.path === USER && msg.body[1] === 'Display') {
        logind.send(Message.newMethodReturn(msg, 'v', [new Variant('(so)', ['3', OWN])]));
      } else {
        return false;
      }
      return true;
    });
    // 1: this stand-in, not the previous test's, answers for logind.
    expect(await logind.requestName('org.freedesktop.login1', 0)).toBe(1);
    expect(await ownLogindSession(connect(), 4242, 1000)).toBe(OWN);
    logind.disconnect();
  });

  it('without a bus it logs and carries on', () => {
    const log = vi.fn();
    const stop = watchLinuxScreenLock({
      onLock: () => undefined,
      log,
      sessionBus: () => {
        throw new Error('DBUS_SESSION_BUS_ADDRESS was not set');
      },
      systemBus: () => sessionBus({ busAddress: `unix:path=${join(dir, 'no-such-bus')}` }),
    });
    return vi
      .waitFor(() => {
        expect(log).toHaveBeenCalledWith(expect.stringContaining('No D-Bus session bus'));
        expect(log).toHaveBeenCalledWith(expect.stringContaining('D-Bus system bus'));
      })
      .finally(stop);
  });
});
