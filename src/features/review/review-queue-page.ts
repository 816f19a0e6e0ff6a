/** The review queue's next page: the cursor the server gave with the last one (shared by the page's prefetch and the list). */
export const nextReviewPage = (page: { nextCursor: string | null }) => page.nextCursor;
