import type { IncomingMessage, ServerResponse } from "node:http";

export function secureRequest(request: IncomingMessage, response: ServerResponse, appUrl: URL): boolean;
