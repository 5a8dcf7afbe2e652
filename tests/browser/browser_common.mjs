// Shared by the browser drivers: start Debian's chromium through playwright-core and guard the
// network. Never downloads a browser: the binary comes from CHROMIUM_PATH (set by conftest.py).
import { createRequire } from 'node:module';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const require = createRequire(import.meta.url);
const { chromium } = require('playwright-core');

// The flags named in the project issue; --disable-quic keeps chromium from trying UDP.
export const CHROMIUM_FLAGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

/** Read the JSON job the Python test wrote (path in argv[2]). */
export async function readJob() {
  const { readFileSync } = await import('node:fs');
  const path = process.argv[2];
  if (!path) throw new Error('usage: node DRIVER.mjs JOB.json');
  return JSON.parse(readFileSync(path, 'utf-8'));
}

/**
 * Launch chromium with a fresh profile and return {context, close}.
 *
 * Every request is checked against `allowed(url)`; any other request is aborted and recorded in
 * `blocked`, so a page that tries to reach the network fails its test instead of hanging.
 */
export async function launch({ executablePath, viewport, allowed, blocked }) {
  const userDataDir = mkdtempSync(join(tmpdir(), 'aigc-chromium-profile-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath,
    headless: true,
    args: CHROMIUM_FLAGS,
    viewport,
    deviceScaleFactor: 1,
    locale: 'zh-CN',
    timeout: 60_000,
  });
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (allowed(url)) return route.continue();
    blocked.push(url);
    return route.abort('blockedbyclient');
  });
  const close = async () => {
    await context.close();
    rmSync(userDataDir, { recursive: true, force: true });
  };
  return { context, close };
}

/**
 * The platform fonts chromium used to draw the text directly inside the first element matching
 * `selector` (CDP CSS.getPlatformFontsForNode): [{familyName, glyphCount, isCustomFont}] (custom:
 * a web font of the page's own @font-face), or null when absent.
 */
export async function fontsUsedFor(page, selector) {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('DOM.enable');
    await cdp.send('CSS.enable');
    const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
    const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
    if (!nodeId) return null;
    const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
    return fonts.map((f) => ({ familyName: f.familyName, glyphCount: f.glyphCount,
                               isCustomFont: f.isCustomFont }));
  } finally {
    await cdp.detach();
  }
}
