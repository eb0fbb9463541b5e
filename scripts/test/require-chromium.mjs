// Browser tests drive Debian's Chromium. Stop at once, with the exact command, if it is missing.
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const missing = [];
if (!existsSync(chromium)) missing.push('chromium');
let fonts = '';
try {
  fonts = execSync('fc-list :lang=zh family', { encoding: 'utf8' });
} catch {
  fonts = '';
}
if (!/Noto Sans CJK|Noto Serif CJK/.test(fonts)) missing.push('fonts-noto-cjk');
if (missing.length > 0) {
  console.error(
    `Browser tests need Debian's ${missing.join(' and ')}. Install with:\n\n` +
      `  sudo apt-get update && sudo apt-get install -y chromium fonts-noto-cjk\n\n` +
      `(or set CHROMIUM_PATH to a Chromium binary).`,
  );
  process.exit(1);
}
