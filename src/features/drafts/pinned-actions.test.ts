import { describe, expect, it } from "vitest";
import { choosePinnedActions } from "./pinned-actions";

const client = { kind: "THANK_YOU_EMAIL", canEdit: true, canReview: false, sending: { blockedReason: "Your coach reviews it first." } };
const coach = { kind: "THANK_YOU_EMAIL", canEdit: false, canReview: true, sending: null };

describe("the draft page's actions pinned to a phone's bottom bar", () => {
  it("pins the coach's verdict on a submitted draft, and nothing once it is decided", () => {
    expect(choosePinnedActions({ ...coach, status: "SUBMITTED" })).toBe("review");
    expect(choosePinnedActions({ ...coach, status: "APPROVED" })).toBeNull();
    expect(choosePinnedActions({ ...coach, status: "CHANGES_REQUESTED" })).toBeNull();
  });

  it("pins submitting while the client's email still needs review, and sending once it may go", () => {
    expect(choosePinnedActions({ ...client, status: "DRAFT" })).toBe("submit");
    expect(choosePinnedActions({ ...client, status: "CHANGES_REQUESTED" })).toBe("submit");
    expect(choosePinnedActions({ ...client, status: "SUBMITTED" })).toBeNull();
    expect(choosePinnedActions({ ...client, status: "APPROVED", sending: { blockedReason: null } })).toBe("send");
  });

  it("pins sending over submitting where the practice lets a draft go without review, so one bar shows", () => {
    expect(choosePinnedActions({ ...client, status: "DRAFT", sending: { blockedReason: null } })).toBe("send");
  });

  it("pins a letter's printing and mailing once it is past review, and nothing once it is mailed", () => {
    const letter = { ...client, kind: "THANK_YOU_LETTER", sending: null };
    expect(choosePinnedActions({ ...letter, status: "DRAFT" })).toBe("submit");
    expect(choosePinnedActions({ ...letter, status: "APPROVED" })).toBe("letter");
    expect(choosePinnedActions({ ...letter, status: "PRINTED" })).toBe("letter");
    expect(choosePinnedActions({ ...letter, status: "MAILED" })).toBeNull();
  });

  it("pins nothing for someone who can neither edit nor review", () => {
    expect(choosePinnedActions({ kind: "THANK_YOU_LETTER", canEdit: false, canReview: false, sending: null, status: "APPROVED" })).toBeNull();
  });
});
