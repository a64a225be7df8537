import { defaultFaultBody } from '../errors.ts';
import type { FaultRule } from '../types.ts';
import type { RestResponse } from './router.ts';

interface ActiveFault {
  rule: FaultRule;
  remaining: number;
}

/** failNext(): answers the next matching requests with an injected status instead of handling them. */
export class FaultInjector {
  private readonly faults: ActiveFault[] = [];

  add(rule: FaultRule): void {
    const times = rule.times ?? 1;
    if (!Number.isInteger(times) || times < 1) throw new Error(`failNext: times must be a positive integer, got ${times}`);
    if (rule.status < 400 || rule.status > 599) throw new Error(`failNext: status must be 4xx or 5xx, got ${rule.status}`);
    this.faults.push({ rule, remaining: times });
  }

  /** How many injected answers are still waiting for a matching request. */
  pending(): number {
    return this.faults.reduce((sum, fault) => sum + fault.remaining, 0);
  }

  take(method: string, path: string): RestResponse | null {
    const fault = this.faults.find(({ rule }) => {
      // A /g or /y RegExp keeps lastIndex between test() calls; start fresh every time.
      rule.path.lastIndex = 0;
      return (rule.method === undefined || rule.method.toUpperCase() === method) && rule.path.test(path);
    });
    if (!fault) return null;
    fault.remaining -= 1;
    if (fault.remaining === 0) this.faults.splice(this.faults.indexOf(fault), 1);
    const { rule } = fault;
    if (rule.status !== 429) return { status: rule.status, body: rule.body ?? defaultFaultBody(rule.status) };
    const retryAfter = rule.retryAfter ?? 1;
    const headers: Record<string, string> = {
      'Retry-After': String(retryAfter),
      'X-RateLimit-Scope': rule.global ? 'global' : 'user',
    };
    if (rule.global) headers['X-RateLimit-Global'] = 'true';
    return {
      status: 429,
      headers,
      body: rule.body ?? { message: 'You are being rate limited.', retry_after: retryAfter, global: rule.global === true },
    };
  }
}
