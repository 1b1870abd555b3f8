/*
 * Déclic service worker, served as /sw.js (copied as is by Vite from src/web/public).
 * It only shows Web Push notifications and opens their link: no fetch handler, no cache.
 * The push payload is JSON { title, body, url, tag } (src/adapters/push/web-push-sender.ts).
 */
'use strict';

self.addEventListener('install', () => {
  self.skipWaiting();
});

self.addEventListener('activate', (event) => {
  event.waitUntil(self.clients.claim());
});

/** An address of this site only (a push message never sends the user elsewhere); the home page otherwise. */
function sameOriginUrl(value) {
  try {
    const url = new URL(typeof value === 'string' && value ? value : '/', self.location.origin);
    return url.origin === self.location.origin ? url.href : new URL('/', self.location.origin).href;
  } catch {
    return new URL('/', self.location.origin).href;
  }
}

function text(value) {
  return typeof value === 'string' ? value : '';
}

self.addEventListener('push', (event) => {
  let data;
  try {
    data = (event.data && event.data.json()) || {};
  } catch {
    data = {};
  }
  const tag = text(data.tag);
  const options = {
    body: text(data.body),
    data: { url: sameOriginUrl(data.url) },
    lang: 'fr',
  };
  if (tag) {
    // A newer message about the same thing replaces the older one, and alerts again.
    options.tag = tag;
    options.renotify = true;
  }
  event.waitUntil(self.registration.showNotification(text(data.title) || 'Déclic', options));
});

self.addEventListener('notificationclick', (event) => {
  event.notification.close();
  const target = sameOriginUrl(event.notification.data && event.notification.data.url);
  event.waitUntil(
    (async () => {
      const windows = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
      const same = windows.find((client) => client.url === target);
      if (same) return same.focus();
      // A Déclic tab is open: show the link there rather than opening another one.
      for (const client of windows) {
        if (new URL(client.url).origin !== self.location.origin || !('navigate' in client)) continue;
        try {
          const navigated = await client.navigate(target);
          if (navigated) return navigated.focus();
        } catch {
          // Not controlled by this worker: open a new window below.
        }
      }
      return self.clients.openWindow(target);
    })(),
  );
});

/*
 * The push service replaced the subscription (Firefox does on key rotation): subscribe again
 * and tell the server, as the signed-in user of this browser, if there is one.
 */
self.addEventListener('pushsubscriptionchange', (event) => {
  event.waitUntil(
    (async () => {
      const previous = event.oldSubscription || null;
      let subscription = event.newSubscription || null;
      if (!subscription && previous && previous.options && previous.options.applicationServerKey) {
        subscription = await self.registration.pushManager.subscribe({
          userVisibleOnly: true,
          applicationServerKey: previous.options.applicationServerKey,
        });
      }
      if (!subscription) return;
      const response = await fetch('/api/session', { credentials: 'same-origin', headers: { accept: 'application/json' } });
      if (!response.ok) return;
      const session = await response.json();
      if (!session || !session.user || !session.csrfToken) return;
      const headers = { 'content-type': 'application/json', accept: 'application/json', 'x-csrf-token': session.csrfToken };
      await fetch('/api/push/subscriptions', { method: 'POST', credentials: 'same-origin', headers, body: JSON.stringify(subscription.toJSON()) });
      if (previous && previous.endpoint !== subscription.endpoint) {
        await fetch('/api/push/subscriptions', { method: 'DELETE', credentials: 'same-origin', headers, body: JSON.stringify({ endpoint: previous.endpoint }) });
      }
    })(),
  );
});
