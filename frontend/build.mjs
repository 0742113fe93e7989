// Builds the vendored bundles into the Python package, so users never need Node.
import { build } from "esbuild";
import { copyFileSync, mkdirSync } from "node:fs";

const out = "../src/mldojo/web/static/vendor";
mkdirSync(out, { recursive: true });
const common = { bundle: true, minify: true, format: "iife", target: "es2020", legalComments: "eof" };
await build({ ...common, entryPoints: ["src/editor.js"], outfile: `${out}/editor.js` });
await build({ ...common, entryPoints: ["src/charts.js"], outfile: `${out}/charts.js` });
copyFileSync("node_modules/htmx.org/dist/htmx.min.js", `${out}/htmx.min.js`);
console.log("bundles written to", out);
