import { test } from "node:test";
import assert from "node:assert/strict";
import fc from "fast-check";
import { searchParts } from "../src/search/parts.ts";

const span = (part: { start: number; end: number }) => `${part.start}-${part.end}`;

test("search parts cover the timeline in order: whole parts from the oldest, the newest between half and one and a half", () => {
  fc.assert(
    fc.property(fc.integer({ min: 0, max: 50_000 }), fc.integer({ min: 1, max: 5_000 }), (events, perPart) => {
      const parts = searchParts(events, perPart);
      assert.equal(parts[0]!.start, 0);
      assert.equal(parts.at(-1)!.end, events);
      parts.forEach((part, i) => {
        assert.equal(part.number, i + 1);
        if (i > 0) assert.equal(part.start, parts[i - 1]!.end);
        const size = part.end - part.start;
        if (i < parts.length - 1) assert.equal(size, perPart);
        else if (parts.length > 1) assert.ok(size * 2 >= perPart && size * 2 < perPart * 3, `newest part of ${size}`);
      });
    }),
  );
  assert.deepEqual(searchParts(16_566).map(span), [
    "0-2500",
    "2500-5000",
    "5000-7500",
    "7500-10000",
    "10000-12500",
    "12500-15000",
    "15000-16566",
  ]);
  assert.deepEqual(searchParts(11_000).map(span), ["0-2500", "2500-5000", "5000-7500", "7500-11000"]);
  assert.deepEqual(
    searchParts(3, 2, "/ar").map((part) => part.url),
    ["/ar/pagefind/", "/ar/pagefind/part-2/"],
  );
});

test("an event added at the newest end leaves every search part but the newest as it was", () => {
  fc.assert(
    fc.property(fc.integer({ min: 0, max: 50_000 }), fc.integer({ min: 1, max: 5_000 }), (events, perPart) => {
      const before = searchParts(events, perPart).map(span);
      const after = searchParts(events + 1, perPart).map(span);
      // The newest part grows by one, or (past one and a half parts) splits into a whole part and the rest.
      assert.deepEqual(after.slice(0, before.length - 1), before.slice(0, -1));
      assert.ok(after.length - before.length <= 1);
    }),
  );
});
