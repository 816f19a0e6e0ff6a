// Types of bad-request-page.mjs (plain JavaScript, because scripts/web-server.mjs answers with it under node itself).
export const BAD_REQUEST_PAGE: string;
