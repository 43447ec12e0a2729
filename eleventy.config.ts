// Eleventy wiring only. Everything Eleventy renders comes from src/pages/*.11ty.ts over the in-memory
// model, which src/render/render.ts passes in as global data together with the input folder (an absolute
// path, so a build works from any working directory). Helpers live in src/site/, partials in _includes/.
import type { UserConfig } from "@11ty/eleventy";
import { PAGE_TEMPLATES } from "./src/render/templates.ts";

export default function (eleventyConfig: UserConfig): void {
  // The page templates are TypeScript modules run by the 11ty.js engine, handed over as virtual templates
  // (see src/render/templates.ts). Files are looked for only in that language, and src/pages holds none:
  // nothing but these templates is ever rendered, not even a stray .md or .html file.
  eleventyConfig.setTemplateFormats(["11ty.js"]);
  for (const [virtualPath, template] of PAGE_TEMPLATES) eleventyConfig.addTemplate(virtualPath, template);
  // No page uses Eleventy collections (the model has its own indexes), so skip building them.
  eleventyConfig.addGlobalData("eleventyExcludeFromCollections", true);
}
