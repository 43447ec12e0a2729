// Finding and reading content files: strict UTF-8, BOM stripped, CRLF read as LF.
import { readdir } from "node:fs/promises";
import { isUtf8 } from "node:buffer";
import path from "node:path";
import type { Diagnostic } from "../diagnostics.ts";
import { ENTITY_KIND, perKind } from "../model/entity-kinds.ts";
import type { EntityKind } from "../model/types.ts";
import { looksLikeLanguageTag } from "./language-tags.ts";

export type ContentKind = "event" | EntityKind;

export interface ContentFile {
  kind: ContentKind;
  /** Path relative to the working directory, forward slashes: what diagnostics print. */
  file: string;
  absolutePath: string;
  /** Set on a translation (`anbar.ckb.md`): its language as the file name writes it, and its original. */
  translation?: TranslationName;
}

export interface TranslationName {
  /** As written in the file name (`ckb`, `pt-br`); src/content/translations.ts checks and canonicalises it. */
  lang: string;
  /** The original beside it (`anbar.md`), as diagnostics print paths. */
  original: string;
}

/**
 * `<name>.<lang>.md` is a translation of `<name>.md` in the same folder. Ids are slugs without dots, so
 * such a name was never an id of its own: it got a derived id and an id-derived warning (or had `id:`;
 * such a file now reads as a translation, and translation-orphan says how to rename it). Only a second
 * extension shaped like a language tag counts, so `2024.12.md` and `report.v2.md` stay originals.
 */
export function translationName(file: string): TranslationName | undefined {
  const match = /^(.*\/)?([^/]+)\.([^./]+)\.md$/.exec(file);
  if (!match || !looksLikeLanguageTag(match[3]!)) return undefined;
  return { lang: match[3]!, original: `${match[1] ?? ""}${match[2]}.md` };
}

/** Folder of each kind inside the content folder; events may nest, entities may not. */
export const KIND_FOLDERS: Record<ContentKind, { folder: string; nested: boolean }> = {
  event: { folder: "events", nested: true },
  ...perKind((kind) => ({ folder: ENTITY_KIND[kind].folder, nested: false })),
};

export function displayPath(absolutePath: string): string {
  return path.relative(process.cwd(), absolutePath).split(path.sep).join("/") || ".";
}

/** The file name of a path as diagnostics print it, without its folders. */
export function baseName(file: string): string {
  return file.slice(file.lastIndexOf("/") + 1);
}

export interface ContentListing {
  /** Originals: one event or entity each. */
  files: ContentFile[];
  /** Translations (each with `translation` set), apart so that nothing counting files takes one for an event. */
  translations: ContentFile[];
  diagnostics: Diagnostic[];
}

/**
 * Lists every content file. Files that would be silently skipped (a `.markdown` event, an entity in a
 * sub-folder) are reported, so nothing an editor wrote is lost without a word.
 */
export async function listContentFiles(contentDir: string): Promise<ContentListing> {
  const files: ContentFile[] = [];
  const translations: ContentFile[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const [kind, { folder, nested }] of Object.entries(KIND_FOLDERS) as [ContentKind, { folder: string; nested: boolean }][]) {
    const root = path.resolve(contentDir, folder);
    // Paths are joined as text from the folder's own: path.relative for each of 10,000 files was most of
    // listing them, and the dev server lists the archive again after every edit.
    const shownRoot = displayPath(root);
    for (const relative of await walk(root, "")) {
      const base = relative.slice(relative.lastIndexOf(path.sep) + 1);
      if (base.startsWith(".")) continue; // .gitkeep and editor droppings
      const absolutePath = `${root}${path.sep}${relative}`;
      const ignored = !base.endsWith(".md")
        ? "only .md files are read"
        : !nested && relative.includes(path.sep)
          ? `${folder}/ files are read only at the top of the folder`
          : undefined;
      if (ignored) {
        diagnostics.push({
          file: displayPath(absolutePath), line: 1, column: 1, severity: "warning", rule: "file-ignored",
          message: `this file is not read: ${ignored}`,
        });
        continue;
      }
      const shown = path.sep === "/" ? relative : relative.split(path.sep).join("/");
      const file = shownRoot === "." ? shown : `${shownRoot}/${shown}`;
      const translation = translationName(file);
      if (translation) translations.push({ kind, file, absolutePath, translation });
      else files.push({ kind, file, absolutePath });
    }
  }
  const byPath = (a: ContentFile, b: ContentFile) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0);
  files.sort(byPath);
  translations.sort(byPath);
  return { files, translations, diagnostics };
}

