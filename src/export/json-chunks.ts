// A JSON document whose last member is a long list, written a piece at a time: the whole-archive exports
// at 100,000 events are 85-160 million characters each, and built as one string (with the objects behind
// it) each took about half a gigabyte of memory at once. The text is exactly JSON.stringify's.

/**
 * `JSON.stringify({ ...head, [key]: [...items] }, null, indent)` plus a final newline, in pieces: the
 * head, then one piece per item. `head` must have at least one member.
 */
export function* jsonWithList(head: object, key: string, items: Iterable<unknown>, indent: 0 | 1): Generator<string> {
  const opening = JSON.stringify(head, null, indent);
  if (!opening.endsWith("}") || opening === "{}")
    throw new Error("jsonWithList: the head must be an object with members");
  // Items sit two levels deep; JSON strings never hold a raw line break, so indenting every line is safe.
  const itemIndent = indent === 1 ? "\n  " : "";
  const memberIndent = indent === 1 ? "\n " : "";
  yield `${opening.slice(0, indent === 1 ? -2 : -1)},${memberIndent}${JSON.stringify(key)}:${indent === 1 ? " " : ""}[`;
  let first = true;
  for (const item of items) {
    const text = JSON.stringify(item, null, indent);
    yield `${first ? "" : ","}${itemIndent}${indent === 1 ? text.replaceAll("\n", itemIndent) : text}`;
    first = false;
  }
  yield first ? "]" : `${memberIndent}]`;
  yield `${indent === 1 ? "\n" : ""}}\n`;
}

/** `items.map(f)`, made one at a time as it is read. */
export function* mapped<T, U>(items: Iterable<T>, f: (item: T) => U): Generator<U> {
  for (const item of items) yield f(item);
}
