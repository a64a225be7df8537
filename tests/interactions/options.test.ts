import { describe, expect, expectTypeOf, it } from 'vitest';
import { definition as config } from '../../commands/config.ts';
import { definition as search } from '../../commands/search.ts';
import { readInvocation, type InvocationOf } from '../../src/interactions/options.ts';

describe('options typed from a definition', () => {
  it('types required options as their value, optional ones as possibly undefined, subcommands as a union', () => {
    expectTypeOf<InvocationOf<typeof search>>().toEqualTypeOf<{ subcommand: null; options: { readonly query: string; readonly tag: string | undefined } }>();
    type Config = InvocationOf<typeof config>;
    expectTypeOf<Extract<Config, { subcommand: 'quiz-time' }>['options']>().toEqualTypeOf<{ readonly time: string }>();
    expectTypeOf<Extract<Config, { subcommand: 'show' }>['options']>().toEqualTypeOf<{}>(); // eslint-disable-line @typescript-eslint/no-empty-object-type
  });

  it('reads what Discord sends against the definition and refuses what does not fit it', () => {
    expect(readInvocation(search, { subcommand: null, options: { query: 'lora', extra: 1 } })).toEqual({ subcommand: null, options: { query: 'lora' } });
    expect(readInvocation(search, { subcommand: null, options: { tag: 'x' } })).toBeNull();
    expect(readInvocation(search, { subcommand: null, options: { query: 3 } })).toBeNull();
    expect(readInvocation(search, { subcommand: 'show', options: { query: 'x' } })).toBeNull();
    expect(readInvocation(config, { subcommand: 'quiz-time', options: { time: '09:30' } })).toEqual({ subcommand: 'quiz-time', options: { time: '09:30' } });
    expect(readInvocation(config, { subcommand: 'nope', options: {} })).toBeNull();
    expect(readInvocation(config, { subcommand: null, options: {} })).toBeNull();
  });
});
