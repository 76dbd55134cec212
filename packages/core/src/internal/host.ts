// The host's clock and timer, which Node and browsers both have. The package compiles without the
// types of either (tsconfig's `types: []`), so the two it uses are declared here.
declare const performance: { now(): number };
declare function setTimeout(callback: () => void, ms: number): unknown;

/** Milliseconds from an arbitrary origin, monotonic. */
export const now = (): number => performance.now();

/**
 * Resolves on a later turn of the event loop: a macrotask, so that timers, input and I/O run in
 * between (a microtask would not let them).
 */
export const nextTurn = (): Promise<void> =>
  new Promise<void>((resolve) => {
    setTimeout(resolve, 0);
  });
