import { buildGraph } from "@accordkg/core";
import { type DatasetInput, defineDataset } from "@accordkg/data";
import { span } from "../core/fixtures";

/**
 * Strings a dataset from outside might hold to attack the page that shows it: markup with event
 * handlers, a `</script>` that would end the page's script, an HTML comment opener, a script in
 * an SVG, and the line separators that break JSON read as JavaScript. Each one, if it ran, would
 * set `window.__pwned`.
 */
export const HOSTILE = {
  actor: `<img src=x onerror="window.__pwned='actor'">Mallory`,
  actorAr: `<script>window.__pwned='ar'</script>مالوري`,
  topic: `</script><script>window.__pwned='topic'</script>`,
  summary: `<!-- <script>window.__pwned='summary'</script> --> a \u2028 b \u2029 c`,
  quoteEn: `<b onmouseover="window.__pwned='quote'">agreed</b> to <svg onload="window.__pwned='svg'">`,
  quoteAr: `</script><img src=x onerror="window.__pwned='ar-quote'">اتفقنا`,
  title: `<iframe srcdoc="<script>parent.__pwned='title'</script>">`,
};

const text = `Intro. ${HOSTILE.quoteEn} More.\n${HOSTILE.quoteAr} ختام.`;

export function hostileInput(): DatasetInput {
  const source = "hostile-report";
  return {
    id: "hostile",
    title: "A dataset whose strings attack the page",
    sources: [
      {
        id: source,
        title: HOSTILE.title,
        language: "ar",
        text,
        publisher: `<a href="javascript:window.__pwned='publisher'">x</a>`,
      },
    ],
    actors: [
      { id: "mallory", kind: "person", name: { en: HOSTILE.actor, ar: HOSTILE.actorAr } },
      { id: "trent", kind: "person", name: { en: "Trent" } },
    ],
    topics: [{ id: "attacks", label: { en: HOSTILE.topic, ar: HOSTILE.topic } }],
    events: [],
    commitments: [
      {
        id: "hostile-agreement",
        kind: "agreement",
        parties: ["mallory", "trent"],
        topics: ["attacks"],
        statedBy: ["mallory"],
        summary: { en: HOSTILE.summary, ar: HOSTILE.quoteAr },
        evidence: [span(source, text, HOSTILE.quoteEn), span(source, text, HOSTILE.quoteAr)],
      },
    ],
  };
}

export const hostileGraph = () => buildGraph(defineDataset(hostileInput()));
