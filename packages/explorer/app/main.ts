// The explorer page's script: reads the embedded payload, rebuilds the graph with @accordkg/core,
// draws it with sigma.js, and wires the search, the details panel, the agreement toggle, the
// filters and "expand". Bundled by esbuild into the page at build time (scripts/bundleApp.mjs).

// First, before zod loads (a side-effect import, which import sorting leaves in place).
import "./jitless";
import {
  type AccordGraph,
  agreedByAll,
  buildGraph,
  InvalidArgumentsError,
  type NodeKind,
  prepareSearch,
  type RecordEntry,
  type SearchHit,
  search,
} from "@accordkg/core";
import { defineDataset, EVIDENCE_GRADES } from "@accordkg/data";
import EdgeCurveProgram, { indexParallelEdgesIndex } from "@sigma/edge-curve";
import { MultiDirectedGraph } from "graphology";
import { bfsFromNode } from "graphology-traversal";
import Sigma from "sigma";
import type { EdgeDisplayData, NodeDisplayData } from "sigma/types";
import { type ExplorerPayload, payloadKeys } from "../src/internal/payload";
import { append, h, replaceChildren, svg } from "./dom";
import { KIND_STYLES, SHAPES, type Shape, styleOf } from "./kinds";
import { drawNodeHover, drawNodeLabel } from "./labels";
import { renderPanel } from "./panel";
import { NodeShapeProgram } from "./shapeProgram";
import { directionOf, inLanguage, nameOf, shorten } from "./text";

/** Above this many nodes the page draws smaller nodes, no labels until zoomed in, no edges while moving. */
const LARGE = 2000;
const FADED = "#d9d9d9";
const EDGE = "#b8b8b8";
const EDGE_STRONG = "#555555";
const LABEL_FONT = '"DejaVu Sans", "Noto Sans", "Noto Naskh Arabic", Arial, sans-serif';

type DisplayNode = {
  x: number;
  y: number;
  size: number;
  color: string;
  shape: number;
  type: "shape";
  kind: NodeKind;
  labelEn: string;
  labelAr: string | undefined;
};
type DisplayEdge = {
  relation: string;
  size: number;
  color: string;
  type?: "line" | "curved";
  curvature?: number;
  parallelIndex?: number | null;
  parallelMinIndex?: number | null;
  parallelMaxIndex?: number | null;
};

/** What the page shows; every change goes through `update`, which redraws. */
type State = {
  selected: string | undefined;
  hiddenKinds: Set<string>;
  topic: string | undefined;
  source: string | undefined;
  /** Nodes left by the topic and source filters, or undefined when neither is set. */
  filtered: Set<string> | undefined;
  focus: { root: string; depth: number; nodes: Set<string> } | undefined;
  agreed: boolean;
  agreedKeys: Set<string>;
  labelLanguage: "en" | "ar";
};

/** The handle the page leaves on `window` for debugging and for its tests. */
export type ExplorerHandle = {
  graph: AccordGraph;
  display: MultiDirectedGraph<DisplayNode, DisplayEdge>;
  sigma: Sigma<DisplayNode, DisplayEdge> | undefined;
  state: State;
  /** The actors whose shared agreements the toggle highlights (node keys); the page can change them. */
  parties: string[];
  select: (key: string | undefined) => void;
  /** Milliseconds from navigation start to sigma's first drawn frame. */
  firstDrawMs: number | undefined;
  error: string | undefined;
};

declare global {
  interface Window {
    accordkgExplorer?: ExplorerHandle;
  }
}

function readPayload(): ExplorerPayload {
  const element = document.getElementById("accordkg-data");
  if (element?.textContent == null) throw new Error("The page has no embedded data.");
  const payload = JSON.parse(element.textContent) as ExplorerPayload;
  if (payload.format !== 1)
    throw new Error(`The embedded data has format ${payload.format}; this script reads format 1.`);
  return payload;
}

// Curvature for the i-th of n parallel edges (sigma's parallel-edges example): the more edges
// between two nodes, the wider their fan, up to a bound.
function curvatureOf(index: number, maxIndex: number): number {
  if (index < 0) return -curvatureOf(-index, maxIndex);
  const amplitude = 3.5;
  const max = amplitude * (1 - Math.exp(-maxIndex / amplitude)) * 0.25;
  return (max * index) / maxIndex;
}

