import { onCleanup, onMount } from 'solid-js';

/** Kinds of event the server's `/events` stream sends (server/src/live/live-events.ts). */
export type LiveEventType = 'ABSENCE_ALERT';

/** The stream is shared by both portals, at the server's root whatever the portal's base path. */
export const LIVE_EVENTS_URL = '/events';

/**
 * Listens to the server's live events of one type, calling `onEvent` for each and after every
 * reconnection (events sent while disconnected are not replayed, so callers re-fetch either way).
 * Returns the function that stops listening.
 */
export function listenToLiveEvents(type: LiveEventType, onEvent: () => void, url = LIVE_EVENTS_URL): () => void {
  if (typeof EventSource === 'undefined') return () => {};
  const source = new EventSource(url);
  let connectedBefore = false;
  source.addEventListener(type, () => onEvent());
  source.addEventListener('open', () => {
    if (connectedBefore) onEvent();
    connectedBefore = true;
  });
  return () => source.close();
}

/** `listenToLiveEvents` for as long as the calling component is on the page. */
export function useLiveEvents(type: LiveEventType, onEvent: () => void): void {
  onMount(() => onCleanup(listenToLiveEvents(type, onEvent)));
}
