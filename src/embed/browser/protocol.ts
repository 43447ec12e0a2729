// The messages between a host page's sizing script (host.ts) and an embed page (page.ts). The host says
// hello to each embed, only at the site's origin; the embed answers with its height, only to the origin
// that said hello; the host takes heights only from the site's origin and only from its own embeds' frames.
export const HELLO = "dateline-embed:hello";
export const HEIGHT = "dateline-embed:height";

/** The attribute marking the iframes the sizing script looks after. */
export const EMBED_ATTRIBUTE = "data-dateline-embed";

export function isMessage(data: unknown, type: string): data is { type: string; height?: unknown } {
  return typeof data === "object" && data !== null && (data as { type?: unknown }).type === type;
}