function displayGraphOf(graph: AccordGraph, payload: ExplorerPayload, keys: readonly string[]) {
  const display = new MultiDirectedGraph<DisplayNode, DisplayEdge>();
  const large = keys.length > LARGE;
  const [base, step, cap] = large ? [1.5, 0.6, 10] : [3, 1.6, 18];
  keys.forEach((key, i) => {
    const entry = graph.getNodeAttributes(key) as RecordEntry;
    const style = styleOf(entry.kind);
    const name = nameOf(entry);
    display.addNode(key, {
      x: payload.layout.x[i] ?? 0,
      y: payload.layout.y[i] ?? 0,
      size: Math.min(cap, base + step * Math.sqrt(graph.degree(key))),
      color: style.color,
      shape: SHAPES[style.shape],
      type: "shape",
      kind: entry.kind,
      labelEn: shorten(name.en, 48),
      labelAr: name.ar === undefined ? undefined : shorten(name.ar, 48),
    });
  });
  graph.forEachEdge((edge, attributes, source, target) => {
    if (display.hasNode(source) && display.hasNode(target))
      display.addDirectedEdgeWithKey(edge, source, target, {
        relation: attributes.relation,
        size: 1,
        color: EDGE,
      });
  });
  // Two records are often linked several ways (an actor party to and stating the same
  // commitment, two quotes from one source): such edges are drawn as a fan of curves.
  indexParallelEdgesIndex(display, {
    edgeIndexAttribute: "parallelIndex",
    edgeMinIndexAttribute: "parallelMinIndex",
    edgeMaxIndexAttribute: "parallelMaxIndex",
  });
  display.updateEachEdgeAttributes((_, attributes) => {
    const { parallelIndex, parallelMinIndex, parallelMaxIndex } = attributes;
    if (typeof parallelIndex !== "number" || typeof parallelMaxIndex !== "number")
      return { ...attributes, type: "line" };
    // Shift the indices so that every edge of a fan curves (none is drawn straight on top).
    const index = typeof parallelMinIndex === "number" ? parallelIndex + 0.5 : parallelIndex;
    const maxIndex =
      typeof parallelMinIndex === "number" ? parallelMaxIndex + 0.5 : parallelMaxIndex;
    return { ...attributes, type: "curved", curvature: curvatureOf(index, maxIndex) };
  });
  return display;
}

function legendShape(shape: Shape, color: string): SVGElement {
  const icon = svg("svg", { width: 16, height: 16, viewBox: "-1 -1 2 2", "aria-hidden": "true" });
  const paint = { fill: color };
  const shapes: Record<Shape, SVGElement> = {
    circle: svg("circle", { r: 0.9, ...paint }),
    square: svg("rect", { x: -0.75, y: -0.75, width: 1.5, height: 1.5, ...paint }),
    diamond: svg("polygon", { points: "0,-0.95 0.95,0 0,0.95 -0.95,0", ...paint }),
    triangle: svg("polygon", { points: "0,-0.9 0.85,0.7 -0.85,0.7", ...paint }),
    hexagon: svg("polygon", {
      points: "0.87,0.5 0,1 -0.87,0.5 -0.87,-0.5 0,-1 0.87,-0.5",
      ...paint,
    }),
    ring: svg("circle", { r: 0.68, fill: "none", stroke: color, "stroke-width": 0.4 }),
    cross: svg("polygon", {
      points:
        "-0.35,-0.9 0.35,-0.9 0.35,-0.35 0.9,-0.35 0.9,0.35 0.35,0.35 0.35,0.9 -0.35,0.9 -0.35,0.35 -0.9,0.35 -0.9,-0.35 -0.35,-0.35",
      ...paint,
    }),
  };
  icon.appendChild(shapes[shape]);
  return icon;
}

