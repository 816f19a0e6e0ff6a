/** useInfiniteQuery's next page of a list paged with a cursor (src/server/pagination/keyset.ts): null on the last page. */
export const nextPageCursor = (page: { nextCursor: string | null }) => page.nextCursor;
