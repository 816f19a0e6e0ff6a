/** useInfiniteQuery's next page of a list paged by cursor: the cursor the server gave with the last page. */
export const nextPageParam = (page: { nextCursor: string | null }) => page.nextCursor;