/**
 * The content file at `absolutePath` inside `contentDir`, as listContentFiles would list it; undefined for
 * a path it would not read (outside the kinds' folders, not .md, an entity in a sub-folder).
 */
export function contentFileAt(contentDir: string, absolutePath: string): ContentFile | undefined {
  const relative = path.relative(path.resolve(contentDir), absolutePath).split(path.sep);
  const [folder, ...rest] = relative;
  const found = (Object.entries(KIND_FOLDERS) as [ContentKind, { folder: string; nested: boolean }][]).find(
    ([, where]) => where.folder === folder,
  );
  const base = rest.at(-1);
  if (!found || !base?.endsWith(".md") || base.startsWith(".")) return undefined;
  const [kind, { nested }] = found;
  if (!nested && rest.length > 1) return undefined;
  const file = displayPath(absolutePath);
  const translation = translationName(file);
  return translation ? { kind, file, absolutePath, translation } : { kind, file, absolutePath };
}

/** Files below `dir`, as paths relative to the folder the walk started in (`prefix` is `dir`'s). */
async function walk(dir: string, prefix: string): Promise<string[]> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return [];
    throw error;
  }
  const found: string[] = [];
  for (const entry of entries) {
    const relative = prefix + entry.name;
    if (entry.isDirectory()) found.push(...(await walk(path.join(dir, entry.name), relative + path.sep)));
    else if (entry.isFile()) found.push(relative);
  }
  return found;
}

export type TextResult = { ok: true; text: string } | { ok: false; diagnostic: Omit<Diagnostic, "file"> };

/** Decodes strictly: a byte that is not UTF-8 is an error at its line and column, never a U+FFFD. */
export function decodeContent(bytes: Buffer): TextResult {
  if (!isUtf8(bytes)) {
    const offset = firstInvalidUtf8Byte(bytes);
    const before = bytes.subarray(0, offset).toString("utf8").replace(/^\uFEFF/, ""); // a BOM takes no column
    const lines = before.replace(/\r\n?/g, "\n").split("\n"); // lines counted as the decoded text counts them
    return {
      ok: false,
      diagnostic: {
        line: lines.length,
        column: (lines.at(-1) ?? "").length + 1,
        severity: "error",
        rule: "file-encoding",
        message: `byte 0x${(bytes[offset] ?? 0).toString(16).padStart(2, "0").toUpperCase()} at offset ${offset} is not UTF-8; save the file as UTF-8`,
      },
    };
  }
  let text = bytes.toString("utf8");
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return { ok: true, text: text.replace(/\r\n?/g, "\n") };
}

/** Offset of the first byte that breaks UTF-8 (overlong forms and surrogates included). */
export function firstInvalidUtf8Byte(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const length = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (length === 0) return i;
    if (length > 1) {
      const second = bytes[i + 1];
      const low = b === 0xe0 ? 0xa0 : b === 0xf0 ? 0x90 : 0x80;
      const high = b === 0xed ? 0x9f : b === 0xf4 ? 0x8f : 0xbf;
      if (second === undefined || second < low || second > high) return i;
      for (let k = 2; k < length; k++) {
        const next = bytes[i + k];
        if (next === undefined || next < 0x80 || next > 0xbf) return i;
      }
    }
    i += length;
  }
  return bytes.length;
}

