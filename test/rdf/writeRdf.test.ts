import { createWriteStream, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough, Writable } from "node:stream";
import { buildGraph, InvalidArgumentsError } from "@accordkg/core";
import { defineDataset, geneva2021 } from "@accordkg/data";
import { RDF_FORMATS, type RdfWritable, toRdf, writeRdf } from "@accordkg/rdf";
import { describe, expect, test } from "vitest";
import { generateDataset } from "../../bench/generate";

const graph = buildGraph(geneva2021);
const larger = buildGraph(defineDataset(generateDataset({ seed: 5, commitments: 3000 })));

/** Everything written to a stream, as one string. */
function collector() {
  const chunks: string[] = [];
  const stream = new PassThrough({ decodeStrings: false, encoding: "utf8" });
  stream.on("data", (chunk: string) => chunks.push(chunk));
  return { stream, text: () => chunks.join("") };
}

describe("writeRdf", () => {
  test.each(RDF_FORMATS)("writes what toRdf returns, in %s", async (format) => {
    // The larger graph spans many pieces; one line-based and one bracketed format suffice for it.
    const graphs = format === "n-quads" || format === "json-ld" ? [graph, larger] : [graph];
    for (const g of graphs) {
      const { stream, text } = collector();
      await writeRdf(g, stream, { format });
      expect(text()).toBe(toRdf(g, { format }));
    }
  });

  test("writes a file", async () => {
    const dir = mkdtempSync(join(tmpdir(), "accordkg-rdf-"));
    try {
      const path = join(dir, "geneva.ttl");
      await writeRdf(graph, createWriteStream(path), { format: "turtle" });
      expect(readFileSync(path, "utf8")).toBe(toRdf(graph, { format: "turtle" }));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test("waits for a slow stream: what waits in the stream stays bounded", async () => {
    let largest = 0;
    let written = 0;
    const slow = new Writable({
      highWaterMark: 1024,
      write(chunk: Buffer, _encoding, done) {
        written += chunk.length;
        setImmediate(done);
      },
    });
    const write = slow.write.bind(slow);
    slow.write = ((chunk: string) => {
      const result = write(chunk);
      largest = Math.max(largest, slow.writableLength);
      return result;
    }) as typeof slow.write;
    await writeRdf(larger, slow, { format: "n-quads" });
    const total = Buffer.byteLength(toRdf(larger, { format: "n-quads" }));
    expect(written).toBe(total);
    expect(total).toBeGreaterThan(20 * 2 ** 20);
    // One piece (64 Ki UTF-16 code units: at most 192 KiB of UTF-8) at a time, never the export.
    expect(largest).toBeLessThan(256 * 1024);
  });

  test("ends the stream unless told not to", async () => {
    const ended = collector();
    await writeRdf(graph, ended.stream, { format: "turtle" });
    expect(ended.stream.writableEnded).toBe(true);
    const open = collector();
    await writeRdf(graph, open.stream, { format: "turtle", end: false });
    expect(open.stream.writableEnded).toBe(false);
    open.stream.end();
  });

  test("rejects when the stream fails", async () => {
    const failing = new Writable({
      write(_chunk, _encoding, done) {
        done(new Error("disk full"));
      },
    });
    await expect(writeRdf(larger, failing, { format: "n-quads" })).rejects.toThrow("disk full");
  });

  test("rejects what is not a stream, and bad options, with InvalidArgumentsError", async () => {
    await expect(writeRdf(graph, {} as RdfWritable, { format: "turtle" })).rejects.toThrow(
      InvalidArgumentsError,
    );
    await expect(
      writeRdf(graph, collector().stream, { format: "ntriples" as "turtle" }),
    ).rejects.toThrow(InvalidArgumentsError);
  });
});
