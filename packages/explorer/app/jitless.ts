// Imported first by main.ts, so that it runs before zod loads. The page's CSP forbids eval, and
// even a refused `new Function` is reported as a violation; zod's `jitless` switch makes it (and
// @accordkg/data's parser) interpret instead. zod reads the switch when it loads and as each
// schema is built (too early for `z.config()` in main.ts), from the object it keeps on
// `globalThis.__zod_globalConfig` (shared by every copy of zod), so it is set there.
type ZodGlobal = { __zod_globalConfig?: { jitless?: boolean } };

const zod = globalThis as ZodGlobal;
zod.__zod_globalConfig = { ...zod.__zod_globalConfig, jitless: true };
