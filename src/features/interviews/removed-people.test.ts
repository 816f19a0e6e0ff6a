import { describe, expect, it } from "vitest";
import { describeRemoval, describeSaveWithout, hasTypedDetails, nameOfRemoved, restoreIndex, wasSaved, type RemovedPerson } from "./removed-people";

const blank = { role: "INTERVIEWER", name: "", title: "", email: "", phone: "", recallNote: "" } as const;
const removed = (index: number, person: Partial<RemovedPerson["person"]> = {}): RemovedPerson => ({ key: 1, index, person: { ...blank, ...person } });

describe("hasTypedDetails", () => {
  it("is false for a row as it was added, whatever its role, and for spaces alone", () => {
    expect(hasTypedDetails({ ...blank })).toBe(false);
    expect(hasTypedDetails({ ...blank, role: "RECRUITER" })).toBe(false);
    expect(hasTypedDetails({ ...blank, name: "  ", recallNote: "\n" })).toBe(false);
    expect(hasTypedDetails({ role: "INTERVIEWER", name: "", title: null, email: undefined })).toBe(false);
  });

  it.each(["name", "title", "email", "phone", "recallNote"] as const)("is true when only the %s was typed", (field) => {
    expect(hasTypedDetails({ ...blank, [field]: "x" })).toBe(true);
  });
});

describe("restoreIndex", () => {
  it("puts a person back where they were", () => {
    expect(restoreIndex(removed(1), 3)).toBe(1);
    expect(restoreIndex(removed(2), 2)).toBe(2);
  });

  it("puts them at the end when the list has got shorter than their place since", () => {
    expect(restoreIndex(removed(3), 1)).toBe(1);
    expect(restoreIndex(removed(2), 0)).toBe(0);
  });
});

describe("the words of a removal", () => {
  it("names the person, or their place on the form when they have no name yet", () => {
    expect(describeRemoval(removed(1, { name: " Samir Nagheenanajar " }))).toBe("Removed Samir Nagheenanajar");
    expect(describeRemoval(removed(1, { email: "samir@initrode.example" }))).toBe("Removed person 2");
    expect(nameOfRemoved(removed(0, { name: "Peter Gibbons" }))).toBe("Peter Gibbons");
  });

  it("warns, for a person saved on the interview only, that saving takes their open tasks too", () => {
    const saved = removed(0, { id: "cm0000000000000000000000a", name: "Peter Gibbons" });
    expect(wasSaved(saved)).toBe(true);
    expect(wasSaved(removed(0, { name: "Peter Gibbons" }))).toBe(false);
    expect(describeSaveWithout(saved)).toBe("Saving takes Peter Gibbons off this interview, and any open task planned for them, such as a thank-you, goes too.");
    // Their name cleared before the removal: still said which row it was.
    expect(describeSaveWithout({ ...saved, index: 2, person: { ...saved.person, name: "" } })).toContain("Saving takes person 3 off this interview");
  });
});
