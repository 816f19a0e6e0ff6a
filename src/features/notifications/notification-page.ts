/** The notification list's next page (shared by the home page's prefetch and the list). */
export const nextNotificationPage = (page: { nextCursor: string | null }) => page.nextCursor;
