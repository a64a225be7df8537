/** Parameters of a message, filled in by t(). */
export type Params = Record<string, string | number>;

/** A catalog entry: fixed text, or text built from its parameters. */
export type Message = string | ((p: Params) => string);
