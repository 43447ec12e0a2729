// An export file as Dateline writes it: a head, then one block of text per event (empty for an event the
// file leaves out) joined by a separator, then a tail. Every block depends on its event and on nothing
// another event says, so a build with its cache copies the blocks of unchanged events from the file the
// last build wrote instead of making them again (src/export/write-exports.ts).
export interface ExportDocument<T> {
  /**
   * What every block depends on besides its item (a CSV's columns, whether the records carry languages),
   * as one string: blocks are copied only into a document of the same frame. The head may differ (the
   * count of events in events.json), since it is written anew.
   */
  frame: string;
  head: string;
  /** Between two blocks that are not empty. */
  separator: string;
  block(item: T): string;
  /** The end; a JSON list ends otherwise when it has no item. */
  tail(empty: boolean): string;
}

/** The document's text a piece at a time: the head, each block with the separator before it, the tail. */
export function* documentPieces<T>(document: ExportDocument<T>, items: Iterable<T>): Generator<string> {
  yield document.head;
  let empty = true;
  for (const item of items) {
    const block = document.block(item);
    if (block === "") continue;
    yield empty ? block : document.separator + block;
    empty = false;
  }
  yield document.tail(empty);
}
