// Where the browser tests find Chromium: Debian's package installs it here, and `npm test`'s set-up
// (scripts/test-setup.ts) installs that package when it is missing.
export const CHROMIUM = "/usr/bin/chromium";
