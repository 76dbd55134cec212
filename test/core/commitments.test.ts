import {
  buildGraph,
  commitmentsAbout,
  commitmentsOf,
  InvalidArgumentsError,
  NotFoundError,
  unilateralCommitments,
} from "@accordkg/core";
import { geneva2021 } from "@accordkg/data";
import { describe, expect, test } from "vitest";
import { ids, rivers } from "./fixtures";

const geneva = buildGraph(geneva2021);
const handmade = buildGraph(rivers);

describe("commitmentsOf", () => {
  test("returns every commitment binding the actor, in text order", () => {
    expect(ids(commitmentsOf(geneva, "united-states"))).toEqual([
      "strategic-stability-dialogue",
      "critical-infrastructure-off-limits",
      "cyber-expert-understandings",
      "iran-nuclear-cooperation",
      "us-commitment-to-ukraine-sovereignty",
      "minsk-diplomacy",
      "us-will-respond",
      "nuclear-war-cannot-be-won",
      "ambassadors-return",
      "diplomatic-track-consultations",
    ]);
  });

  test("treats a leader and their state as the same actor, both ways", () => {
    expect(commitmentsOf(geneva, "joe-biden")).toEqual(commitmentsOf(geneva, "united-states"));
    expect(commitmentsOf(handmade, "northland")).toEqual(commitmentsOf(handmade, "ana"));
    // Ana's own proposal binds Northland's side too.
    expect(ids(commitmentsOf(handmade, "northland"))).toEqual([
      "water-agreement",
      "ceasefire-proposal",
      "delta-survey-agreement",
    ]);
  });

  test("keeps only the given kinds", () => {
    expect(ids(commitmentsOf(geneva, "united-states", { kinds: ["pledge", "warning"] }))).toEqual([
      "us-commitment-to-ukraine-sovereignty",
      "us-will-respond",
    ]);
    expect(ids(commitmentsOf(handmade, "southland", { kinds: ["warning"] }))).toEqual([
      "border-warning",
    ]);
  });

  test("returns [] for an actor bound by nothing, or an empty kind list", () => {
    expect(commitmentsOf(geneva, "iran")).toEqual([]);
    expect(commitmentsOf(geneva, "united-states", { kinds: [] })).toEqual([]);
    expect(commitmentsOf(handmade, "river-commission")).toEqual([]);
  });

  test("never returns claims", () => {
    // Putin is a party only to discussions (claims) and, through Russia, to agreements.
    for (const c of commitmentsOf(geneva, "vladimir-putin")) expect(c.kind).toBe("agreement");
  });

  test("throws NotFoundError for an unknown actor and InvalidArgumentsError for a bad kind", () => {
    expect(() => commitmentsOf(geneva, "amerca")).toThrow(NotFoundError);
    expect(() => commitmentsOf(geneva, "russia", { kinds: ["promise" as "pledge"] })).toThrow(
      InvalidArgumentsError,
    );
  });
});

describe("unilateralCommitments", () => {
  test("returns what one side pledged, proposed or warned, without agreements", () => {
    expect(unilateralCommitments(geneva, "joe-biden").map((c) => `${c.kind} ${c.id}`)).toEqual([
      "proposal critical-infrastructure-off-limits",
      "pledge us-commitment-to-ukraine-sovereignty",
      "warning us-will-respond",
    ]);
    expect(unilateralCommitments(geneva, "united-states")).toEqual(
      unilateralCommitments(geneva, "joe-biden"),
    );
    expect(ids(unilateralCommitments(handmade, "bo"))).toEqual(["border-warning"]);
    expect(ids(unilateralCommitments(handmade, "westland"))).toEqual(["westland-aid"]);
  });

  test("returns [] for a side that only agreed, or did nothing", () => {
    expect(unilateralCommitments(geneva, "russia")).toEqual([]);
    expect(unilateralCommitments(geneva, "vladimir-putin")).toEqual([]);
    expect(unilateralCommitments(handmade, "river-commission")).toEqual([]);
  });

  test("throws NotFoundError for an unknown actor", () => {
    expect(() => unilateralCommitments(geneva, "ukrane")).toThrow(NotFoundError);
  });
});

describe("commitmentsAbout", () => {
  test("includes commitments about subtopics", () => {
    expect(ids(commitmentsAbout(geneva, "ukraine-file"))).toEqual([
      "us-commitment-to-ukraine-sovereignty",
      "minsk-diplomacy",
    ]);
    expect(ids(commitmentsAbout(geneva, "cybersecurity"))).toEqual([
      "critical-infrastructure-off-limits",
      "cyber-expert-understandings",
    ]);
    expect(ids(commitmentsAbout(handmade, "water"))).toEqual([
      "water-agreement",
      "delta-survey-agreement",
    ]);
  });

  test("lists a commitment once even when it is about several subtopics", () => {
    // The dialogue is about strategic stability, arms control and new weapons: one entry.
    expect(ids(commitmentsAbout(geneva, "global-security"))).toEqual([
      "strategic-stability-dialogue",
      "critical-infrastructure-off-limits",
      "cyber-expert-understandings",
      "iran-nuclear-cooperation",
      "nuclear-war-cannot-be-won",
    ]);
  });

  test("returns [] for a topic only discussed, or never mentioned", () => {
    expect(commitmentsAbout(geneva, "arctic")).toEqual([]);
    expect(commitmentsAbout(handmade, "economy")).toEqual([]);
    expect(commitmentsAbout(handmade, "unused-topic")).toEqual([]);
  });

  test("throws NotFoundError for an unknown topic, or an actor given as a topic", () => {
    expect(() => commitmentsAbout(geneva, "artic")).toThrow(NotFoundError);
    expect(() => commitmentsAbout(geneva, "russia")).toThrow(/"russia" is an actor, not a topic/);
  });
});
