import { build } from "esbuild";
const r = await build({ entryPoints: [process.argv[2]], bundle: true, minify: true, format: "esm", platform: "node", write: false, metafile: true, logLevel: "silent" });
const code = r.outputFiles[0].text;
const strs = code.match(/"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|`(?:[^`\\]|\\.)*`/g) || [];
const total = strs.reduce((a, s) => a + s.length, 0);
console.log("bundle", code.length, "string literals", total, "count", strs.length);
console.log(strs.filter(s=>s.length>30).sort((a,b)=>b.length-a.length).slice(0,40).map(s=>s.length+" "+s.slice(0,110)).join("\n"));
