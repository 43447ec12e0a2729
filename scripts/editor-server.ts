// `npx tsx scripts/editor-server.ts --stdio`: remark's language server, for editors without an extension
// that bundles one (Neovim, Emacs, Helix, Zed). It reads .remarkrc.mjs as remark-cli and VS Code's remark
// extension do, and so reports each content file's problems at their place while the editor types.
import { createUnifiedLanguageServer } from "unified-language-server";

// The settings remark's own language server (remark-language-server) passes.
createUnifiedLanguageServer({
  processorName: "remark",
  processorSpecifier: "remark",
  configurationSection: "remark",
  ignoreName: ".remarkignore",
  packageField: "remarkConfig",
  pluginPrefix: "remark",
  rcName: ".remarkrc",
});
