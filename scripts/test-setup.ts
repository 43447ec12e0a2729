// `npm test`'s set-up, run by npm as `pretest`: what the tests need that npm cannot install. The browser
// tests (test/browser/) drive the system Chromium, which crashes on start without any system font, and
// the quality gates run the Nu HTML checker with Java. When something is missing: as root (CI), apt-get
// installs it; otherwise the set-up stops at once with the command that installs it. `npm run test:unit`
// needs none of this, and does not run it.
import { spawnSync } from "node:child_process";
import { accessSync, constants, readdirSync } from "node:fs";
import path from "node:path";
import { CHROMIUM } from "../test/browser/chromium-path.ts";

interface Requirement {
  /** What is needed and why, as the messages name it. */
  what: string;
  present(): boolean;
  /** The Debian packages that provide it. */
  packages: string[];
}

const FONT_FOLDERS = ["/usr/share/fonts", "/usr/local/share/fonts"];

const REQUIREMENTS: Requirement[] = [
  {
    what: `Chromium at ${CHROMIUM}, for the browser tests`,
    present: () => executable(CHROMIUM),
    packages: ["chromium"],
  },
  {
    // Any font will do: the pages bring their own, and the tests check that no text falls back to the
    // system's. fonts-liberation is the one Debian's Chromium recommends.
    what: "a system font, without which Chromium crashes",
    present: () => FONT_FOLDERS.some(holdsFont),
    packages: ["fonts-liberation"],
  },
  {
    what: "java, which runs the Nu HTML checker",
    present: () => onPath("java"),
    packages: ["default-jre-headless"],
  },
];

function executable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function onPath(command: string): boolean {
  const folders = (process.env.PATH ?? "").split(path.delimiter).filter(Boolean);
  return folders.some((folder) => executable(path.join(folder, command)));
}

function holdsFont(folder: string): boolean {
  try {
    return readdirSync(folder, { recursive: true }).some((name) => /\.(?:ttf|otf|ttc)$/i.test(String(name)));
  } catch {
    return false;
  }
}

/** Runs apt-get with its output hidden but its errors shown; true when it succeeded. */
function aptGet(args: string[]): boolean {
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  return spawnSync("apt-get", args, { env, stdio: ["ignore", "ignore", "inherit"] }).status === 0;
}

function main(): number {
  const missing = REQUIREMENTS.filter((requirement) => !requirement.present());
  if (missing.length === 0) {
    process.stdout.write("test set-up: Chromium, a system font and Java are present\n");
    return 0;
  }
  const packages = [...new Set(missing.flatMap((requirement) => requirement.packages))].join(" ");
  const needs = missing.map((requirement) => `  - ${requirement.what}\n`).join("");

  if (process.getuid?.() !== 0 || !onPath("apt-get")) {
    process.stderr.write(
      `npm test needs what npm cannot install:\n${needs}Install it with:\n` +
        `  sudo apt-get update && sudo apt-get install -y ${packages}\n` +
        "(on a system without apt-get, the same with its own package manager; npm run test:unit needs none of it)\n",
    );
    return 1;
  }
  process.stdout.write(`test set-up: installing ${packages} with apt-get …\n`);
  if (!aptGet(["update", "-qq"]) || !aptGet(["install", "-y", "-qq", ...packages.split(" ")])) {
    process.stderr.write(`test set-up: apt-get could not install ${packages}\n`);
    return 1;
  }
  const still = REQUIREMENTS.filter((requirement) => !requirement.present());
  if (still.length > 0) {
    const list = still.map((requirement) => `  - ${requirement.what}\n`).join("");
    process.stderr.write(`test set-up: still missing after apt-get:\n${list}`);
    return 1;
  }
  process.stdout.write(`test set-up: installed ${packages}\n`);
  return 0;
}

process.exitCode = main();
