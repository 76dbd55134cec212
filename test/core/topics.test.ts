import {
  buildGraph,
  discussedButNotAgreed,
  InvalidArgumentsError,
  NotFoundError,
  sharedTopics,
  topicsDiscussed,
} from "@accordkg/core";
import { defineDataset, geneva2021 } from "@accordkg/data";
import { describe, expect, test } from "vitest";
import { ids, rivers } from "./fixtures";

const geneva = buildGraph(geneva2021);
const handmade = buildGraph(rivers);

describe("general order of topics", () => {
  test("puts topics by their first mention in a commitment or claim, then id", () => {
    expect(handmade.nodes().filter((key) => key.startsWith("topic:"))).toEqual([
      "topic:water-sharing",
      "topic:ceasefire",
      "topic:border",
      "topic:fishing", // fishing and trade share a sentence: by id
      "topic:trade",
      "topic:delta-survey",
      "topic:aid",
      "topic:water",
      "topic:economy", // never named by a statement or event: last, by id
      "topic:security",
      "topic:unused-topic",
    ]);
  });
});

describe("sharedTopics", () => {
  test("returns the topics both actors are parties to statements about", () => {
    expect(ids(sharedTopics(handmade, "ana", "bo"))).toEqual([
      "water-sharing",
      "fishing",
      "trade",
      "delta-survey",
    ]);
    const leaders = ids(sharedTopics(geneva, "joe-biden", "vladimir-putin"));
    expect(leaders.slice(0, 4)).toEqual([
      "strategic-stability",
      "arms-control",
      "unintended-conflict-risk",
      "new-dangerous-weapons",
    ]);
    expect(leaders).toContain("arctic");
    expect(leaders).not.toContain("ukraine-sovereignty"); // a US pledge alone
  });

  test("is symmetric and treats a leader and their state alike", () => {
    expect(sharedTopics(geneva, "vladimir-putin", "joe-biden")).toEqual(
      sharedTopics(geneva, "joe-biden", "vladimir-putin"),
    );
    expect(sharedTopics(handmade, "northland", "southland")).toEqual(
      sharedTopics(handmade, "ana", "bo"),
    );
  });

  test("returns [] when one of them is party to nothing", () => {
    expect(sharedTopics(geneva, "united-states", "iran")).toEqual([]);
    expect(sharedTopics(handmade, "westland", "ana")).toEqual([]);
  });

  test("throws NotFoundError for an unknown actor", () => {
    expect(() => sharedTopics(geneva, "joe-biden", "putin")).toThrow(NotFoundError);
  });
});

describe("topicsDiscussed", () => {
  test("returns the event's topics and those of statements made there", () => {
    expect(ids(topicsDiscussed(handmade, "lakeside-meeting"))).toEqual([
      "water-sharing",
      "ceasefire",
      "border",
      "fishing",
      "trade",
      "delta-survey", // from the agreement that occurred at the meeting
    ]);
    // The summit's own twenty, and four more raised by statements about it in Putin's account.
    expect(topicsDiscussed(geneva, "geneva-summit-2021")).toHaveLength(24);
    expect(ids(topicsDiscussed(geneva, "event:geneva-summit-2021"))[0]).toBe("common-interests");
  });

  test("returns [] for an event where nothing was raised", () => {
    const text = "They met.";
    const quiet = defineDataset({
      id: "quiet",
      title: "Quiet",
      sources: [{ id: "s", title: "S", language: "en", text }],
      actors: [{ id: "a", kind: "state", name: { en: "A" } }],
      topics: [],
      events: [
        {
          id: "e",
          kind: "meeting",
          name: { en: "E" },
          date: "2030-01-01",
          participants: ["a"],
          topics: [],
          evidence: [{ source: "s", start: 0, end: text.length, quote: text }],
        },
      ],
      commitments: [],
    });
    expect(topicsDiscussed(buildGraph(quiet), "e")).toEqual([]);
  });

  test("throws NotFoundError for an unknown event or a record of another kind", () => {
    expect(() => topicsDiscussed(geneva, "geneva-summit")).toThrow(NotFoundError);
    expect(() => topicsDiscussed(geneva, "minsk-diplomacy")).toThrow(
      /is a commitment, not an event/,
    );
  });
});

describe("discussedButNotAgreed", () => {
  test("returns topics raised among the parties that no agreement binding them covers", () => {
    expect(ids(discussedButNotAgreed(handmade, ["ana", "bo"]))).toEqual([
      "ceasefire",
      "border",
      "fishing",
      "trade",
    ]);
    expect(ids(discussedButNotAgreed(geneva, ["joe-biden", "vladimir-putin"]))).toEqual([
      "common-interests",
      "syria-humanitarian-access",
      "syria-humanitarian-situation",
      "arctic",
      "terrorism-in-afghanistan",
      "ukraine-sovereignty",
      "direct-communication",
      "response-to-obstruction",
      "priorities-and-principles",
      "ukraine-nato-accession",
      "prisoners",
    ]);
  });

  test("counts a topic as covered by an agreement on it, on a topic above or below it", () => {
    const open = ids(discussedButNotAgreed(geneva, ["joe-biden", "vladimir-putin"]));
    expect(open).not.toContain("arms-control"); // agreed on directly
    expect(open).not.toContain("unintended-conflict-risk"); // below strategic stability
    expect(open).not.toContain("cybercrime"); // below cybersecurity, agreed on directly
    expect(open).not.toContain("us-russia-relations"); // above the return of the ambassadors
    expect(open).not.toContain("global-security"); // above all of them
    expect(open).toContain("arctic"); // under global security, but agreed on by no one
    expect(open).toContain("prisoners"); // a sibling of the ambassadors' return
  });

  test("treats a leader and their state alike, and is symmetric", () => {
    expect(discussedButNotAgreed(geneva, ["russia", "united-states"])).toEqual(
      discussedButNotAgreed(geneva, ["joe-biden", "vladimir-putin"]),
    );
  });

  test("returns [] when the parties never met nor discussed anything together", () => {
    expect(discussedButNotAgreed(handmade, ["westland", "ana"])).toEqual([]);
    expect(discussedButNotAgreed(geneva, ["iran", "syria"])).toEqual([]);
  });

  test("throws for no parties or an unknown actor", () => {
    expect(() => discussedButNotAgreed(geneva, [])).toThrow(InvalidArgumentsError);
    expect(() => discussedButNotAgreed(geneva, ["russa"])).toThrow(NotFoundError);
  });
});
