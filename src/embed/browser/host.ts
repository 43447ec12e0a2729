// /assets/embed.js, for the page that embeds the timeline (a news article): makes each Dateline iframe
// as tall as its content. Loaded from the Dateline site, it knows the site's origin from its own address,
// talks to the embeds only there, and takes heights only from them. Without it, the iframe keeps the
// height written in its code and its list scrolls.
import { EMBED_ATTRIBUTE, HEIGHT, HELLO, isMessage } from "./protocol.ts";

const script = document.currentScript as HTMLScriptElement | null;
const site = script ? new URL(script.src).origin : "";

function frames(): HTMLIFrameElement[] {
  return Array.from(document.querySelectorAll<HTMLIFrameElement>(`iframe[${EMBED_ATTRIBUTE}]`)).filter(
    (frame) => new URL(frame.src, location.href).origin === site,
  );
}

function greet(frame: HTMLIFrameElement): void {
  frame.contentWindow?.postMessage({ type: HELLO }, site);
}

if (site) {
  window.addEventListener("message", (event) => {
    if (event.origin !== site || !isMessage(event.data, HEIGHT)) return;
    const height = Number(event.data.height);
    if (!Number.isFinite(height) || height <= 0 || height > 100_000) return;
    const frame = frames().find((f) => f.contentWindow === event.source);
    if (frame) frame.style.height = `${Math.ceil(height)}px`;
  });
  for (const frame of frames()) {
    // Whether the frame has loaded yet or not: greet it now, and again each time it loads.
    frame.addEventListener("load", () => greet(frame));
    greet(frame);
  }
}
