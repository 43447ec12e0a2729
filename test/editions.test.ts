// The site's language editions from content/site.yml: the default language at `/`, each further one
// under `/<lang>/`, read into the model's Edition list; every problem at its value (the corpus in
// test/fixtures/invalid-site pins one of each rule).
import assert from "node:assert/strict";
import path from "node:path";
import { test } from "node:test";
import { readLanguageTag } from "../src/content/language-tags.ts";
import { loadSiteConfig } from "../src/content/site-config.ts";
import { sortDiagnostics } from "../src/diagnostics.ts";
import { rel, tempContent } from "./fixtures/support.ts";

async function site(text: string | undefined) {
  const { dir, cleanup } = await tempContent(text === undefined ? {} : { "site.yml": text });
  try {
    const { site, diagnostics } = await loadSiteConfig(dir);
    const file = rel(path.join(dir, "site.yml"));
    const problems = sortDiagnostics(diagnostics).map((d) => {
      assert.equal(d.file, file);
      return `${d.line}:${d.column} ${d.rule}: ${d.message}`;
    });
    return { site, problems };
  } finally {
    await cleanup();
  }
}

test("a site without editions, or without site.yml, has exactly one edition: its language at /", async () => {
  const plain = await site('title: Border\ndescription: A timeline.\nlanguage: en-GB\nbaseUrl: ""\n');
  assert.deepEqual(plain.problems, []);
  assert.deepEqual(plain.site, {
    title: "Border",
    description: "A timeline.",
    baseUrl: "",
    language: "en-GB",
    editions: [
      { lang: "en-GB", locale: "en-GB", direction: "ltr", prefix: "", title: "Border", description: "A timeline." },
    ],
  });
  const none = await site(undefined);
  assert.deepEqual(none.site.editions, [
    { lang: "en", locale: "en", direction: "ltr", prefix: "", title: "Timeline", description: "" },
  ]);
});

test("editions: a language alone, or with locale, digits, calendar, title and description; default first", async () => {
  const { site: config, problems } = await site(
    [
      "title: Iraq–Syria border after Assad",
      "description: A dated timeline.",
      "language: en",
      "locale: en-GB",
      "editions:",
      "  - lang: ar",
      "    locale: ar-IQ",
      "    digits: arab",
      "    calendar: islamic-umalqura",
      "    title: الحدود العراقية السورية بعد الأسد",
      "    description: خط زمني.",
      "  - ckb",
      "  - lang: pt-br",
      "    digits: latn",
      "",
    ].join("\n"),
  );
  assert.deepEqual(problems, []);
  assert.equal(config.language, "en");
  assert.deepEqual(config.editions, [
    {
      lang: "en",
      locale: "en-GB",
      direction: "ltr",
      prefix: "",
      title: "Iraq–Syria border after Assad",
      description: "A dated timeline.",
    },
    {
      lang: "ar",
      locale: "ar-IQ",
      direction: "rtl",
      prefix: "/ar",
      digits: "arab",
      calendar: "islamic-umalqura",
      title: "الحدود العراقية السورية بعد الأسد",
      description: "خط زمني.",
    },
    { lang: "ckb", locale: "ckb", direction: "rtl", prefix: "/ckb" },
    { lang: "pt-BR", locale: "pt-BR", direction: "ltr", prefix: "/pt-br", digits: "latn" },
  ]);
});

test("every problem of the editions at once, each at its value, with what to write instead", async () => {
  const { problems, site: config } = await site(
    [
      "language: EN",
      "digits: roman",
      "editions:",
      "  - ar_IQ",
      "  - lang: ckb",
      "    locale: ar-IQ",
      "  - lang: ckb",
    ].join("\n"),
  );
  assert.deepEqual(problems, [
    '2:9 digits-unknown: digits: "roman" is not a kind of digits: write latn (0–9) or arab (٠–٩)',
    '4:5 language-invalid: editions[1]: "ar_IQ" is not a language tag: write it with a hyphen, ar-IQ',
    "6:13 locale-mismatch: locale: ar-IQ is not a locale of ckb; write ckb with a region, such as ckb-IQ",
    "7:11 edition-duplicate: ckb is listed twice (also on line 5); keep one",
  ]);
  assert.deepEqual(
    config.editions.map((e) => e.lang),
    ["en"],
    "with errors, the site is read as its defaults",
  );
});

test("language tags: canonical form from Intl; what is not a language is refused with a reason", () => {
  const ok = (text: string) => {
    const read = readLanguageTag(text);
    return read.ok ? read.tag : read.message;
  };
  assert.equal(ok("EN-gb"), "en-GB");
  assert.equal(ok("zh-hant-tw"), "zh-Hant-TW");
  assert.equal(ok("ckb"), "ckb");
  assert.equal(ok("iw"), "he", "deprecated tags become their current form");
  assert.equal(ok("es-419"), "es-419");
  assert.equal(
    ok("arabic"),
    '"arabic" is not a language tag: write a BCP 47 language tag such as ar, ckb, tr or ' + "pt-BR",
  );
  assert.equal(ok("en_GB"), '"en_GB" is not a language tag: write it with a hyphen, en-GB');
  assert.equal(ok("und"), '"und" is not a language tag: it names no language');
  for (const refused of ["", "-", "x-foo", "en-US-u-nu-arab", "de-1996", "e"]) {
    assert.equal(readLanguageTag(refused).ok, false, refused);
  }
});
