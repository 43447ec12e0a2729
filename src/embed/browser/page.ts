// /assets/embed-page.js, in every embed page: applies the options of the embed's address (how many events,
// newest or oldest first, one year: `?limit=5&order=oldest&year=2024`) to the list the page holds, and
// tells the host page its height when the host's sizing script asks. Without it the page shows its
// defaults: the ten newest events.
import { HEIGHT, HELLO, isMessage } from "./protocol.ts";

const DEFAULT_LIMIT = 10;

function applyOptions(): void {
  const list = document.querySelector<HTMLOListElement>(".embed-events");
  if (!list) return;
  const query = new URLSearchParams(location.search);
  const limit = Math.min(Math.max(Number.parseInt(query.get("limit") ?? "", 10) || DEFAULT_LIMIT, 1), 100);
  const year = /^\d{4}$/.test(query.get("year") ?? "") ? query.get("year") : null;
  const items = Array.from(list.children) as HTMLLIElement[];
  // The page lists the newest first; oldest first is the same list the other way round.
  if (query.get("order") === "oldest") for (const item of items.reverse()) list.append(item);
  let shown = 0;
  for (const item of items) {
    const wanted = !year || item.dataset["year"] === year;
    item.hidden = !wanted || shown >= limit;
    if (wanted && shown < limit) shown++;
  }
  document.documentElement.classList.add("embed-scripted");
}

let host: { window: MessageEventSource; origin: string } | undefined;

function sendHeight(): void {
  if (!host) return;
  const height = document.documentElement.scrollHeight;
  (host.window as Window).postMessage({ type: HEIGHT, height }, host.origin);
}

applyOptions();
window.addEventListener("message", (event) => {
  // Only the page this one is embedded in, and only once it says hello; the answer goes to its origin only.
  if (event.source !== window.parent || !isMessage(event.data, HELLO) || !event.source) return;
  host = { window: event.source, origin: event.origin };
  sendHeight();
});
new ResizeObserver(sendHeight).observe(document.body);
