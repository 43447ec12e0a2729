// What `npm run build` shows while it works, on stderr so that stdout keeps the one-line result: a line
// per step as it ends, with what it went through and how long it took, and the steps' times at the end.
// On a terminal the steps under way show on a live line, rewritten in place; in CI (no terminal) only
// the finished lines are written, so a log reads top to bottom.
import type { PhaseName, PhaseTiming } from "../src/build.ts";
import { countText } from "../src/diagnostics.ts";

const LABEL: Record<PhaseName, string> = {
  load: "load",
  index: "index",
  render: "render",
  search: "search",
  verify: "verify",
  publish: "publish",
  cache: "cache",
};

const WHAT: Record<NonNullable<PhaseTiming["items"]>["what"], { one: string; other: string }> = {
  events: { one: "event", other: "events" },
  "published events": { one: "published event", other: "published events" },
  records: { one: "search record", other: "search records" },
  pages: { one: "page", other: "pages" },
};

export interface Progress {
  start(name: PhaseName): void;
  end(phase: PhaseTiming): void;
  /** A line of its own about the build (the build cache not used, for example). */
  note(line: string): void;
  /** "load 1.2 s · index 0.1 s · …": every step that ended, in the order they ended. */
  summary(): string;
}

export function buildProgress(out: { write(text: string): unknown; isTTY?: boolean }): Progress {
  const live = out.isTTY === true;
  const running: PhaseName[] = [];
  const ended: PhaseTiming[] = [];
  const clear = () => (live ? "\r\u001b[K" : "");
  const showRunning = () => {
    if (live && running.length > 0) out.write(`${clear()}${running.map((name) => LABEL[name]).join(" and ")} …`);
  };
  return {
    start(name) {
      running.push(name);
      showRunning();
    },
    end(phase) {
      running.splice(running.indexOf(phase.name), 1);
      ended.push(phase);
      const items = phase.items ? `  ${countText(phase.items.count, WHAT[phase.items.what])}` : "";
      out.write(`${clear()}${LABEL[phase.name].padEnd(8)}${seconds(phase.ms).padStart(8)}${items}\n`);
      showRunning();
    },
    note(line) {
      out.write(`${clear()}${line}\n`);
      showRunning();
    },
    summary: () => ended.map((phase) => `${LABEL[phase.name]} ${seconds(phase.ms)}`).join(" · "),
  };
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}
