/**
 * kubectl's `PrefixWriter` over a tabwriter: each level indents two spaces, and the whole
 * description is aligned by the tabwriter at the end (or at a `flush`, which `describe` does
 * before its Events table so that table is aligned on its own).
 */
import { Tabwriter, type TabwriterSettings } from '../format/tabwriter';

export class PrefixWriter {
  private readonly tw: Tabwriter;

  constructor(settings: TabwriterSettings) {
    this.tw = new Tabwriter(settings);
  }

  write(level: number, text: string): void {
    this.tw.write('  '.repeat(level) + text);
  }

  flush(): void {
    this.tw.flush();
  }

  toString(): string {
    return this.tw.toString();
  }
}
