// Finds a Chromium for Playwright without ever downloading one:
// $CHROMIUM_PATH, else /usr/bin/chromium, else Playwright's own browser if one is installed.
import { existsSync } from 'node:fs';
import { chromiumPath } from './chromium-path.mjs';

const found = chromiumPath();
if (!found) {
  const tried = process.env.CHROMIUM_PATH
    ? [`CHROMIUM_PATH=${process.env.CHROMIUM_PATH}, which does not exist`]
    : ['/usr/bin/chromium', "Playwright's own browsers"];
  console.error(
    [
      'No Chromium found for the Playwright tests (tried: ' + tried.join(', ') + ').',
      'Install one, then run `npm test` again:',
      '  Debian/Ubuntu:  sudo apt-get install -y chromium',
      '  or point CHROMIUM_PATH at a Chromium or Chrome binary: CHROMIUM_PATH=/path/to/chrome npm test',
      'kubesim never downloads a browser by itself.',
    ].join('\n'),
  );
  process.exit(1);
}
if (!existsSync(found)) process.exit(1);
console.log(`Playwright will use Chromium at ${found}`);
