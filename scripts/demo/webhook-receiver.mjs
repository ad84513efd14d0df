// A local HTTP server standing in for the user's webhook endpoint: it keeps each delivery's raw
// body and headers so the demo can verify them with the provider package, as an app would.
import { createServer } from "node:http";

/** @returns {Promise<{ url: string, deliveries: { path: string, body: string, headers: Record<string, string | string[] | undefined> }[], close(): Promise<void> }>} */
export async function startWebhookReceiver() {
  const deliveries = [];
  const server = createServer((request, response) => {
    const chunks = [];
    request.on("data", (chunk) => chunks.push(chunk));
    request.on("end", () => {
      deliveries.push({
        path: request.url ?? "/",
        body: Buffer.concat(chunks).toString("utf8"),
        headers: request.headers,
      });
      response.writeHead(204).end();
    });
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}`,
    deliveries,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
