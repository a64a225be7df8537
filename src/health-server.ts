import http from 'node:http';
import type { Logger } from 'pino';

export interface HealthReport {
  healthy: boolean;
  body: Record<string, unknown>;
}

/**
 * `GET /healthz`: 200 with details while healthy, 503 when the gateway or the store is down, for
 * Docker's HEALTHCHECK and orchestrators.
 */
export async function startHealthServer(port: number, probe: () => Promise<HealthReport>, logger: Logger): Promise<http.Server> {
  const server = http.createServer((request, response) => {
    if (request.method !== 'GET' || request.url?.split('?')[0] !== '/healthz') {
      response.writeHead(404, { 'content-type': 'application/json' }).end('{"error":"not found"}');
      return;
    }
    probe().then(
      (report) => response.writeHead(report.healthy ? 200 : 503, { 'content-type': 'application/json' }).end(JSON.stringify(report.body)),
      (error: unknown) => {
        logger.error({ err: error }, 'health probe failed');
        response.writeHead(503, { 'content-type': 'application/json' }).end('{"status":"error"}');
      },
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '0.0.0.0', () => resolve());
  });
  logger.info({ port: (server.address() as { port: number }).port }, 'health endpoint listening');
  return server;
}
