import type { IncomingHttpHeaders } from 'node:http';

export interface UploadedFile {
  field: string;
  filename: string;
  size: number;
  contentType: string | null;
  /** The uploaded bytes, so tests can decode what the bot attached. */
  data: Buffer;
}

export interface RestRequest {
  method: string;
  path: string;
  params: Record<string, string>;
  query: URLSearchParams;
  /** Parsed JSON body (the `payload_json` part of a multipart body), or null. */
  body: unknown;
  files: UploadedFile[];
  headers: IncomingHttpHeaders;
}

export interface RestResponse {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

/**
 * `bot`: needs `Authorization: Bot <token>`. `path-token`: interaction callbacks and interaction
 * webhooks, which Discord authenticates by the token in the URL (discord.js sends them with auth: false).
 */
export type RouteAuth = 'bot' | 'path-token';

export interface Route {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  pattern: string;
  auth: RouteAuth;
  handle: (request: RestRequest) => RestResponse | Promise<RestResponse>;
}

export type RouteMatch = { route: Route; params: Record<string, string> } | 'method-not-allowed' | 'not-found';

export class Router {
  private readonly routes: { route: Route; segments: string[] }[] = [];

  add(...routes: Route[]): void {
    for (const route of routes) this.routes.push({ route, segments: route.pattern.split('/').filter(Boolean) });
  }

  match(method: string, path: string): RouteMatch {
    const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
    let pathMatched = false;
    for (const { route, segments } of this.routes) {
      const params = matchSegments(segments, parts);
      if (!params) continue;
      pathMatched = true;
      if (route.method === method) return { route, params };
    }
    return pathMatched ? 'method-not-allowed' : 'not-found';
  }
}

function matchSegments(segments: string[], parts: string[]): Record<string, string> | null {
  if (segments.length !== parts.length) return null;
  const params: Record<string, string> = {};
  for (const [index, segment] of segments.entries()) {
    const part = parts[index] as string;
    if (segment.startsWith(':')) params[segment.slice(1)] = part;
    else if (segment !== part) return null;
  }
  return params;
}
