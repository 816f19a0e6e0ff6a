// A stand-in for Resend's POST /emails, in a process of its own so that the benchmark's
// own work (and garbage collection) cannot delay the moment an email is noted as arrived.
import { createServer } from "node:http";

let count = 0;
const server = createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on("data", (chunk: Buffer) => chunks.push(chunk));
  req.on("end", () => {
    const arrivedAt = Date.now();
    const { subject } = JSON.parse(Buffer.concat(chunks).toString()) as { subject: string };
    process.stdout.write(`ARRIVED ${arrivedAt} ${subject}\n`);
    count += 1;
    res.writeHead(200, { "content-type": "application/json" });
    res.end(JSON.stringify({ id: `re_${count}` }));
  });
});
server.listen(0, "127.0.0.1", () => {
  process.stdout.write(`LISTENING ${(server.address() as { port: number }).port}\n`);
});
