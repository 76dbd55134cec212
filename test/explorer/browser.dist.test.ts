// The explorer page in a real browser: Debian's Chromium, driven by playwright-core (which
// downloads nothing), with WebGL2 through SwiftShader (see ../shared/docs/browser-tests.md).
// Runs once, in the dist run, on the page the built package writes: that is what users open, and
// its script is the one bundled at build time, whose hash the CSP names.
/// <reference lib="dom" />
// (DOM types for the code that page.evaluate runs in the page.)
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { accountsOf, agreedByAll, buildGraph, evidenceOf, gradeOf } from "@accordkg/core";
import { defineDataset, EVIDENCE_GRADES, geneva2021 } from "@accordkg/data";
import { renderExplorer } from "@accordkg/explorer";
import { type Browser, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { generateDataset } from "../../bench/generate";
import { HOSTILE, hostileGraph } from "./fixtures";

const CHROMIUM = "/usr/bin/chromium";
/** Where the run leaves its screenshots and timings (git-ignored). */
export const OUT = join(import.meta.dirname, "..", ".generated", "explorer");

type Handle = {
  state: { selected?: string; agreed: boolean };
  firstDrawMs?: number;
  error?: string;
  select: (key: string | undefined) => void;
  sigma: {
    refresh: () => void;
    getNodeDisplayData: (key: string) =>
      | {
          x: number;
          y: number;
          highlighted?: boolean;
          hidden?: boolean;
          label?: string;
          labelDir?: string;
        }
      | undefined;
    graphToViewport: (point: { x: number; y: number }) => { x: number; y: number };
    getContainer: () => HTMLElement;
    getCamera: () => { setState: (state: { ratio?: number; x?: number; y?: number }) => void };
    webGLContexts: Record<string, WebGLRenderingContext | WebGL2RenderingContext>;
  };
  display: { nodes: () => string[]; getNodeAttributes: (key: string) => { x: number; y: number } };
};
declare global {
  interface Window {
    accordkgExplorer?: Handle;
    __pwned?: unknown;
  }
}

/** Problems a page reported: console errors, uncaught exceptions, and any request beyond itself. */
type Watch = { errors: string[]; requests: string[]; dialogs: string[] };

let browser: Browser;
let scratch = "";
const files: Record<"geneva" | "hostile" | "large", string> = {
  geneva: "",
  hostile: "",
  large: "",
};
const pages: Partial<Record<keyof typeof files, { page: Page; watch: Watch }>> = {};

async function open(name: keyof typeof files): Promise<{ page: Page; watch: Watch }> {
  const opened = pages[name];
  if (opened !== undefined) return opened;
  const page = await browser.newPage({ viewport: { width: 1400, height: 860 } });
  const url = pathToFileURL(files[name]).href;
  const watch: Watch = { errors: [], requests: [], dialogs: [] };
  page.on("console", (message) => {
    if (message.type() === "error") watch.errors.push(message.text());
  });
  page.on("pageerror", (error) => watch.errors.push(String(error)));
  page.on("request", (request) => {
    if (request.url() !== url) watch.requests.push(request.url());
  });
  page.on("dialog", (dialog) => {
    watch.dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  // The page runs its script before "load": a large one on a busy machine takes a while.
  await page.goto(url, { timeout: 120_000 });
  await page.waitForSelector("html[data-ready]", { timeout: 60_000 });
  const error = await page.evaluate(() => window.accordkgExplorer?.error);
  if (error !== undefined) throw new Error(`the explorer could not draw: ${error}`);
  await page.waitForSelector("html[data-drawn]", { timeout: 60_000 });
  pages[name] = { page, watch };
  return pages[name];
}

/** Non-transparent pixels of one of sigma's canvases, read in the task that redraws it. */
function paintedPixels(page: Page, layer: "nodes" | "edges" | "labels"): Promise<number> {
  return page.evaluate((layer) => {
    const handle = window.accordkgExplorer as Handle;
    handle.sigma.refresh();
    const source = document.querySelector<HTMLCanvasElement>(`#graph canvas.sigma-${layer}`);
    if (source === null) return -1;
    const copy = document.createElement("canvas");
    copy.width = source.width;
    copy.height = source.height;
    const context = copy.getContext("2d") as CanvasRenderingContext2D;
    context.drawImage(source, 0, 0);
    const data = context.getImageData(0, 0, copy.width, copy.height).data;
    let painted = 0;
    for (let i = 3; i < data.length; i += 4) if ((data[i] as number) > 0) painted++;
    return painted;
  }, layer);
}

/** Clicks a node on the canvas where sigma drew it (graphToViewport takes graph coordinates). */
async function clickNode(page: Page, key: string): Promise<void> {
  const point = await page.evaluate((key) => {
    const { sigma, display } = window.accordkgExplorer as Handle;
    const { x, y } = display.getNodeAttributes(key);
    const viewport = sigma.graphToViewport({ x, y });
    const box = sigma.getContainer().getBoundingClientRect();
    return { x: box.left + viewport.x, y: box.top + viewport.y };
  }, key);
  await page.mouse.click(point.x, point.y);
}

describe.runIf(process.env.MODE === "dist")("the explorer page in Chromium", () => {
  beforeAll(async () => {
    if (!existsSync(CHROMIUM))
      throw new Error(
        `${CHROMIUM} is missing: install Debian's chromium and fonts-dejavu-core (apt-get install chromium fonts-dejavu-core; .ci/run does).`,
      );
    scratch = mkdtempSync(join(tmpdir(), "accordkg-explorer-"));
    mkdirSync(OUT, { recursive: true });
    const write = (name: keyof typeof files, html: string) => {
      files[name] = join(scratch, `${name}.html`);
      writeFileSync(files[name], html);
    };
    write(
      "geneva",
      renderExplorer(buildGraph(geneva2021), { title: "Geneva summit, 16 June 2021" }),
    );
    write("hostile", renderExplorer(hostileGraph(), { title: HOSTILE.title }));
    write(
      "large",
      renderExplorer(buildGraph(defineDataset(generateDataset({ seed: 3, commitments: 1500 }))), {
        title: "A generated dataset of 1,500 commitments",
        layout: { iterations: 20 },
      }),
    );
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      // WebGL2 through SwiftShader, no GPU; and nothing Chromium would fetch on its own.
      args: [
        "--disable-gpu",
        "--use-angle=swiftshader",
        "--enable-unsafe-swiftshader",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
      env: { ...process.env, HOME: scratch, XDG_CACHE_HOME: join(scratch, "cache") },
    });
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  });

  test("WebGL2 is available, and sigma draws with it", async () => {
    const { page } = await open("geneva");
    const gl = await page.evaluate(() => ({
      webgl2: document.createElement("canvas").getContext("webgl2") !== null,
      sigma: (window.accordkgExplorer as Handle).sigma.webGLContexts.nodes?.constructor.name,
    }));
    expect(
      gl.webgl2,
      "WebGL2 is not available: Chromium needs --use-angle=swiftshader --enable-unsafe-swiftshader",
    ).toBe(true);
    expect(gl.sigma).toBe("WebGL2RenderingContext");
  });

  test("the page draws nodes, edges and labels (non-blank canvases)", async () => {
    const { page } = await open("geneva");
    expect(await paintedPixels(page, "nodes")).toBeGreaterThan(2000);
    expect(await paintedPixels(page, "edges")).toBeGreaterThan(2000);
    expect(await paintedPixels(page, "labels")).toBeGreaterThan(1000);
    await page.screenshot({ path: join(OUT, "geneva.png") });
  });

  test("parallel edges are drawn as a fan of curves, other edges straight", async () => {
    const { page } = await open("geneva");
    // iran-nuclear-cooperation quotes the one source twice: two evidence edges, one pair of nodes.
    const edges = await page.evaluate(() => {
      const { display } = window.accordkgExplorer as unknown as {
        display: {
          edges: (a?: string, b?: string) => string[];
          getEdgeAttributes: (edge: string) => { type?: string; curvature?: number };
        };
      };
      const pair = display.edges(
        "commitment:iran-nuclear-cooperation",
        "source:geneva-2021-summit-report-ar",
      );
      const all = display.edges().map((edge) => display.getEdgeAttributes(edge).type);
      return {
        pair: pair.map((edge) => display.getEdgeAttributes(edge)),
        curved: all.filter((type) => type === "curved").length,
        straight: all.filter((type) => type === "line").length,
      };
    });
    expect(edges.pair).toHaveLength(2);
    expect(edges.pair.every((edge) => edge.type === "curved")).toBe(true);
    expect(new Set(edges.pair.map((edge) => edge.curvature)).size).toBe(2);
    expect(edges.straight).toBeGreaterThan(edges.curved);
  });

  test("Arabic renders as glyphs, not boxes", async () => {
    const { page } = await open("geneva");
    // A missing glyph draws the same box as an unassigned private-use code point.
    const tofu = await page.evaluate(() => {
      const draw = (text: string) => {
        const canvas = document.createElement("canvas");
        canvas.width = 60;
        canvas.height = 40;
        const context = canvas.getContext("2d") as CanvasRenderingContext2D;
        context.font = `24px ${getComputedStyle(document.body).fontFamily}`;
        context.fillText(text, 5, 30);
        return context.getImageData(0, 0, 60, 40).data.join();
      };
      return draw("ب") === draw("\uE000");
    });
    expect(tofu, "Arabic renders as tofu: install fonts-dejavu-core").toBe(false);
  });

  test("searching بوتين selects Vladimir Putin and moves the focus to the panel", async () => {
    const { page } = await open("geneva");
    await page.fill("#search", "بوتين");
    await page.press("#search", "Enter");
    expect(await page.evaluate(() => window.accordkgExplorer?.state.selected)).toBe(
      "actor:vladimir-putin",
    );
    expect(await page.textContent("#panel h2")).toBe("Vladimir Putin");
    expect(await page.getAttribute("#panel .name-ar", "lang")).toBe("ar");
    expect(await page.getAttribute("#panel .name-ar", "dir")).toBe("rtl");
    expect(await page.textContent("#panel .name-ar")).toBe("فلاديمير بوتين");
    expect(await page.evaluate(() => document.activeElement?.closest("#panel") !== null)).toBe(
      true,
    );
    const results = await page.$$eval("#search-results button", (buttons) =>
      buttons.map((b) => b.getAttribute("data-key")),
    );
    expect(results[0]).toBe("actor:vladimir-putin");
  });

  test("clicking an agreement shows its Arabic quote, right to left, marked in its paragraph", async () => {
    const { page } = await open("geneva");
    await page.evaluate(() => window.accordkgExplorer?.select(undefined));
    await clickNode(page, "commitment:minsk-diplomacy");
    await page.waitForFunction(
      () => window.accordkgExplorer?.state.selected === "commitment:minsk-diplomacy",
    );
    const [span] = evidenceOf(buildGraph(geneva2021), "minsk-diplomacy");
    const quote = await page.evaluate(() => {
      const block = document.querySelector("#panel blockquote");
      const mark = block?.querySelector("mark");
      return {
        lang: block?.getAttribute("lang"),
        dir: block?.getAttribute("dir"),
        direction: block === null || block === undefined ? "" : getComputedStyle(block).direction,
        marked: mark?.textContent,
        paragraph: block?.textContent,
      };
    });
    expect(quote.lang).toBe("ar");
    expect(quote.dir).toBe("rtl");
    expect(quote.direction).toBe("rtl");
    expect(quote.marked).toBe(span?.quote);
    expect((quote.paragraph ?? "").length).toBeGreaterThan((span?.quote ?? "").length);
    expect(await page.textContent("#panel .kind-badge")).toContain("agreement");
    // docs/explorer-geneva.png is a copy of this one.
    await page.locator("#panel figure").first().scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(OUT, "geneva-agreement.png") });
  });

  test("a statement's panel shows its evidence grade and every account, with its quotes", async () => {
    const { page } = await open("geneva");
    const graph = buildGraph(geneva2021);
    const id = "strategic-stability-dialogue";
    await page.evaluate((id) => window.accordkgExplorer?.select(`commitment:${id}`), id);
    const accounts = accountsOf(graph, id);
    expect(accounts.length).toBeGreaterThan(1);
    expect(await page.textContent("#grade .grade-" + gradeOf(graph, id))).toBe(gradeOf(graph, id));
    expect(await page.textContent("#accounts-heading")).toBe(`Accounts (${accounts.length})`);
    const shown = await page.$$eval("#panel article.account", (articles) =>
      articles.map((a) => ({
        id: a.getAttribute("data-account"),
        marks: [...a.querySelectorAll("mark")].map((m) => m.textContent),
      })),
    );
    expect(shown.map((a) => a.id)).toEqual(accounts.map((a) => a.id));
    for (const [i, account] of accounts.entries())
      expect(shown[i]?.marks).toEqual(account.evidence.map((e) => e.quote));
    await page.evaluate(() => window.accordkgExplorer?.select(undefined));
  });

  test("the agreement toggle highlights exactly what agreedByAll returns", async () => {
    const { page } = await open("geneva");
    await page.evaluate(() => window.accordkgExplorer?.select(undefined));
    await page.check("#agreed");
    const highlighted = await page.evaluate(() => {
      const { sigma, display } = window.accordkgExplorer as Handle;
      sigma.refresh();
      return display.nodes().filter((key) => sigma.getNodeDisplayData(key)?.highlighted === true);
    });
    const expected = agreedByAll(buildGraph(geneva2021), ["united-states", "russia"]).map(
      (c) => `commitment:${c.id}`,
    );
    expect(expected.length).toBeGreaterThan(0);
    expect(highlighted.sort()).toEqual(expected.sort());
    const listed = await page.$$eval("#agreed-list button", (buttons) =>
      buttons.map((b) => b.getAttribute("data-key")),
    );
    expect(listed.sort()).toEqual(expected.sort());
    await page.screenshot({ path: join(OUT, "geneva-agreed.png") });
    // The minimum grade narrows them to what agreedByAll's minGrade keeps, grade by grade.
    const counts: number[] = [];
    for (const minGrade of EVIDENCE_GRADES) {
      await page.selectOption("#min-grade", minGrade);
      const graded = agreedByAll(buildGraph(geneva2021), ["united-states", "russia"], {
        minGrade,
      }).map((c) => `commitment:${c.id}`);
      const shown = await page.evaluate(() => {
        const { sigma, display } = window.accordkgExplorer as Handle;
        sigma.refresh();
        return display.nodes().filter((key) => sigma.getNodeDisplayData(key)?.highlighted === true);
      });
      expect(shown.sort(), minGrade).toEqual(graded.sort());
      counts.push(graded.length);
    }
    // The control is tested on data where it changes something: joint keeps fewer than reported.
    expect(counts[0]).toBeLessThan(counts[counts.length - 1] as number);
    await page.selectOption("#min-grade", "");
    await page.uncheck("#agreed");
    expect(
      await page.evaluate(() => {
        const { sigma, display } = window.accordkgExplorer as Handle;
        sigma.refresh();
        return display.nodes().filter((key) => sigma.getNodeDisplayData(key)?.highlighted === true);
      }),
    ).toEqual([]);
  });

  test("the parties can be changed from an actor's panel and the list", async () => {
    const { page } = await open("geneva");
    const highlighted = () =>
      page.evaluate(() => {
        const { sigma, display } = window.accordkgExplorer as Handle;
        sigma.refresh();
        return display
          .nodes()
          .filter((key) => sigma.getNodeDisplayData(key)?.highlighted === true)
          .sort();
      });
    const partyKeys = () =>
      page.$$eval("#parties button.record", (buttons) =>
        buttons.map((b) => b.getAttribute("data-key")),
      );
    await page.check("#agreed");
    await page.evaluate(() => window.accordkgExplorer?.select("actor:joe-biden"));
    await page.click("#party-toggle");
    expect(await page.getAttribute("#party-toggle", "aria-pressed")).toBe("true");
    await page.evaluate(() => window.accordkgExplorer?.select("actor:vladimir-putin"));
    await page.click("#party-toggle");
    await page.click('#parties li:has(button[data-key="actor:united-states"]) button.remove');
    await page.click('#parties li:has(button[data-key="actor:russia"]) button.remove');
    expect(await partyKeys()).toEqual(["actor:joe-biden", "actor:vladimir-putin"]);
    const graph = buildGraph(geneva2021);
    const expected = agreedByAll(graph, ["joe-biden", "vladimir-putin"])
      .map((c) => `commitment:${c.id}`)
      .sort();
    expect(await highlighted()).toEqual(expected);
    // With one party, the agreements that bind it (and whoever else).
    await page.click('#parties li:has(button[data-key="actor:vladimir-putin"]) button.remove');
    expect(await highlighted()).toEqual(
      agreedByAll(graph, ["joe-biden"])
        .map((c) => `commitment:${c.id}`)
        .sort(),
    );
    await page.click('#parties li:has(button[data-key="actor:joe-biden"]) button.remove');
    expect(await page.isDisabled("#agreed")).toBe(true);
    expect(await highlighted()).toEqual([]);
    for (const party of ["actor:united-states", "actor:russia"]) {
      await page.evaluate((party) => window.accordkgExplorer?.select(party), party);
      await page.click("#party-toggle");
    }
    expect(await partyKeys()).toEqual(["actor:united-states", "actor:russia"]);
    await page.evaluate(() => window.accordkgExplorer?.select(undefined));
  });

  test("the keyboard reaches the search, then the panel and its buttons", async () => {
    const { page } = await open("geneva");
    await page.evaluate(() => window.accordkgExplorer?.select(undefined));
    // Clicking the heading puts the keyboard's starting point at the top of the page.
    await page.click("h1");
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("search");
    await page.keyboard.type("Biden");
    await page.keyboard.press("Enter");
    expect(await page.evaluate(() => document.activeElement?.closest("#panel") !== null)).toBe(
      true,
    );
    expect(await page.textContent("#panel h2")).toBe("Joe Biden");
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("expand");
    await page.keyboard.press("Escape");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("search");
    expect(await page.evaluate(() => window.accordkgExplorer?.state.selected)).toBeUndefined();
  });

  test("expand reveals the neighbourhood one step at a time", async () => {
    const { page } = await open("geneva");
    const shown = () =>
      page.evaluate(() => {
        const { sigma, display } = window.accordkgExplorer as Handle;
        sigma.refresh();
        return display.nodes().filter((key) => sigma.getNodeDisplayData(key)?.hidden !== true)
          .length;
      });
    const all = await shown();
    await page.evaluate(() => window.accordkgExplorer?.select("commitment:minsk-diplomacy"));
    await page.click("#expand");
    const one = await shown();
    await page.click("#expand");
    const two = await shown();
    const graph = buildGraph(geneva2021);
    expect(one).toBe(1 + new Set(graph.neighbors("commitment:minsk-diplomacy")).size);
    expect(two).toBeGreaterThan(one);
    expect(two).toBeLessThanOrEqual(all);
    await page.click("#reset");
    expect(await shown()).toBe(all);
  });

  test("filters by kind, topic and source hide what they leave out", async () => {
    const { page } = await open("geneva");
    const shownKinds = () =>
      page.evaluate(() => {
        const { sigma, display } = window.accordkgExplorer as Handle;
        sigma.refresh();
        return display.nodes().filter((key) => sigma.getNodeDisplayData(key)?.hidden !== true);
      });
    await page.uncheck("#kind-claim");
    expect((await shownKinds()).some((key) => key.startsWith("claim:"))).toBe(false);
    await page.check("#kind-claim");
    await page.selectOption("#filter-topic", "topic:ukraine-file");
    const aboutUkraine = await shownKinds();
    expect(aboutUkraine).toContain("topic:ukraine-file");
    expect(aboutUkraine.length).toBeLessThan(buildGraph(geneva2021).order);
    await page.click("#reset");
    expect((await shownKinds()).length).toBe(buildGraph(geneva2021).order);
  });

  test("labels switch to Arabic, drawn right to left", async () => {
    const { page } = await open("geneva");
    const putin = () =>
      page.evaluate(() => {
        const { sigma } = window.accordkgExplorer as Handle;
        sigma.refresh();
        const data = sigma.getNodeDisplayData("actor:vladimir-putin");
        return { label: data?.label, dir: data?.labelDir };
      });
    await page.selectOption("#label-language", "ar");
    expect(await putin()).toEqual({ label: "فلاديمير بوتين", dir: "rtl" });
    expect(await paintedPixels(page, "labels")).toBeGreaterThan(1000);
    await page.screenshot({ path: join(OUT, "geneva-arabic-labels.png") });
    await page.selectOption("#label-language", "en");
    expect(await putin()).toEqual({ label: "Vladimir Putin", dir: "ltr" });
  });

  test("the page logged no error and asked for nothing but itself", async () => {
    const { watch } = await open("geneva");
    expect(watch.errors).toEqual([]);
    expect(watch.requests).toEqual([]);
  });

  test("a hostile dataset runs nothing and reads as the text it is", async () => {
    const { page, watch } = await open("hostile");
    await page.evaluate(() => window.accordkgExplorer?.select("actor:mallory"));
    await page.evaluate(() => window.accordkgExplorer?.select("commitment:hostile-agreement"));
    await page.hover("#panel h2");
    await page.waitForTimeout(300);
    const seen = await page.evaluate(() => ({
      pwned: window.__pwned,
      title: document.title,
      heading: document.querySelector("h1")?.textContent,
      summary: document.querySelector('#panel .localized [lang="en"]')?.textContent,
      marks: [...document.querySelectorAll("#panel mark")].map((m) => m.textContent),
      injected: document.querySelectorAll("img, iframe, svg script, b, a, script:not([type])")
        .length,
      scripts: document.querySelectorAll("script").length,
    }));
    expect(seen.pwned).toBeUndefined();
    expect(seen.title).toBe(HOSTILE.title);
    expect(seen.heading).toBe(HOSTILE.title);
    expect(seen.summary).toBe(HOSTILE.summary);
    expect(seen.marks).toEqual([HOSTILE.quoteEn, HOSTILE.quoteAr]);
    expect(seen.injected).toBe(1); // the page's own script, nothing else
    expect(seen.scripts).toBe(2);
    await page.fill("#search", "Mallory");
    await page.press("#search", "Enter");
    expect(await page.textContent("#panel h2")).toBe(HOSTILE.actor);
    expect(await page.textContent("#panel .name-ar")).toBe(HOSTILE.actorAr);
    expect(await page.evaluate(() => window.__pwned)).toBeUndefined();
    expect(watch.dialogs).toEqual([]);
    expect(watch.errors).toEqual([]);
    expect(watch.requests).toEqual([]);
    await page.screenshot({ path: join(OUT, "hostile.png") });
  });

  test("a large graph draws, with labels only once zoomed in", async () => {
    const { page, watch } = await open("large");
    expect(await paintedPixels(page, "nodes")).toBeGreaterThan(2000);
    expect(await paintedPixels(page, "labels")).toBe(0);
    await page.evaluate(() =>
      (window.accordkgExplorer as Handle).sigma.getCamera().setState({ ratio: 0.08 }),
    );
    expect(await paintedPixels(page, "labels")).toBeGreaterThan(500);
    const firstDrawMs = await page.evaluate(() => window.accordkgExplorer?.firstDrawMs);
    expect(firstDrawMs).toBeGreaterThan(0);
    writeFileSync(join(OUT, "large-first-draw.json"), JSON.stringify({ firstDrawMs }));
    await page.screenshot({ path: join(OUT, "large-zoomed.png") });
    expect(watch.errors).toEqual([]);
    expect(watch.requests).toEqual([]);
  }, 180_000);
});
