import type { TextWritable } from "../writable";

// Text is handed to the stream in pieces of about this many UTF-16 code units: small enough to
// keep memory flat, large enough that a million records are not a million write calls.
const CHUNK = 1 << 16;

/**
 * Collects text and hands it to a writable in chunks, waiting for `drain` when the stream asks
 * it to (`write` returned false), and failing with the stream's error if it fails. `close` must
 * be called when done: it removes the error listener, so later errors reach the caller's.
 */
export class ChunkedSink {
  readonly #writable: TextWritable;
  readonly #finish: (chunk: string) => string;
  #parts: string[] = [];
  #length = 0;
  #failure: Error | undefined;
  #waiting: ((error: Error) => void) | undefined;
  readonly #onError = (error: Error) => {
    this.#failure = error;
    this.#waiting?.(error);
  };

  /** `finish` rewrites each chunk before it is written (it must not depend on where chunks split). */
  constructor(writable: TextWritable, finish: (chunk: string) => string = (chunk) => chunk) {
    this.#writable = writable;
    this.#finish = finish;
    writable.on("error", this.#onError);
  }

  /** Adds text to the pending chunk. */
  push(text: string): void {
    this.#parts.push(text);
    this.#length += text.length;
  }

  /** True when enough text is pending to be worth a write. */
  get full(): boolean {
    return this.#length >= CHUNK;
  }

  /** Writes what is pending, and waits if the stream is full. */
  async flush(): Promise<void> {
    if (this.#failure !== undefined) throw this.#failure;
    if (this.#length === 0) return;
    const chunk = this.#finish(this.#parts.join(""));
    this.#parts = [];
    this.#length = 0;
    if (this.#writable.write(chunk)) return;
    await new Promise<void>((resolve, reject) => {
      this.#waiting = reject;
      this.#writable.once("drain", () => {
        this.#waiting = undefined;
        resolve();
      });
    });
  }

  /** Stops listening to the stream. */
  close(): void {
    this.#waiting = undefined;
    this.#writable.off("error", this.#onError);
  }
}

/**
 * Collects many small pieces of text into one string, joining them every CHUNK code units, so
 * that a large document is not held as millions of small strings before the final join.
 */
export class TextCollector {
  readonly #finish: (chunk: string) => string;
  readonly #chunks: string[] = [];
  #parts: string[] = [];
  #length = 0;

  /** `finish` rewrites each chunk as it is joined (it must not depend on where chunks split). */
  constructor(finish: (chunk: string) => string = (chunk) => chunk) {
    this.#finish = finish;
  }

  push(text: string): void {
    this.#parts.push(text);
    this.#length += text.length;
    if (this.#length >= CHUNK) this.#join();
  }

  #join(): void {
    this.#chunks.push(this.#finish(this.#parts.join("")));
    this.#parts = [];
    this.#length = 0;
  }

  /** Everything pushed, as one string. */
  text(): string {
    this.#join();
    return this.#chunks.join("");
  }
}
