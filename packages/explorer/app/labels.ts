// Node labels on sigma's canvas. sigma draws every label left to right after its node; an Arabic
// label is drawn right to left (context.direction), ending just before its node, so it reads from
// the node outwards as English does (sigma has no option for this: its issue #979).
import type { Attributes } from "graphology-types";
import type { Settings } from "sigma/settings";
import type { NodeDisplayData, PartialButFor } from "sigma/types";

type LabelData = PartialButFor<NodeDisplayData, "x" | "y" | "size" | "label" | "color"> & {
  labelDir?: "ltr" | "rtl";
};

const PADDING = 2;

function placeLabel(context: CanvasRenderingContext2D, data: LabelData, size: number) {
  const rtl = data.labelDir === "rtl";
  context.direction = rtl ? "rtl" : "ltr";
  context.textAlign = "start";
  const gap = data.size + 3;
  return { x: rtl ? data.x - gap : data.x + gap, y: data.y + size / 3, rtl };
}

function resetText(context: CanvasRenderingContext2D) {
  context.direction = "ltr";
  context.textAlign = "left";
}

export function drawNodeLabel<N extends Attributes, E extends Attributes, G extends Attributes>(
  context: CanvasRenderingContext2D,
  data: LabelData,
  settings: Settings<N, E, G>,
): void {
  if (!data.label) return;
  const size = settings.labelSize;
  context.fillStyle = settings.labelColor.color ?? "#000";
  context.font = `${settings.labelWeight} ${size}px ${settings.labelFont}`;
  const { x, y } = placeLabel(context, data, size);
  context.fillText(data.label, x, y);
  resetText(context);
}

export function drawNodeHover<N extends Attributes, E extends Attributes, G extends Attributes>(
  context: CanvasRenderingContext2D,
  data: LabelData,
  settings: Settings<N, E, G>,
): void {
  const size = settings.labelSize;
  context.font = `${settings.labelWeight} ${size}px ${settings.labelFont}`;
  context.fillStyle = "#FFF";
  context.shadowOffsetX = 0;
  context.shadowOffsetY = 0;
  context.shadowBlur = 8;
  context.shadowColor = "#000";
  const radius = Math.max(data.size, size / 2) + PADDING;
  context.beginPath();
  context.arc(data.x, data.y, radius, 0, Math.PI * 2);
  context.closePath();
  context.fill();
  if (data.label) {
    const { rtl } = placeLabel(context, data, size);
    const width = context.measureText(data.label).width + 5 + radius;
    const height = size + 2 * PADDING;
    context.fillRect(rtl ? data.x - width : data.x, data.y - height / 2, width, height);
    resetText(context);
  }
  context.shadowBlur = 0;
  drawNodeLabel(context, data, settings);
}
