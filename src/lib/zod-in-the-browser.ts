import { z } from "zod";

// zod compiles object parsers with `new Function` when it may, and finds out whether it may by trying once. The app's
// Content-Security-Policy has no 'unsafe-eval', so in the browser that try is refused and reported as a violation on
// every page that parses a form. The browser's parsers are small: they do without the compiled fast path.
if (typeof window !== "undefined") z.config({ jitless: true });
