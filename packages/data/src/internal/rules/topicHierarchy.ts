import type { Topic } from "../../topic";
import type { Rule } from "./context";
import { cyclesOf, withOutside } from "./cycles";

/** A topic's parent is a topic, and following parents never leads back to where it started. */
export const topicHierarchy: Rule = {
  name: "the topic hierarchy",
  codes: ["unknown_topic", "wrong_reference_kind", "topic_cycle"],
  check(context) {
    const parentOf = new Map<string, string>();
    const topicIndex = new Map<string, number>();
    const topics = context.list<Topic>("topics");
    for (let index = 0; index < topics.length; index++) {
      if (context.isBroken("topics", index)) continue;
      const topic = topics[index] as Topic;
      topicIndex.set(topic.id, index);
      if (
        topic.parent !== undefined &&
        context.reference(topic.parent, "topic", "topics", index, "parent") !== -1
      )
        parentOf.set(topic.id, topic.parent);
    }
    const parents = withOutside(
      parentOf,
      (id) => topicIndex.has(id),
      (id) => context.outsideRecord(id, "topic")?.parent,
    );
    for (const cycle of cyclesOf(parents)) {
      // The dataset's own topic that comes first by id: where the fix belongs.
      const first = [...cycle].filter((id) => topicIndex.has(id)).sort()[0] as string;
      context.issues.push({
        path: ["topics", topicIndex.get(first) as number, "parent"],
        code: "topic_cycle",
        message: `Topic parents form a cycle: ${[...cycle, cycle[0]].join(" → ")}`,
        suggestion: "Remove one parent link of the cycle.",
      });
    }
  },
};
