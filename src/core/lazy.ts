// Schemas built on first use. Every exported schema in wire.ts, schema.ts and protocol.ts
// is wrapped in `lazy`, so a context pays only for the validators it actually runs: the
// service worker's start (a stopped worker is started again for each message after a
// pause, and answers it only once its script has run) no longer builds ~150 Zod schemas,
// nor does a content script's start on every board page (`npm run bench`: "service worker
// cold start", "badge after DOMContentLoaded").
//
// It replaces a plain `export const X = z.…`: the value stands in for the schema itself
// (same type; `X.parse`, `X.shape`, `z.array(X)`, `z.infer<typeof X>` all work), and the
// schema, with any schema it nests, is built when one of its properties is first read.

/** `build()` run once, on first use, behind a stand-in of its result's type. */
export function lazy<T extends object>(build: () => T): T {
  let built: T | undefined;
  const real = (): T => (built ??= build());
  return new Proxy(Object.create(null) as T, {
    get: (_target, key) => Reflect.get(real(), key),
    has: (_target, key) => Reflect.has(real(), key),
    set: (_target, key, value) => Reflect.set(real(), key, value),
    getPrototypeOf: () => Reflect.getPrototypeOf(real()),
    // Own properties are the schema's too (Object.keys, a test's spy on `safeParse`); each is
    // reported configurable, as the empty stand-in's own invariants require.
    ownKeys: () => Reflect.ownKeys(real()),
    getOwnPropertyDescriptor: (_target, key) => {
      const d = Reflect.getOwnPropertyDescriptor(real(), key);
      return d && { ...d, configurable: true };
    },
    defineProperty: (_target, key, d) => Reflect.defineProperty(real(), key, d),
    deleteProperty: (_target, key) => Reflect.deleteProperty(real(), key),
  });
}
