/** The input of an interview list's first page, the same on the server page that prefetches it and in the browser. */
export function interviewListInput(clientId?: string) {
  return clientId ? { clientId } : {};
}

/** The next page of an interview list starts after the cursor its last page returned (null: no more). */
export const nextInterviewPage = (page: { nextCursor: string | null }) => page.nextCursor;
