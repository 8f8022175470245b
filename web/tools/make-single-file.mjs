// Build step (scripts/build-web.sh): dist/ownercheck.html, one self-contained file — CSS, every
// script module and the wasm (base64, passed as `wasmBinary`) inlined — that works opened from
// file:// and inside an <iframe>. file:// pages can neither import ES modules nor start workers
// from files, so the modules are linked here into one inline module script and the analysis runs
// on the page's thread (inlineEngine). The CSP keeps connect-src 'none'; the inline script and
// style are allowed by their SHA-256 hashes, nothing else inline is.
//
// The linker is deliberately small: each module becomes a function scope; `import {a, b as c}
// from './x.mjs'` and `import x from './x.mjs'` become destructuring of that module's exports;
// `export function|class|const|async function NAME` and `export default NAME;` are collected.
// It refuses anything else, so a new import style fails the build instead of breaking the page.
// usage: node web/tools/make-single-file.mjs DIST_WEB_DIR OUT_HTML
import { readFileSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';

const [dir, out] = process.argv.slice(2);
if (!out) { console.error('usage: node web/tools/make-single-file.mjs DIST_WEB_DIR OUT_HTML'); process.exit(2); }

const ORDER = ['ownercheck.mjs', 'ownercheck-api.mjs', 'ownercheck-wasm.mjs', 'worker-core.mjs', 'engine.mjs',
  'dom.mjs', 'eml.mjs', 'timeline.mjs', 'examples.mjs', 'app.mjs'];
const varName = (file) => `__m_${file.replace(/\.mjs$/, '').replace(/[^A-Za-z0-9]/g, '_')}`;

function link(file) {
  let src = readFileSync(join(dir, file), 'utf8');
  const exports = [];
  src = src.replace(/^import\s+(\w+)\s*,\s*\{([^}]*)\}\s+from\s+'\.\/([\w.-]+\.mjs)';\s*$/gm, (_, name, names, dep) => {
    if (!ORDER.includes(dep)) throw new Error(`${file}: imports ${dep}, which is not in the single-file list`);
    return `const ${name} = ${varName(dep)}.default; const {${names.replace(/\bas\b/g, ':')}} = ${varName(dep)};`;
  });
  src = src.replace(/^import\s+(\w+)\s+from\s+'\.\/([\w.-]+\.mjs)';\s*$/gm, (_, name, dep) => {
    if (!ORDER.includes(dep)) throw new Error(`${file}: imports ${dep}, which is not in the single-file list`);
    return `const ${name} = ${varName(dep)}.default;`;
  });
  src = src.replace(/^import\s+\{([^}]*)\}\s+from\s+'\.\/([\w.-]+\.mjs)';\s*$/gm, (_, names, dep) => {
    if (!ORDER.includes(dep)) throw new Error(`${file}: imports ${dep}, which is not in the single-file list`);
    return `const {${names.replace(/\bas\b/g, ':')}} = ${varName(dep)};`;
  });
  src = src.replace(/^export\s+default\s+(\w+);\s*$/gm, (_, name) => { exports.push(`default: ${name}`); return ''; });
  src = src.replace(/^export\s+default\s+/gm, () => { exports.push('default: __default'); return 'const __default = '; });
  src = src.replace(/^export\s+((?:async\s+)?function\*?|class|const|let)\s+(\w+)/gm, (_, kind, name) => { exports.push(name); return `${kind} ${name}`; });
  const left = /^\s*(import|export)\b.*$/m.exec(src);
  if (left) throw new Error(`${file}: cannot link this statement: ${left[0].slice(0, 120)}`);
  return `const ${varName(file)} = (() => {\n${src}\nreturn { ${exports.join(', ')} };\n})();\n`;
}

// Data tables: the file carries only those named in OWNERCHECK_SINGLE_FILE_TABLES (space-separated,
// 'all' for every one; default set by scripts/build-web.sh: cities). The rest would make the file
// megabytes bigger; the page says which it has and the report's notes say what the others limit.
const manifest = JSON.parse(readFileSync(join(dir, 'data', 'tables.json'), 'utf8'));
const wanted = (process.env.OWNERCHECK_SINGLE_FILE_TABLES ?? 'cities').split(/[\s,]+/).filter(Boolean);
const carried = manifest.tables.map((t) => t.name).filter((n) => wanted.includes('all') || wanted.includes(n));
for (const n of wanted) if (n !== 'all' && !manifest.tables.some((t) => t.name === n)) throw new Error(`OWNERCHECK_SINGLE_FILE_TABLES: no table '${n}'`);
const tableModules = carried.map((name) => {
  const m = /^export default ("[A-Za-z0-9+/=]*");$/m.exec(readFileSync(join(dir, 'data', `${name}.mjs`), 'utf8'));
  if (!m) throw new Error(`data/${name}.mjs: cannot find its base64 text`);
  return `${JSON.stringify(name)}: { encoding: 'gzip', default: ${m[1]} }`;
});

let bundle = ORDER.map(link).join('\n');
bundle += `
// The single-file entry: the engine on this thread, the wasm bytes from the inlined module.
{
  const { startApp } = ${varName('app.mjs')};
  const { inlineEngine } = ${varName('engine.mjs')};
  const { loadOwnercheck } = ${varName('ownercheck-api.mjs')};
  const { wasmBytes } = ${varName('worker-core.mjs')};
  const wasm = ${varName('ownercheck-wasm.mjs')};
  const manifest = ${JSON.stringify(manifest)};
  const tables = { ${tableModules.join(',\n')} };
  const data = { manifest: () => manifest, source: async (name) => tables[name] || null, offered: ${JSON.stringify(carried)} };
  startApp(inlineEngine(async () => loadOwnercheck({ wasmBinary: await wasmBytes(wasm.default, wasm.encoding) }), data));
}
`;
// Inside an inline <script>, "</script" would end it early; "<!--" could start escaped mode.
bundle = bundle.replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '<\\!--');
const css = readFileSync(join(dir, 'style.css'), 'utf8');
const sha = (text) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

let html = readFileSync(join(dir, 'index.html'), 'utf8');
const csp = `default-src 'none'; script-src ${sha(bundle)} 'wasm-unsafe-eval'; style-src ${sha(css)}; img-src data:; connect-src 'none'; worker-src 'none'; object-src 'none'; base-uri 'none'; form-action 'none'`;
const swaps = [
  [/<meta http-equiv="Content-Security-Policy" content="[^"]*">/, `<meta http-equiv="Content-Security-Policy" content="${csp}">`],
  [/<link rel="stylesheet" href="style.css">/, () => `<style>${css}</style>`],
  [/<script type="module" src="main.mjs"><\/script>/, () => `<script type="module">${bundle}</script>`],
];
for (const [pattern, replacement] of swaps) {
  if (!pattern.test(html)) throw new Error(`index.html: cannot find ${pattern}`);
  html = html.replace(pattern, replacement);
}
writeFileSync(out, html);
console.log(`${out}: ${(html.length / 1024).toFixed(0)} KB (data tables inside: ${carried.join(', ') || 'none'})`);
