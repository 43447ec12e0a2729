// The embeds' two scripts, bundled from src/embed/browser/ by esbuild when the site is built: the host
// page's sizing script (/assets/embed.js, kept under 2 kB: it runs on other people's pages) and the embed
// page's own (/assets/embed-page.js). Classic scripts (IIFE): the host's is pasted into any page.
import { build } from "esbuild";
import { fileURLToPath } from "node:url";

export type EmbedScript = "host" | "page";

const bundled = new Map<EmbedScript, Promise<string>>();

/** The minified script, bundled once per process. */
export function embedScript(which: EmbedScript): Promise<string> {
  let script = bundled.get(which);
  if (!script) {
    script = bundle(which).catch((error: unknown) => {
      bundled.delete(which); // a later render tries again
      throw error;
    });
    bundled.set(which, script);
  }
  return script;
}

async function bundle(which: EmbedScript): Promise<string> {
  const result = await build({
    entryPoints: [fileURLToPath(new URL(`./browser/${which}.ts`, import.meta.url))],
    bundle: true,
    minify: true,
    format: "iife",
    platform: "browser",
    target: "es2020",
    charset: "utf8",
    legalComments: "none",
    write: false,
    logLevel: "silent",
  });
  if (result.warnings.length > 0)
    throw new Error(`bundling the embed's ${which} script: ${result.warnings.map((w) => w.text).join("; ")}`);
  const [file] = result.outputFiles;
  if (!file) throw new Error(`bundling the embed's ${which} script wrote nothing`);
  return file.text;
}
