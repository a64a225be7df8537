/** A clock that runs at real speed from `start` and can be moved forward by a test. */
export class MovableClock {
  private offset: number;

  constructor(start: Date) {
    this.offset = start.getTime() - Date.now();
  }

  now = (): Date => new Date(Date.now() + this.offset);

  advance(ms: number): void {
    this.offset += ms;
  }
}