function start(): void {
  // Marks for the browser's performance timeline: where the time to the first frame goes.
  performance.mark("accordkg:start");
  const payload = readPayload();
  performance.mark("accordkg:parsed");
  const keys = payloadKeys(payload.dataset);
  const dataset = defineDataset(payload.dataset);
  performance.mark("accordkg:validated");
  const graph = buildGraph(dataset);
  performance.mark("accordkg:graph-built");
  const display = displayGraphOf(graph, payload, keys);
  performance.mark("accordkg:display-built");
  const large = keys.length > LARGE;
  const parties = [...payload.parties];
  const entryOf = (key: string) => graph.getNodeAttributes(key) as RecordEntry;

  const state: State = {
    selected: undefined,
    hiddenKinds: new Set(),
    topic: undefined,
    source: undefined,
    filtered: undefined,
    focus: undefined,
    agreed: false,
    agreedKeys: new Set(),
    labelLanguage: payload.labelLanguage,
  };
  const handle: ExplorerHandle = {
    graph,
    display,
    sigma: undefined,
    state,
    parties,
    select: (key) => select(key),
    firstDrawMs: undefined,
    error: undefined,
  };
  window.accordkgExplorer = handle;

  // ---- The page's layout. -------------------------------------------------------------------
  const searchInput = h("input", {
    id: "search",
    type: "search",
    autocomplete: "off",
    spellcheck: "false",
    dir: "auto",
    "aria-describedby": "search-help",
    "aria-controls": "search-results",
  });
  const searchResults = h("ul", {
    id: "search-results",
    class: "results",
    "aria-label": "Search results",
  });
  const searchStatus = h(
    "p",
    { id: "search-help", class: "hint", "aria-live": "polite" },
    "Names, topics or words of a summary, in English or Arabic. Enter opens the first result.",
  );
  const header = h(
    "header",
    { class: "top" },
    h("h1", {}, payload.title),
    h(
      "div",
      { class: "search", role: "search" },
      h("label", { for: "search" }, "Search"),
      searchInput,
      searchStatus,
      searchResults,
    ),
  );

  const agreedToggle = h("input", { id: "agreed", type: "checkbox" });
  const agreedList = h("ol", { id: "agreed-list", class: "results", "aria-label": "Agreements" });
  const agreedCount = h("span", { class: "count" });
  const partiesList = h("ul", { id: "parties", class: "parties", "aria-label": "Parties" });
  const minGradeSelect = h(
    "select",
    { id: "min-grade" },
    h("option", { value: "" }, "any evidence"),
    ...EVIDENCE_GRADES.map((grade) => h("option", { value: grade }, `${grade} or better`)),
  );
  const agreedSection = h(
    "section",
    { "aria-labelledby": "agreed-heading" },
    h("h2", { id: "agreed-heading" }, "Agreed by all"),
    h(
      "div",
      { class: "toggle" },
      agreedToggle,
      h("label", { for: "agreed" }, "Highlight what they agreed on "),
      agreedCount,
    ),
    h(
      "p",
      { class: "hint" },
      "Agreements that bind every one of these actors, as their accounts state them:",
    ),
    partiesList,
    h("p", { class: "hint" }, "Add or remove an actor from its details panel."),
    h("label", { for: "min-grade" }, "Minimum evidence grade"),
    minGradeSelect,
    h(
      "p",
      { class: "hint" },
      "joint: a text the parties issued together; concordant: each party's own account; one-sided: some parties' accounts; reported: third parties only.",
    ),
    agreedList,
  );

  const kindCounts = new Map<string, number>();
  graph.forEachNode((_, attributes) => {
    kindCounts.set(attributes.kind, (kindCounts.get(attributes.kind) ?? 0) + 1);
  });
  const legend = h(
    "fieldset",
    { class: "legend" },
    h("legend", {}, "Kinds shown"),
    ...(Object.keys(KIND_STYLES) as NodeKind[])
      .filter((kind) => kindCounts.has(kind))
      .map((kind) => {
        const style = KIND_STYLES[kind];
        const box = h("input", {
          type: "checkbox",
          id: `kind-${kind}`,
          checked: true,
          "data-kind": kind,
        });
        box.addEventListener("change", () => {
          if (box.checked) state.hiddenKinds.delete(kind);
          else state.hiddenKinds.add(kind);
          update();
        });
        return h(
          "div",
          { class: "kind" },
          box,
          h(
            "label",
            { for: `kind-${kind}` },
            legendShape(style.shape, style.color),
            ` ${style.name} `,
            h("span", { class: "count" }, `(${kindCounts.get(kind)})`),
          ),
        );
      }),
    h(
      "p",
      { class: "hint" },
      "Size grows with the number of links. Edges: grey; the selected record's in black.",
    ),
  );

  const byName = (a: [string, string], b: [string, string]) => a[1].localeCompare(b[1]);
  const optionsOf = (kind: "topic" | "source") => {
    const found: [string, string][] = [];
    graph.forEachNode((key, attributes) => {
      if (attributes.kind === kind) found.push([key, nameOf(attributes as RecordEntry).en]);
    });
    return found.sort(byName).map(([key, name]) => h("option", { value: key }, shorten(name, 80)));
  };
  const topicSelect = h(
    "select",
    { id: "filter-topic" },
    h("option", { value: "" }, "All topics"),
    ...optionsOf("topic"),
  );
  const sourceSelect = h(
    "select",
    { id: "filter-source" },
    h("option", { value: "" }, "All sources"),
    ...optionsOf("source"),
  );
  const languageSelect = h(
    "select",
    { id: "label-language" },
    h("option", { value: "en", lang: "en", selected: state.labelLanguage === "en" }, "English"),
    h(
      "option",
      { value: "ar", lang: "ar", dir: "rtl", selected: state.labelLanguage === "ar" },
      "العربية",
    ),
  );
  const resetButton = h("button", { type: "button", id: "reset" }, "Show everything");
  const filters = h(
    "section",
    { "aria-labelledby": "filters-heading" },
    h("h2", { id: "filters-heading" }, "Filters"),
    h("label", { for: "filter-topic" }, "Topic (with its subtopics)"),
    topicSelect,
    h("label", { for: "filter-source" }, "Source"),
    sourceSelect,
    h("label", { for: "label-language" }, "Labels in"),
    languageSelect,
    resetButton,
  );

  const controls = h(
    "nav",
    { class: "controls", "aria-label": "Controls" },
    agreedSection,
    legend,
    filters,
  );
  const container = h("div", {
    id: "graph",
    role: "img",
    "aria-label": `Graph of ${graph.order} records and ${graph.size} links. Use the search, the lists and the details panel to move through it with a keyboard.`,
  });
  const status = h("p", { id: "status", class: "status", "aria-live": "polite" });
  const panel = h("aside", {
    id: "panel",
    class: "panel",
    "aria-label": "Details",
    tabindex: "-1",
  });
  replaceChildren(
    panel,
    h("p", { class: "hint" }, "Click a node, or search, to see its record here."),
  );
  const main = h("main", { class: "stage" }, container, status);
  document.body.append(header, h("div", { class: "layout" }, controls, main, panel));

  // ---- What is shown. -----------------------------------------------------------------------
  const visible = (node: string, kind: string) =>
    !state.hiddenKinds.has(kind) &&
    (state.focus === undefined || state.focus.nodes.has(node)) &&
    (state.filtered === undefined || state.filtered.has(node));

  const nodeReducer = (
    node: string,
    data: DisplayNode,
  ): Partial<NodeDisplayData> & Record<string, unknown> => {
    const label =
      state.labelLanguage === "ar" && data.labelAr !== undefined ? data.labelAr : data.labelEn;
    const shown: Partial<NodeDisplayData> & Record<string, unknown> = {
      ...data,
      label,
      labelDir: state.labelLanguage === "ar" && data.labelAr !== undefined ? "rtl" : "ltr",
    };
    if (!visible(node, data.kind)) shown.hidden = true;
    if (state.agreed) {
      if (state.agreedKeys.has(node)) {
        shown.highlighted = true;
        shown.zIndex = 2;
      } else if (!parties.includes(node)) {
        shown.color = FADED;
        shown.label = null;
      }
    }
    if (node === state.selected) {
      shown.forceLabel = true;
      shown.zIndex = 3;
      shown.size = data.size * 1.5;
    }
    return shown;
  };
  // The edges of the selected node and of the highlighted agreements, found once per change
  // rather than for each of a large graph's 100,000 edges on every redraw.
  let selectedEdges = new Set<string>();
  let agreedEdges = new Set<string>();
  const edgeReducer = (edge: string, data: DisplayEdge): Partial<EdgeDisplayData> => {
    if (selectedEdges.has(edge)) return { ...data, color: EDGE_STRONG, size: 2, zIndex: 1 };
    if (state.agreed && !agreedEdges.has(edge)) return { ...data, color: "#ececec" };
    return data;
  };

  let sigma: Sigma<DisplayNode, DisplayEdge>;
  try {
    sigma = new Sigma(display, container, {
      nodeProgramClasses: { shape: NodeShapeProgram },
      edgeProgramClasses: { curved: EdgeCurveProgram },
      defaultNodeType: "shape",
      defaultEdgeType: "line",
      labelFont: LABEL_FONT,
      labelSize: 12,
      labelColor: { color: "#1a1a1a" },
      defaultDrawNodeLabel: drawNodeLabel,
      defaultDrawNodeHover: drawNodeHover,
      // Labels only for nodes drawn at least this big: in a large graph none at first, more as
      // one zooms in (sigma grows nodes with the zoom).
      labelRenderedSizeThreshold: large ? 11 : 5,
      hideEdgesOnMove: large,
      zIndex: true,
      minCameraRatio: 0.01,
      maxCameraRatio: 4,
      nodeReducer,
      edgeReducer,
    });
  } catch (error) {
    const webgl2 = document.createElement("canvas").getContext("webgl2") !== null;
    handle.error = webgl2 ? String(error) : "WebGL2 is not available in this browser.";
    replaceChildren(
      container,
      h(
        "p",
        { class: "error", role: "alert" },
        `The graph cannot be drawn: ${handle.error} The search and the details still work.`,
      ),
    );
    container.setAttribute("role", "region");
    throw error;
  } finally {
    document.documentElement.setAttribute("data-ready", "true");
  }
  handle.sigma = sigma;
  performance.mark("accordkg:sigma-ready");
  sigma.once("afterRender", () => {
    performance.mark("accordkg:first-draw");
    handle.firstDrawMs = performance.now();
    document.documentElement.setAttribute("data-drawn", "true");
    // Once the graph is on screen, the search index is built in slices between frames and
    // input, so that the reader's first search does not wait for it. A search typed before it
    // is done builds the rest itself.
    prepareSearch(graph)
      .then(() => performance.mark("accordkg:search-prepared"))
      .catch((error: unknown) => console.error("accordkg: preparing the search failed", error));
  });

  function shownCount(): number {
    let count = 0;
    display.forEachNode((node, attributes) => {
      if (visible(node, attributes.kind)) count++;
    });
    return count;
  }

  function update(): void {
    sigma.refresh();
    const parts = [`Showing ${shownCount()} of ${graph.order} records.`];
    if (state.focus !== undefined)
      parts.push(
        `Neighbourhood of ${nameOf(entryOf(state.focus.root)).en}, ${state.focus.depth} step${state.focus.depth === 1 ? "" : "s"} out.`,
      );
    if (state.agreed) parts.push(`${state.agreedKeys.size} agreements highlighted.`);
    status.textContent = parts.join(" ");
  }

  // ---- Selection and the panel. -------------------------------------------------------------
  function select(key: string | undefined, moveFocus = false): void {
    state.selected = key !== undefined && graph.hasNode(key) ? key : undefined;
    selectedEdges = new Set(state.selected === undefined ? [] : display.edges(state.selected));
    if (state.selected === undefined) {
      replaceChildren(
        panel,
        h("p", { class: "hint" }, "Click a node, or search, to see its record here."),
      );
    } else {
      renderPanel(panel, graph, state.selected, {
        select: (next) => select(next, true),
        expand: () => expand(state.selected as string),
        close: () => {
          select(undefined);
          searchInput.focus();
        },
        focusDepth: state.focus?.root === state.selected ? state.focus.depth : 0,
        party:
          entryOf(state.selected).kind === "actor"
            ? {
                isParty: parties.includes(state.selected),
                toggle: () => {
                  toggleParty(state.selected as string);
                  panel.querySelector<HTMLElement>("#party-toggle")?.focus();
                },
              }
            : undefined,
      });
      if (!visible(state.selected, entryOf(state.selected).kind)) {
        // A record hidden by a filter is shown again rather than selected out of sight.
        state.hiddenKinds.delete(entryOf(state.selected).kind);
        syncKindBoxes();
        if (state.focus !== undefined && !state.focus.nodes.has(state.selected))
          state.focus = undefined;
        if (state.filtered !== undefined && !state.filtered.has(state.selected)) clearFilters();
      }
      const position = sigma.getNodeDisplayData(state.selected);
      if (position !== undefined)
        void sigma.getCamera().animate({ x: position.x, y: position.y }, { duration: 300 });
      if (moveFocus) (panel.querySelector("h2") as HTMLElement | null)?.focus();
    }
    update();
  }

  function expand(root: string): void {
    const depth = state.focus?.root === root ? state.focus.depth + 1 : 1;
    const nodes = new Set<string>();
    // Sources are reached but not passed through, as in core's neighborhood(): every statement
    // of a document links to it, and "quoted in the same document" relates nothing.
    bfsFromNode(
      graph,
      root,
      (node, attributes, d) => {
        nodes.add(node);
        return d >= depth || (d > 0 && attributes.kind === "source");
      },
      { mode: "directed" },
    );
    state.focus = { root, depth, nodes };
    select(root, true);
  }

  function syncKindBoxes(): void {
    for (const box of legend.querySelectorAll<HTMLInputElement>("input[data-kind]"))
      box.checked = !state.hiddenKinds.has(box.getAttribute("data-kind") ?? "");
  }

  function clearFilters(): void {
    state.topic = undefined;
    state.source = undefined;
    state.filtered = undefined;
    topicSelect.value = "";
    sourceSelect.value = "";
  }

  // The statements about a topic (or one under it) and quoting a source, with every record they
  // link to; undefined when no filter is set.
  function applyFilters(): void {
    state.topic = topicSelect.value || undefined;
    state.source = sourceSelect.value || undefined;
    if (state.topic === undefined && state.source === undefined) {
      state.filtered = undefined;
      return;
    }
    let statements: Set<string> | undefined;
    if (state.topic !== undefined) {
      const topics = new Set<string>();
      bfsFromNode(
        graph,
        state.topic,
        (node) => {
          topics.add(node);
        },
        { mode: "inbound" },
      );
      statements = new Set();
      for (const topic of topics)
        graph.forEachInEdge(topic, (_, attributes, source) => {
          if (attributes.relation === "about") statements?.add(source);
        });
    }
    if (state.source !== undefined) {
      const quoting = new Set<string>();
      graph.forEachInEdge(state.source, (_, attributes, source) => {
        if (
          attributes.relation === "evidence" &&
          (statements === undefined || statements.has(source))
        )
          quoting.add(source);
      });
      statements = quoting;
    }
    const kept = new Set<string>(
      [state.topic, state.source].filter((k): k is string => k !== undefined),
    );
    for (const statement of statements ?? []) {
      kept.add(statement);
      for (const neighbor of graph.neighbors(statement)) kept.add(neighbor);
    }
    state.filtered = kept;
  }
  topicSelect.addEventListener("change", () => {
    applyFilters();
    update();
  });
  sourceSelect.addEventListener("change", () => {
    applyFilters();
    update();
  });
  languageSelect.addEventListener("change", () => {
    state.labelLanguage = languageSelect.value === "ar" ? "ar" : "en";
    update();
  });
  resetButton.addEventListener("click", () => {
    clearFilters();
    state.hiddenKinds.clear();
    syncKindBoxes();
    state.focus = undefined;
    if (state.selected !== undefined) select(state.selected);
    else update();
    void sigma.getCamera().animatedReset({ duration: 300 });
  });

  // ---- Agreed by all. ------------------------------------------------------------------------
  function showParties(): void {
    replaceChildren(
      partiesList,
      ...parties.map((party) => {
        const name = nameOf(entryOf(party)).en;
        const remove = h(
          "button",
          { type: "button", class: "remove", "aria-label": `Remove ${name} from the parties` },
          "×",
        );
        remove.addEventListener("click", () => {
          toggleParty(party);
          agreedToggle.focus();
        });
        return h("li", {}, recordButton(party), remove);
      }),
      parties.length === 0 && h("li", { class: "hint" }, "No actor chosen."),
    );
    agreedToggle.disabled = parties.length === 0;
    if (parties.length === 0) agreedToggle.checked = false;
  }

  function toggleParty(party: string): void {
    const at = parties.indexOf(party);
    if (at === -1) parties.push(party);
    else parties.splice(at, 1);
    showParties();
    showAgreed();
    if (state.selected !== undefined) select(state.selected);
  }

  function showAgreed(): void {
    state.agreed = agreedToggle.checked;
    const minGrade = EVIDENCE_GRADES.find((grade) => grade === minGradeSelect.value);
    const agreements =
      state.agreed && parties.length > 0
        ? agreedByAll(graph, parties, minGrade === undefined ? {} : { minGrade })
        : [];
    state.agreedKeys = new Set(agreements.map((agreement) => `commitment:${agreement.id}`));
    agreedEdges = new Set([...state.agreedKeys].flatMap((key) => display.edges(key)));
    agreedCount.textContent = state.agreed ? `(${agreements.length})` : "";
    replaceChildren(
      agreedList,
      ...agreements
        .slice(0, 200)
        .map((agreement) => h("li", {}, recordButton(`commitment:${agreement.id}`))),
      agreements.length > 200 && h("li", { class: "hint" }, `and ${agreements.length - 200} more`),
    );
    update();
  }
  agreedToggle.addEventListener("change", showAgreed);
  minGradeSelect.addEventListener("change", showAgreed);
  showParties();

  function recordButton(key: string): HTMLButtonElement {
    const entry = entryOf(key);
    const { text, lang } = inLanguage(nameOf(entry), "en");
    const button = h(
      "button",
      { type: "button", class: "record", "data-key": key },
      legendShape(styleOf(entry.kind).shape, styleOf(entry.kind).color),
      h("span", { lang, dir: directionOf(lang) }, shorten(text, 90)),
    );
    button.addEventListener("click", () => select(key, true));
    return button;
  }

  // ---- Search. --------------------------------------------------------------------------------
  let hits: SearchHit[] = [];
  function runSearch(): void {
    const text = searchInput.value;
    hits = [];
    if (text.trim() !== "") {
      try {
        hits = search(graph, text);
      } catch (error) {
        if (!(error instanceof InvalidArgumentsError)) throw error;
      }
    }
    searchStatus.textContent =
      text.trim() === ""
        ? "Names, topics or words of a summary, in English or Arabic. Enter opens the first result."
        : `${hits.length} result${hits.length === 1 ? "" : "s"}${hits.length > 20 ? " (first 20 shown)" : ""}.`;
    replaceChildren(
      searchResults,
      ...hits.slice(0, 20).map((hit) => h("li", {}, recordButton(`${hit.kind}:${hit.record.id}`))),
    );
  }
  let timer: ReturnType<typeof setTimeout> | undefined;
  searchInput.addEventListener("input", () => {
    clearTimeout(timer);
    timer = setTimeout(runSearch, 120);
  });
  searchInput.addEventListener("keydown", (event) => {
    if (event.key !== "Enter") return;
    event.preventDefault();
    clearTimeout(timer);
    runSearch();
    const [first] = hits;
    if (first !== undefined) select(`${first.kind}:${first.record.id}`, true);
  });
  panel.addEventListener("keydown", (event) => {
    if (event.key !== "Escape") return;
    select(undefined);
    searchInput.focus();
  });

  sigma.on("clickNode", ({ node }) => select(node, false));
  sigma.on("clickStage", () => {
    if (state.selected !== undefined) select(undefined);
  });
  sigma.on("enterNode", () => container.classList.add("pointing"));
  sigma.on("leaveNode", () => container.classList.remove("pointing"));
  update();
}

try {
  start();
} catch (error) {
  if (window.accordkgExplorer === undefined) {
    append(
      document.body,
      h("p", { class: "error", role: "alert" }, `The explorer could not start: ${String(error)}`),
    );
    document.documentElement.setAttribute("data-ready", "true");
  }
  throw error;
}
