import { z } from "zod";

/** The layout: ForceAtlas2 run in Node when the page is rendered, from seeded random positions. */
export const ExplorerLayoutOptions = z
  .strictObject({
    /** Same seed, same graph: same positions, byte for byte. Default 1. */
    seed: z.int().min(0).max(0xffffffff).default(1),
    /**
     * ForceAtlas2 iterations. Default: 300 up to 800 nodes, then 250,000 ÷ nodes (at least 30),
     * so that a 10,000-commitment graph (17,500 nodes) lays out in seconds.
     */
    iterations: z.int().min(0).max(10_000).optional(),
  })
  .readonly();
export type ExplorerLayoutOptions = z.input<typeof ExplorerLayoutOptions>;

/** The options of {@link renderExplorer}; every one may be left out. */
export const ExplorerOptions = z
  .strictObject({
    /** The page's title and heading. Default `"accordkg explorer"`. */
    title: z.string().min(1).max(500).default("accordkg explorer"),
    /**
     * The actors (ids or node keys) whose agreements the "agreed by all" toggle highlights, as
     * `agreedByAll` answers for them. Default: the two actors bound together by the most
     * agreements (none if the graph has no agreement).
     */
    parties: z.array(z.string().min(1)).min(1).readonly().optional(),
    /** Which language node labels are drawn in at first (the page has a switch). Default `"en"`. */
    labelLanguage: z.enum(["en", "ar"]).default("en"),
    layout: ExplorerLayoutOptions.default({ seed: 1 }),
  })
  .readonly();
export type ExplorerOptions = z.input<typeof ExplorerOptions>;
