// The layering of src/ (docs/architecture.md "Layers"), checked by `npm run lint:layers` in `npm test`.
// Each module may import only from its own layer's folders and the layers it names below; anything else
// fails CI. Lower layers never know the higher ones: content does not know the site, the site does not
// know how it is rendered or published.
/** @type {Record<string, string[]>} a layer's folders (or root files) → what it may import besides itself */
const LAYERS = {
  // Shared by everything: the escaping `html` tag and Markdown, diagnostics, name similarity.
  "markup|diagnostics\\.ts|similar\\.ts": [],
  // The model: calendar values, entity kinds, the registry, the timeline and its indexes.
  model: ["markup", "diagnostics\\.ts", "similar\\.ts"],
  // Loading content files into the model.
  content: ["model", "markup", "diagnostics\\.ts", "similar\\.ts"],
  // Turning other formats into content files.
  import: ["content", "model", "markup", "diagnostics\\.ts", "similar\\.ts"],
  // What pages, feeds and search share: URLs, display formats, charts, maps, the site data.
  site: ["model", "markup"],
  search: ["site", "model", "markup", "diagnostics\\.ts"],
  // Embeds: their browser scripts, and bundling them.
  embed: [],
  feeds: ["site", "model", "markup"],
  export: ["feeds", "site", "model", "markup"],
  // Page templates and their partials.
  pages: ["_includes", "search", "embed", "feeds", "site", "model", "markup"],
  // Eleventy: renders the pages and writes the exports.
  render: ["pages", "export", "site", "model", "markup"],
  publish: ["search", "diagnostics\\.ts"],
  // The web editor: its configuration made from the content schemas, its files, its local backend.
  cms: ["content", "model", "markup", "diagnostics\\.ts"],
  // The checker editors run as you type: a remark plugin over the content loader's one-file parse.
  editing: ["content", "model", "markup", "diagnostics\\.ts"],
  // The build cache: what the last build made, reused by the next.
  cache: ["publish", "search", "export", "content", "model", "markup", "diagnostics\\.ts"],
  // Orchestration: the build, the dev server, the benchmark.
  "dev|build\\.ts|build-errors\\.ts|build-from-cache\\.ts|heap-growth\\.ts": [
    "cms",
    "cache",
    "render",
    "publish",
    "search",
    "export",
    "feeds",
    "site",
    "content",
    "model",
    "markup",
    "diagnostics\\.ts",
    "similar\\.ts",
    "heap-growth\\.ts",
  ],
  bench: [
    "cache",
    "dev",
    "build\\.ts",
    "render",
    "publish",
    "search",
    "export",
    "site",
    "import",
    "content",
    "model",
    "markup",
    "diagnostics\\.ts",
    "similar\\.ts",
    "heap-growth\\.ts",
  ],
};

// The search page's script (src/search/browser/) runs in browsers, bundled by esbuild into /assets/search.js:
// besides its own folder it imports only these modules of src/search, constants shared with the index (and,
// page-messages.ts, the list of catalog messages the page carries for it; fold.ts, the spelling folding the
// index and the query share), which in turn import nothing, so
// nothing of Node or of the build can reach the bundle.
const SHARED_WITH_BROWSER = ["parts\\.ts", "filters\\.ts", "record-meta\\.ts", "page-messages\\.ts", "fold\\.ts"];

const place = (name) => (name === "_includes" ? "_includes/" : `src/(?:${name})(?:/|$)`);
const group = (names) => `^(?:${names.map(place).join("|")})`;

const layerRules = Object.entries(LAYERS).map(([layer, allowed]) => ({
  name: `layer-${layer.split("|")[0].replace(/\\\./g, "-")}`,
  comment: `src/${layer.split("|")[0]} may import only from ${allowed.length ? allowed.join(", ").replace(/\\/g, "") : "itself"} (see docs/architecture.md)`,
  severity: "error",
  from: { path: group([layer]) },
  to: { path: "^(?:src|_includes)/", pathNot: group([layer, ...allowed]) },
}));

module.exports = {
  forbidden: [
    ...layerRules,
    {
      // The partials are the pages' own, at the pages' layer.
      name: "layer-includes",
      comment: "_includes may import only what src/pages may",
      severity: "error",
      from: { path: "^_includes/" },
      to: { path: "^(?:src|_includes)/", pathNot: group(["_includes", ...LAYERS.pages]) },
    },
    {
      name: "search-browser-imports",
      comment:
        "src/search/browser runs in browsers: it imports its own folder and src/search's shared constants, " +
        "never Node, a package or the rest of src",
      severity: "error",
      from: { path: "^src/search/browser/" },
      to: { pathNot: `^src/search/(?:browser/|(?:${SHARED_WITH_BROWSER.join("|")})$)` },
    },
    {
      name: "search-browser-shared-imports-nothing",
      comment:
        "the modules src/search/browser bundles (parts.ts, filters.ts, record-meta.ts, page-messages.ts, fold.ts) " +
        "import nothing but types and the table of entity kinds, so the bundle carries nothing else",
      severity: "error",
      from: { path: `^src/search/(?:${SHARED_WITH_BROWSER.join("|")})$` },
      to: { pathNot: "^src/model/entity-kinds\\.ts$", dependencyTypesNot: ["type-only"] },
    },
    {
      name: "embed-browser-imports",
      comment: "src/embed/browser runs in other people's pages and in iframes: it imports only its own folder",
      severity: "error",
      from: { path: "^src/embed/browser/" },
      to: { pathNot: "^src/embed/browser/" },
    },
    {
      name: "entity-kinds-imports-types-only",
      comment: "the table of entity kinds is bundled into the search page's script: it may import only types",
      severity: "error",
      from: { path: "^src/model/entity-kinds\\.ts$" },
      to: { dependencyTypesNot: ["type-only"] },
    },
    {
      name: "no-scripts-or-tests-from-src",
      comment: "src/ is the library: it never imports a command-line entry point or a test",
      severity: "error",
      from: { path: "^(?:src|_includes)/" },
      to: { path: "^(?:scripts|test)/" },
    },
    {
      name: "no-circular",
      comment: "modules that import each other cannot be understood or tested one at a time",
      severity: "error",
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    exclude: { path: "^node_modules" },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    enhancedResolveOptions: { exportsFields: ["exports"], conditionNames: ["import", "require", "node", "default"] },
  },
};
