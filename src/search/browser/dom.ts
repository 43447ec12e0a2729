// The two ways the search page makes elements. Text from content is only ever set as textContent, so
// nothing a title, place or filter value holds is parsed as HTML.

export function element<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  return node;
}

/** A span holding `value` as text; `dir` "auto" for text from content, which may be Arabic or Kurdish. */
export function text(value: string | undefined, className?: string, dir?: string): HTMLSpanElement {
  const span = element("span", className);
  if (dir) span.dir = dir;
  span.textContent = value ?? "";
  return span;
}
