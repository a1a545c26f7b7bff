// For every conformance script (except the imports area, whose helpers need a package layout): import the .py
// into a fresh real MicroPython, then import our mpy-cross's .mpy of it into another, and compare the output.
// Usage: node interop.mjs CORPUS_DIR  (CORPUS_DIR holds NAME.py and NAME.mpy pairs; see run.sh)
import { loadMicroPython } from "@micropython/micropython-webassembly-pyscript";
import fs from "fs";
import path from "path";

const corpus = process.argv[2];
const names = fs.readdirSync(corpus).filter(f => f.endsWith(".mpy")).map(f => f.slice(0, -4)).sort();

async function run(name, ext) {
  const out = [];
  const mp = await loadMicroPython({ stdout: l => out.push(l), stderr: l => out.push("stderr: " + l), heapsize: 8 * 1024 * 1024 });
  mp.FS.writeFile("/" + name + ext, fs.readFileSync(path.join(corpus, name + ext)));
  try {
    mp.runPython(`try:\n    __import__(${JSON.stringify(name)})\nexcept BaseException as e:\n    print("uncaught", type(e).__name__, e)\n`);
  } catch (e) {
    out.push("js error: " + e);
  }
  return out.join("\n");
}

let same = 0;
const differ = [];
for (const name of names) {
  const fromSource = await run(name, ".py");
  const fromMpy = await run(name, ".mpy");
  if (fromSource === fromMpy) {
    same++;
  } else {
    differ.push(name);
    console.log(`--- ${name}: source\n${fromSource}\n--- ${name}: our .mpy\n${fromMpy}`);
  }
}
console.log(`${same} of ${names.length} scripts print the same from our .mpy as from their source on MicroPython`);
process.exit(differ.length === 0 ? 0 : 1);
