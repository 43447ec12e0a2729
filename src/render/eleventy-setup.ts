// Eleventy's configuration, given to each run as its `config` callback (src/render/render.ts) rather than
// as a config file: with a file, a build's first run looked for it, imported it through tsx and checked the
// project around it before its first page (178 ms of a UCDP rebuild's, against 26 ms without).
// Everything Eleventy renders comes from src/pages/*.11ty.ts over the in-memory model, which render.ts
// passes in as global data together with the input folder.
import type { UserConfig } from "@11ty/eleventy";
import { PAGE_TEMPLATES } from "./templates.ts";

export function configureEleventy(eleventyConfig: UserConfig): void {
  // The page templates are TypeScript modules run by the 11ty.js engine, handed over as virtual templates
  // (see src/render/templates.ts). Files are looked for only in that language, and src/pages holds none:
  // nothing but these templates is ever rendered, not even a stray .md or .html file.
  eleventyConfig.setTemplateFormats(["11ty.js"]);
  for (const [virtualPath, template] of PAGE_TEMPLATES) eleventyConfig.addTemplate(virtualPath, template);
  // No page uses Eleventy collections (the model has its own indexes), so skip building them.
  eleventyConfig.addGlobalData("eleventyExcludeFromCollections", true);
}
