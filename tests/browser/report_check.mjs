// Open HTML report pages from disk in headless chromium and report what a reader would meet:
// images that did not load, console errors, dialogs, requests leaving the machine, the fonts the
// title was drawn with, scripts and event-handler attributes, and the visible text.
//
// Usage: node report_check.mjs JOB.json   (JOB: see tests/browser/conftest.py::run_report_check)
// Prints one JSON object on stdout; the Python test makes the assertions.
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { launch, readJob, fontsUsedFor } from './browser_common.mjs';

const job = await readJob();
const blocked = [];
// A page opened from disk may read other local files and inline data, nothing else.
const allowed = (url) => /^(file|data|blob|about):/.test(url);
const { context, close } = await launch({
  executablePath: job.chromium,
  viewport: { width: job.width || 1200, height: job.height || 900 },
  allowed,
  blocked,
});

const results = [];
try {
  for (const [i, file] of job.pages.entries()) {
    const page = await context.newPage();
    const seen = { console_errors: [], page_errors: [], dialogs: [], failed_requests: [] };
    page.on('console', (m) => { if (m.type() === 'error') seen.console_errors.push(m.text()); });
    page.on('pageerror', (e) => seen.page_errors.push(String(e)));
    page.on('dialog', async (d) => { seen.dialogs.push(`${d.type()}: ${d.message()}`); await d.dismiss(); });
    page.on('requestfailed', (r) => seen.failed_requests.push(`${r.url().slice(0, 200)}: ${r.failure()?.errorText}`));
    const before = blocked.length;
    const url = pathToFileURL(file).href;
    await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
    await page.evaluate(() => document.fonts.ready);
    const facts = await page.evaluate((titleSelector) => {
      const imgs = [...document.images].map((img) => ({
        src: img.getAttribute('src')?.slice(0, 120) ?? '',
        loaded: img.complete && img.naturalWidth > 0,
        width: img.naturalWidth,
      }));
      const scripts = [...document.querySelectorAll('script')].map((s) => ({
        src: s.getAttribute('src') || '',
        text: (s.textContent || '').slice(0, 300),
      }));
      const handlers = [];
      for (const el of document.querySelectorAll('*')) {
        for (const a of el.getAttributeNames()) {
          if (a.toLowerCase().startsWith('on')) handlers.push(`<${el.tagName.toLowerCase()} ${a}=${el.getAttribute(a).slice(0, 80)}>`);
        }
      }
      const links = [...document.querySelectorAll('a[href]')].map((a) => a.getAttribute('href'));
      const title = document.querySelector(titleSelector);
      // The first block of running text (not the title) whose own text holds Chinese: its
      // fonts are checked like the title's.
      const han = /[\u4e00-\u9fff]/;
      const probe = [...document.querySelectorAll('p, li, td, th, pre')].find((el) =>
        [...el.childNodes].some((n) => n.nodeType === 3 && han.test(n.textContent)));
      if (probe) probe.setAttribute('data-han-probe', '');
      return {
        document_title: document.title,
        title_text: title ? title.textContent.trim() : null,
        probe_text: probe ? [...probe.childNodes].filter((n) => n.nodeType === 3)
          .map((n) => n.textContent).join('').trim() : null,
        images: imgs,
        scripts,
        handlers,
        links,
        text: document.body ? document.body.innerText : '',
      };
    }, job.title_selector || 'h1');
    const titleFonts = await fontsUsedFor(page, job.title_selector || 'h1');
    const probeFonts = await fontsUsedFor(page, '[data-han-probe]');
    let screenshot = null;
    if (job.screenshot_dir) {
      screenshot = join(job.screenshot_dir, `${String(i).padStart(2, '0')}_${file.split('/').pop()}.png`);
      await page.screenshot({ path: screenshot, fullPage: job.full_page !== false });
    }
    // Horizontal overflow of the page body (phone widths): the widest extent past the viewport.
    const overflow = await page.evaluate(() => Math.max(
      document.documentElement.scrollWidth, document.body ? document.body.scrollWidth : 0)
      - window.innerWidth);
    results.push({ file, url, ...facts, ...seen, title_fonts: titleFonts, probe_fonts: probeFonts,
                   screenshot, blocked: blocked.slice(before), overflow_px: overflow });
    await page.close();
  }
} finally {
  await close();
}
process.stdout.write(JSON.stringify({ pages: results }) + '\n');
