import type { Actor } from "../../actor";
import type { Rule } from "./context";

/** A person or group represents states or organizations, never itself; states do not represent. */
export const representation: Rule = {
  name: "who represents whom",
  codes: [
    "state_cannot_represent",
    "self_representation",
    "invalid_represents_target",
    "unknown_actor",
    "wrong_reference_kind",
  ],
  check(context) {
    const actors = context.list<Actor>("actors");
    const actorKind = new Map<string, Actor["kind"]>();
    for (let index = 0; index < actors.length; index++) {
      if (!context.isBroken("actors", index))
        actorKind.set((actors[index] as Actor).id, (actors[index] as Actor).kind);
    }
    for (let index = 0; index < actors.length; index++) {
      if (context.isBroken("actors", index)) continue;
      const actor = actors[index] as Actor;
      if (!actor.represents) continue;
      if (actor.kind === "state" && actor.represents.length > 0) {
        context.issues.push({
          path: ["actors", index, "represents"],
          code: "state_cannot_represent",
          message: `State "${actor.id}" lists represents; states are represented, they do not represent`,
        });
        continue;
      }
      actor.represents.forEach((target, i) => {
        if (target === actor.id) {
          context.issues.push({
            path: ["actors", index, "represents", i],
            code: "self_representation",
            message: `"${actor.id}" lists itself in represents`,
            suggestion: "List the state or organization this actor acts for.",
          });
          return;
        }
        if (context.reference(target, "actor", "actors", index, "represents", i) === -1) return;
        const kind = actorKind.get(target) ?? context.outsideRecord(target, "actor")?.kind;
        if (kind !== undefined && kind !== "state" && kind !== "organization")
          context.issues.push({
            path: ["actors", index, "represents", i],
            code: "invalid_represents_target",
            message: `"${actor.id}" represents "${target}", a ${kind}; only states and organizations can be represented`,
          });
      });
    }
  },
};
