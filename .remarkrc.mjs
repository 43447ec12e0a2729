// remark's settings, read by remark's language server in editors (README, "Editing in a text editor"): front
// matter is parsed as front matter, and content files are checked as `npm run check` checks them, as you type.
import remarkFrontmatter from "remark-frontmatter";
import { tsImport } from "tsx/esm/api";

const { checkAsYouType } = await tsImport("./src/editing/check-as-you-type.ts", import.meta.url);

export default { plugins: [remarkFrontmatter, checkAsYouType] };
