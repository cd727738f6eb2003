import { describe, expect, it } from 'vitest';
import {
  LEGACY_DESCRIBE,
  MODERN_DESCRIBE,
  MODERN_TABLE,
  Tabwriter,
  formatTabbed,
} from './tabwriter';

describe('tabwriter', () => {
  it('pads each column to its widest cell plus padding, never below minwidth', () => {
    expect(formatTabbed('A\tBB\tC\nlonger\tx\ty\n', MODERN_TABLE)).toBe(
      'A        BB    C\nlonger   x     y\n',
    );
  });

  it('never pads the text after the last tab', () => {
    expect(formatTabbed('a\tb   \nc\td\n', MODERN_DESCRIBE)).toBe('a  b   \nc  d\n');
  });

  it('aligns a column only across consecutive lines that have it', () => {
    const text = 'Name:\tweb\nContainers:\n  web:\n    Image:\tnginx\n    Ready:\tTrue\n';
    expect(formatTabbed(text, MODERN_DESCRIBE)).toBe(
      'Name:  web\nContainers:\n  web:\n    Image:  nginx\n    Ready:  True\n',
    );
  });

  it('pads with whole tabs when the pad character is a tab (kubectl v1.0 describe)', () => {
    const text = 'Name:\tfrontend-abcde\nImage(s):\tnginx\nReplication Controllers:\tfrontend\n';
    expect(formatTabbed(text, LEGACY_DESCRIBE)).toBe(
      'Name:\t\t\t\tfrontend-abcde\nImage(s):\t\t\tnginx\nReplication Controllers:\tfrontend\n',
    );
  });

  it('counts characters, not bytes', () => {
    expect(formatTabbed('ü\tx\nab\ty\n', MODERN_DESCRIBE)).toBe('ü   x\nab  y\n');
  });

  it('aligns text written after a flush on its own', () => {
    const w = new Tabwriter(MODERN_DESCRIBE);
    w.write('Namespace:\tdefault\n');
    w.flush();
    w.write('A:\tb\n');
    expect(w.toString()).toBe('Namespace:  default\nA:  b\n');
  });
});
