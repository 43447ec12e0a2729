// The small part of Eleventy 3's API that Dateline uses. @11ty/eleventy ships no usable types, so we
// declare what we rely on here, once; anything not listed is deliberately unused.
declare module "@11ty/eleventy" {
  /** The configuration object passed to the constructor's `config` callback. */
  export interface UserConfig {
    setTemplateFormats(formats: string | string[]): UserConfig;
    /** A template that is no file: for the 11ty.js language, `template` is the module (data, render). */
    addTemplate(virtualPath: string, template: object, data?: object): UserConfig;
    addGlobalData(name: string, data: unknown): UserConfig;
  }

  export interface EleventyOptions {
    quietMode?: boolean;
    /** Path of the config file; false: none, not even one of Eleventy's default names in the working folder. */
    configPath?: string | false;
    /** Runs before the config file, if any, with the same UserConfig. */
    config?: (config: UserConfig) => void | Promise<void>;
  }

  /** The programmatic API. */
  export default class Eleventy {
    constructor(input: string, output: string, options?: EleventyOptions);
    /**
     * Renders every template without writing anything: each page's output path (the output folder
     * joined with its permalink; false for none) and content. Rejects on the first failure.
     */
    toJSON(): Promise<{ url: string | false; outputPath: string | false; content: string }[]>;
    /** Silences Eleventy's console output, errors included (they reach us as the rejection). */
    disableLogger(): void;
  }
}
