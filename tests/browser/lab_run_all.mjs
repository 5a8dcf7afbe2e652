// Open notebooks in a running JupyterLab, run all cells through the menu (Run > Run All Cells),
// wait for the kernel, save (Ctrl+S) and report what the page shows: prompts, error outputs,
// rendered images, dialogs, console errors, requests that left 127.0.0.1, a screenshot.
//
// Usage: node lab_run_all.mjs JOB.json
//   JOB: {chromium, base_url, token, notebooks: [path relative to the server root],
//         screenshot_dir, cell_timeout_s}
// Prints one JSON object on stdout; the Python test makes the assertions.
import { join } from 'node:path';
import { launch, readJob, fontsUsedFor } from './browser_common.mjs';

const job = await readJob();
const origin = new URL(job.base_url).origin;
const blocked = [];
// Only the test's own server (and inline data) may be reached.
const allowed = (url) => url.startsWith(origin + '/') || /^(data|blob|about):/.test(url);
const { context, close } = await launch({
  executablePath: job.chromium,
  viewport: { width: 1280, height: 1600 },
  allowed,
  blocked,
});

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Prompts, outputs and images of every cell of the open notebook. */
async function cellState(page) {
  return page.evaluate(() => {
    const panel = document.querySelector('.jp-NotebookPanel:not(.lm-mod-hidden)');
    if (!panel) return null;
    const indicator = panel.querySelector('.jp-Notebook-ExecutionIndicator');
    const cells = [...panel.querySelectorAll('.jp-Notebook .jp-Cell')].map((c) => {
      const code = c.classList.contains('jp-CodeCell');
      const outputs = [...c.querySelectorAll('.jp-OutputArea-output')].map((o) => ({
        mime: o.getAttribute('data-mime-type') || '',
        text: (o.innerText || '').slice(0, 600),
      }));
      const images = [...c.querySelectorAll('.jp-OutputArea-output img')].map((img) => ({
        loaded: img.complete && img.naturalWidth > 0, width: img.naturalWidth,
      }));
      return {
        type: code ? 'code' : (c.classList.contains('jp-MarkdownCell') ? 'markdown' : 'raw'),
        prompt: code ? (c.querySelector('.jp-InputPrompt')?.textContent || '').trim() : '',
        outputs, images,
      };
    });
    return { status: indicator ? indicator.getAttribute('data-status') : null, cells };
  });
}

const results = [];
/** Wait until the server reports an idle kernel for the session of notebook `name`. */
async function waitForKernel(name, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const res = await fetch(`${job.base_url}/api/sessions?token=${job.token}`);
    const sessions = res.ok ? await res.json() : [];
    const mine = sessions.find((s) => s.path === name || s.path.endsWith(`/${name}`));
    if (mine && mine.kernel && mine.kernel.execution_state === 'idle') return;
    await sleep(200);
  }
  throw new Error(`no idle kernel for ${name} after ${timeoutMs / 1000} s`);
}

