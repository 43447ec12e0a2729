// /assets/style.css — the one stylesheet, emitted as-is (it is ours, not content).
import { readFileSync } from "node:fs";
import type { TemplateData } from "../site/page-data.ts";
import { urls } from "../site/urls.ts";

const css = readFileSync(new URL("../site/assets/style.css", import.meta.url), "utf8");

export const data: TemplateData<unknown> = {
  permalink: () => urls.stylesheet(),
};

export function render(): string {
  return css;
}
