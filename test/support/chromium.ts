/**
 * Debian's Chromium as the browser tests launch it: headless, and with the background
 * networking off, since this machine's closed network refuses Chromium's own connections.
 */
export const CHROMIUM = '/usr/bin/chromium';
export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