/** Click a menu-bar menu, then the item whose label is exactly `label`. */
async function menu(page, top, label) {
  await page.getByRole('menuitem', { name: top, exact: true }).click();
  await page.locator('.lm-Menu-itemLabel', { hasText: exact(label) }).first().click();
}
const exact = (name) => new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
try {
  const page = await context.newPage();
  const seen = { console_errors: [], page_errors: [], dialogs: [] };
  page.on('console', (m) => { if (m.type() === 'error') seen.console_errors.push(m.text().slice(0, 300)); });
  page.on('pageerror', (e) => seen.page_errors.push(String(e).slice(0, 300)));
  const t0 = Date.now();
  // ?reset: a fresh workspace. The app is loaded once; notebooks are opened from the file browser.
  await page.goto(`${job.base_url}/lab?reset&token=${job.token}`, { waitUntil: 'domcontentloaded', timeout: 60_000 });
  await page.waitForSelector('.jp-DirListing-item', { timeout: 60_000 });
  const app_seconds = (Date.now() - t0) / 1000;
  for (const [i, name] of job.notebooks.entries()) {
    const counts = Object.fromEntries(Object.entries(seen).map(([k, v]) => [k, v.length]));
    const before = blocked.length;
    const started = Date.now();
    const result = { notebook: name, timing: {} };
    const mark = (label) => { result.timing[label] = (Date.now() - started) / 1000; };
    try {
      await page.locator('.jp-DirListing-item', {
        has: page.locator('.jp-DirListing-itemText', { hasText: exact(name) }),
      }).dblclick();
      await page.waitForSelector(`.lm-TabBar-tab.jp-mod-current >> text=${name}`, { timeout: 60_000 });
      await page.waitForSelector('.jp-NotebookPanel:not(.lm-mod-hidden) .jp-Notebook .jp-Cell', { timeout: 60_000 });
      mark('opened');
      // The kernel must be up before running: the server lists the notebook's session with an
      // idle kernel, then the toolbar indicator of the page says idle too.
      await waitForKernel(name);
      await page.waitForSelector('.jp-NotebookPanel:not(.lm-mod-hidden) .jp-Notebook-ExecutionIndicator[data-status="idle"]',
                                 { timeout: 60_000 });
      mark('kernel_idle');
      // A dialog now (kernel choice, trust...) is something a person would have to answer.
      const dialog = await page.$('.jp-Dialog');
      if (dialog) seen.dialogs.push(`${name}: ${(await dialog.innerText()).slice(0, 300)}`);
      await menu(page, 'Run', 'Run All Cells');
      // Done when no cell is queued or running ([*]) and the kernel is idle, twice in a row.
      const deadline = Date.now() + job.cell_timeout_s * 1000;
      let stable = 0;
      let state = null;
      await sleep(500);
      while (Date.now() < deadline) {
        state = await cellState(page);
        const code = state ? state.cells.filter((c) => c.type === 'code') : [];
        // A run has happened once some code cell shows an execution number.
        const started = code.length === 0 || code.some((c) => /\d/.test(c.prompt));
        const busy = !state || !started || state.status !== 'idle' || code.some((c) => c.prompt.includes('*'));
        stable = busy ? 0 : stable + 1;
        if (stable >= 2) break;
        await sleep(250);
      }
      result.timed_out = stable < 2;
      mark('ran');
      // Save like a person would; the test reads the saved notebook for error outputs.
      await menu(page, 'File', 'Save Notebook');
      await page.waitForFunction(() => !document.querySelector('.lm-TabBar-tab.jp-mod-current.jp-mod-dirty'),
                                 null, { timeout: 30_000 });
      mark('saved');
      state = await cellState(page);
      result.status = state.status;
      result.cells = state.cells;
      const heading = '.jp-NotebookPanel:not(.lm-mod-hidden) .jp-MarkdownCell h1';
      result.title_text = await page.$eval(heading, (h) => h.textContent.trim()).catch(() => null);
      result.title_fonts = await fontsUsedFor(page, heading);
      if (job.screenshot_dir) {
        result.screenshot = join(job.screenshot_dir, `${String(i).padStart(2, '0')}_${name}.png`);
        await page.screenshot({ path: result.screenshot });
      }
      // Stop this notebook's kernel and close its tab before the next one (two cores).
      await menu(page, 'Kernel', 'Shut Down Kernel');
      await page.waitForSelector('.jp-NotebookPanel:not(.lm-mod-hidden) .jp-Notebook-ExecutionIndicator:not([data-status="idle"]):not([data-status="busy"])',
                                 { timeout: 30_000 }).catch(() => {});
      await page.locator('.lm-TabBar-tab.jp-mod-current .lm-TabBar-tabCloseIcon').first().click();
      await page.waitForSelector('.jp-NotebookPanel:not(.lm-mod-hidden)', { state: 'detached', timeout: 30_000 });
    } catch (err) {
      result.driver_error = String(err).split('\n')[0];
      // A half-finished notebook must not leave a dialog or tab in the way of the next one.
      await page.keyboard.press('Escape').catch(() => {});
    }
    for (const [k, v] of Object.entries(seen)) result[k] = v.slice(counts[k]);
    result.seconds = (Date.now() - started) / 1000;
    result.blocked = blocked.slice(before);
    results.push(result);
  }
  process.stdout.write(JSON.stringify({ app_seconds, notebooks: results }) + '\n');
} finally {
  await close();
}
