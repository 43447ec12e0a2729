// Eleventy wiring only. Everything Eleventy renders comes from src/pages/*.11ty.ts over the in-memory
// model, which src/site/render.ts passes in as global data together with the input folder (an absolute
// path, so a build works from any working directory). Helpers live in src/site/, partials in _includes/.
import type { UserConfig } from "@11ty/eleventy";

export default function (eleventyConfig: UserConfig): void {
  // TypeScript templates run by the 11ty.js engine; the process already runs under tsx.
  eleventyConfig.addExtension(["11ty.ts"], { key: "11ty.js" });
  // Only our templates: a stray .md, .html or .liquid file in src/pages is never rendered.
  eleventyConfig.setTemplateFormats(["11ty.ts"]);
  // No page uses Eleventy collections (the model has its own indexes), so skip building them.
  eleventyConfig.addGlobalData("eleventyExcludeFromCollections", true);
}
