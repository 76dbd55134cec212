import type { NodeKind } from "@accordkg/core";

/** The shapes the node program draws; the number is what the shader reads. */
export const SHAPES = {
  circle: 0,
  square: 1,
  diamond: 2,
  triangle: 3,
  hexagon: 4,
  ring: 5,
  cross: 6,
} as const;
export type Shape = keyof typeof SHAPES;

/** How each kind of node looks, in the graph and in the legend. */
export type KindStyle = { readonly color: string; readonly shape: Shape; readonly name: string };

// Okabe–Ito colours (told apart with the common colour-vision deficiencies), each with a shape of
// its own so no kind is known by colour alone; darkened where needed for 3:1 against white.
export const KIND_STYLES: Readonly<Record<NodeKind, KindStyle>> = {
  actor: { color: "#0072B2", shape: "circle", name: "Actor" },
  topic: { color: "#007A5A", shape: "diamond", name: "Topic" },
  event: { color: "#B07800", shape: "square", name: "Event" },
  commitment: { color: "#C24E00", shape: "triangle", name: "Commitment" },
  claim: { color: "#A64D86", shape: "hexagon", name: "Claim" },
  source: { color: "#5E5E5E", shape: "ring", name: "Source" },
  account: { color: "#3D5A80", shape: "cross", name: "Account" },
};

/** Fallback for a kind this page does not know (a newer dataset): grey circles. */
export const UNKNOWN_KIND: KindStyle = { color: "#767676", shape: "circle", name: "Other" };

export const styleOf = (kind: string): KindStyle =>
  (KIND_STYLES as Record<string, KindStyle>)[kind] ?? UNKNOWN_KIND;
