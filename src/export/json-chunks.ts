// A JSON document whose last member is a long list, as an ExportDocument: the whole-archive exports at
// 100,000 events are 85-160 million characters each, and built as one string (with the objects behind
// it) each took about half a gigabyte of memory at once. The text is exactly JSON.stringify's.
import type { ExportDocument } from "./document.ts";

/**
 * The document whose text is `JSON.stringify({ ...head, [key]: [...items] }, null, indent)` plus a final
 * newline, where each block holds the list items `itemsOf` gives for one item of the document (none,
 * one or several). `head` must have at least one member. `frame`: what `itemsOf` depends on besides its
 * item, when anything does.
 */
export function jsonListDocument<T>(
  head: object,
  key: string,
  indent: 0 | 1,
  itemsOf: (item: T) => readonly unknown[],
  frame = "",
): ExportDocument<T> {
  const opening = JSON.stringify(head, null, indent);
  if (!opening.endsWith("}") || opening === "{}")
    throw new Error("jsonListDocument: the head must be an object with members");
  // Items sit two levels deep; JSON strings never hold a raw line break, so indenting every line is safe.
  const itemIndent = indent === 1 ? "\n  " : "";
  const memberIndent = indent === 1 ? "\n " : "";
  const itemText = (value: unknown) => {
    const text = JSON.stringify(value, null, indent);
    return itemIndent + (indent === 1 ? text.replaceAll("\n", itemIndent) : text);
  };
  return {
    frame: JSON.stringify([key, indent, frame]),
    head: `${opening.slice(0, indent === 1 ? -2 : -1)},${memberIndent}${JSON.stringify(key)}:${indent === 1 ? " " : ""}[`,
    separator: ",",
    block: (item) => itemsOf(item).map(itemText).join(","),
    tail: (empty) => `${empty ? "" : memberIndent}]${indent === 1 ? "\n" : ""}}\n`,
  };
}
