import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import { setTimeout as sleep } from 'node:timers/promises';
import { DiscordHttpError, invalidJson, methodNotAllowed, routeNotFound, unauthorized } from '../errors.ts';
import type { RequestRecord } from '../types.ts';
import type { FaultInjector } from './faults.ts';
import type { RestResponse, Router, UploadedFile } from './router.ts';

const API_PREFIX = '/api/v10';

export interface HttpServerDeps {
  router: Router;
  token: string;
  faults: FaultInjector;
  requests: RequestRecord[];
  latencyMs: () => number;
  onUpgrade: (request: IncomingMessage, socket: Duplex, head: Buffer) => void;
}

export function createHttpServer(deps: HttpServerDeps): Server {
  const server = createServer((request, response) => {
    handle(deps, request, response).catch((error: unknown) => {
      // A bug in the double itself: say so loudly instead of letting the bot see a silent 500.
      console.error('[discord-double] handler crashed', error);
      if (!response.headersSent) send(response, { status: 500, body: { message: '500: Internal Server Error', code: 0 } });
    });
  });
  server.on('upgrade', deps.onUpgrade);
  return server;
}

async function handle(deps: HttpServerDeps, request: IncomingMessage, response: ServerResponse): Promise<void> {
  const url = new URL(request.url ?? '/', 'http://double.invalid');
  const method = (request.method ?? 'GET').toUpperCase();
  const raw = await readBody(request);
  const path = url.pathname.startsWith(API_PREFIX) ? url.pathname.slice(API_PREFIX.length) || '/' : url.pathname;
  const record: RequestRecord = {
    method,
    path,
    query: Object.fromEntries(url.searchParams),
    body: null,
    at: Date.now(),
    status: 0,
  };
  deps.requests.push(record);
  const answer = async (result: RestResponse) => {
    const latency = deps.latencyMs();
    if (latency > 0) await sleep(latency);
    record.status = result.status;
    send(response, result);
  };
  let parsed: { body: unknown; files: UploadedFile[] };
  try {
    parsed = await parseBody(raw, request.headers['content-type']);
    record.body = parsed.body;
  } catch (error) {
    if (error instanceof DiscordHttpError) return answer(errorResponse(error));
    throw error;
  }
  if (!url.pathname.startsWith(API_PREFIX)) return answer(errorResponse(routeNotFound()));
  const match = deps.router.match(method, path);
  if (match === 'not-found') return answer(errorResponse(routeNotFound()));
  if (match === 'method-not-allowed') return answer(errorResponse(methodNotAllowed()));
  const fault = deps.faults.take(method, path);
  if (fault) return answer(fault);
  if (match.route.auth === 'bot' && request.headers.authorization !== `Bot ${deps.token}`) {
    return answer(errorResponse(unauthorized()));
  }
  try {
    const result = await match.route.handle({
      method,
      path,
      params: match.params,
      query: url.searchParams,
      body: parsed.body,
      files: parsed.files,
      headers: request.headers,
    });
    return answer(result);
  } catch (error) {
    if (error instanceof DiscordHttpError) return answer(errorResponse(error));
    throw error;
  }
}

function errorResponse(error: DiscordHttpError): RestResponse {
  return { status: error.status, body: error.body, headers: error.headers };
}

function send(response: ServerResponse, result: RestResponse): void {
  if (result.status === 204 || result.body === undefined) {
    response.writeHead(result.status, result.headers ?? {});
    response.end();
    return;
  }
  response.writeHead(result.status, { 'Content-Type': 'application/json', ...result.headers });
  response.end(JSON.stringify(result.body));
}

async function readBody(request: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

async function parseBody(raw: Buffer, contentType: string | undefined): Promise<{ body: unknown; files: UploadedFile[] }> {
  if (raw.length === 0) return { body: null, files: [] };
  if (contentType?.startsWith('multipart/form-data')) {
    // discord.js switches to multipart when files are attached; undici's parser reads it for us.
    const form = await new Response(raw, { headers: { 'content-type': contentType } }).formData();
    const files: UploadedFile[] = [];
    let body: unknown = null;
    for (const [field, value] of form.entries()) {
      if (typeof value === 'string') {
        if (field === 'payload_json') body = parseJson(value);
      } else {
        files.push({ field, filename: value.name, size: value.size, contentType: value.type || null, data: Buffer.from(await value.arrayBuffer()) });
      }
    }
    return { body, files };
  }
  return { body: parseJson(raw.toString('utf8')), files: [] };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw invalidJson();
  }
}
