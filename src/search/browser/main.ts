// /assets/search.js: the entry point that src/search/bundle-script.ts bundles for the search page, which
// loads it as a module script at the end of its markup (_includes/search-app.ts).
import { findPageElements } from "./page-elements.ts";
import { readPageMessages } from "./page-messages.ts";
import { startSearchApp } from "./search-app.ts";

// Failures the app can explain it shows on the page itself; anything else surfaces as an uncaught error.
const page = findPageElements(document);
void startSearchApp(page, readPageMessages(page.app));
