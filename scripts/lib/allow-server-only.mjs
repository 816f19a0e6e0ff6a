// `node --import ./scripts/lib/allow-server-only.mjs` (or `tsx --import …`): lets a script run server modules under
// plain Node. Every module under src/server starts with `import "server-only"`, which Next.js resolves to an empty
// module for server code and to one that throws for client code; plain Node would take the throwing one. This resolves
// that one package as Next.js does for the server, and nothing else: a global `--conditions=react-server` would also
// give React its server build, which cannot render the emails.
import { register } from "node:module";

register("./server-only-hooks.mjs", import.meta.url);
