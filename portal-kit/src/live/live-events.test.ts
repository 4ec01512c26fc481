import { afterEach, describe, expect, it, vi } from 'vitest';
import { listenToLiveEvents } from './live-events';

/** Just enough of the browser's EventSource to drive the listener. */
class FakeEventSource {
  static last: FakeEventSource;
  readonly listeners = new Map<string, (() => void)[]>();
  closed = false;
  constructor(readonly url: string) {
    FakeEventSource.last = this;
  }
  addEventListener(type: string, listener: () => void) {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener]);
  }
  emit(type: string) {
    for (const listener of this.listeners.get(type) ?? []) listener();
  }
  close() {
    this.closed = true;
  }
}

describe('listenToLiveEvents', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('calls back on each event of its type and after a reconnection, not on the first connection', () => {
    vi.stubGlobal('EventSource', FakeEventSource);
    const onEvent = vi.fn();
    const stop = listenToLiveEvents('ABSENCE_ALERT', onEvent);
    const source = FakeEventSource.last;
    expect(source.url).toBe('/events');

    source.emit('open');
    expect(onEvent).not.toHaveBeenCalled();
    source.emit('ABSENCE_ALERT');
    source.emit('open');
    expect(onEvent).toHaveBeenCalledTimes(2);

    stop();
    expect(source.closed).toBe(true);
  });

  it('does nothing where there is no EventSource', () => {
    vi.stubGlobal('EventSource', undefined);
    expect(() => listenToLiveEvents('ABSENCE_ALERT', vi.fn())()).not.toThrow();
  });
});
