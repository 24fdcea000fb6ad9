// The console's graph result in Debian's Chromium, as a researcher uses it (issue 17 §6): a nodes query opens on the
// graph, fitted to the frame; a node drags, the wheel zooms, a click on a node or a relationship opens the inspector
// with every property (sources linked to their pages), Tab reaches the nodes and Enter opens one.
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { violations } from '../helpers/axe-violations.ts';
import { launchBrowser } from '../helpers/browser.ts';
import { startTestApp, type TestApp } from '../helpers/test-app.ts';

const artifacts = resolve('tests/artifacts');
let app: TestApp;
let browser: Browser;
const problems: string[] = [];
const NEIGHBOURHOOD = "MATCH p = (c:City {id: 'by-mogilev'})-[:TIE*1..2]-(o:City) RETURN p";

beforeAll(async () => {
  mkdirSync(artifacts, { recursive: true });
  app = await startTestApp(undefined, { cypherConsole: { rateLimit: 10_000 } });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await app?.close();
});

async function consoleWith(query: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  // Chromium's own favicon request fails on this page (no icon): failed loads are caught by status below instead.
  page.on(
    'console',
    (m) => void (m.type() === 'error' && !m.text().startsWith('Failed to load resource') && problems.push(m.text())),
  );
  page.on('response', (r) => void (r.status() >= 400 && problems.push(`${r.status()} ${r.url()}`)));
  page.on('pageerror', (e) => void problems.push(e.message));
  await page.goto(`${app.url}/console.html`);
  await page.locator('.cc-schema .cc-chip').first().waitFor();
  await page.locator('.cm-content').click();
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Delete');
  await page.keyboard.insertText(query);
  await page.keyboard.press('Control+Enter');
  return page;
}

const scale = async (page: Page) =>
  Number(/scale\(([\d.e-]+)\)/.exec((await page.locator('.cc-viewport').getAttribute('transform')) ?? '')?.[1]);
const mogilev = (page: Page) => page.locator('.cc-node[aria-label="City: Mogilev"]');

describe('the console graph', () => {
  it('opens a nodes query on the graph, fitted to the frame, with a legend of labels; scalars on the table', async () => {
    const page = await consoleWith('MATCH (c:City) RETURN c ORDER BY c.id LIMIT 6');
    await page.locator('.cc-node').first().waitFor();
    expect(await page.locator('[data-view="graph"]').getAttribute('aria-selected')).toBe('true');
    expect(await page.locator('.cc-node').count()).toBe(6);
    expect(await page.locator('.cc-legend [data-label="City"]').textContent()).toBe('City 6');
    // Fitted: every node lies inside the drawing.
    const frame = (await page.locator('svg.cc-graph').boundingBox())!;
    for (const c of await page.locator('.cc-node circle').all()) {
      const b = (await c.boundingBox())!;
      expect(b.x).toBeGreaterThanOrEqual(frame.x);
      expect(b.y).toBeGreaterThanOrEqual(frame.y);
      expect(b.x + b.width).toBeLessThanOrEqual(frame.x + frame.width);
      expect(b.y + b.height).toBeLessThanOrEqual(frame.y + frame.height);
    }
    // A result without nodes stays on the table.
    await page.locator('.cm-content').click();
    await page.keyboard.press('Control+A');
    await page.keyboard.insertText('MATCH (c:City) RETURN c.nameEn AS name LIMIT 3');
    await page.keyboard.press('Control+Enter');
    await page.locator('.cc-table td').first().waitFor();
    expect(await page.locator('[data-view="table"]').getAttribute('aria-selected')).toBe('true');
    await page.close();
  });

  it('drags a node (its relationships follow), and the wheel and the buttons zoom', async () => {
    const page = await consoleWith(NEIGHBOURHOOD);
    await mogilev(page).waitFor();
    const before = (await mogilev(page).locator('circle').boundingBox())!;
    const rel = page.locator('.cc-rel').first();
    const relBefore = await page.locator('.cc-rel-line').evaluateAll((ps) => ps.map((p) => p.getAttribute('d')));
    const [x, y] = [before.x + before.width / 2, before.y + before.height / 2];
    await page.mouse.move(x, y);
    await page.mouse.down();
    await page.mouse.move(x + 90, y + 60, { steps: 6 });
    await page.mouse.up();
    await expect
      .poll(async () => (await mogilev(page).locator('circle').boundingBox())!.x - before.x)
      .toBeGreaterThan(80);
    const after = (await mogilev(page).locator('circle').boundingBox())!;
    expect(after.y - before.y).toBeGreaterThan(50);
    expect(await rel.count()).toBe(1);
    const relAfter = await page.locator('.cc-rel-line').evaluateAll((ps) => ps.map((p) => p.getAttribute('d')));
    expect(relAfter).not.toEqual(relBefore); // Mogilev's relationships were redrawn to its new place
    // A drag is not a click: the inspector stays closed.
    expect(await page.locator('.cc-inspector').getAttribute('data-inspects')).toBeNull();

    const fitted = await scale(page);
    const frame = (await page.locator('svg.cc-graph').boundingBox())!;
    await page.mouse.move(frame.x + frame.width / 2, frame.y + frame.height / 2);
    await page.mouse.wheel(0, -400);
    await expect.poll(() => scale(page)).toBeGreaterThan(fitted * 1.2);
    await page.getByRole('button', { name: 'Zoom out' }).click();
    await page.getByRole('button', { name: 'Zoom out' }).click();
    await page.getByRole('button', { name: 'Fit' }).click();
    await expect.poll(() => scale(page)).toBeCloseTo(fitted, 3);
    await page.close();
  });

  it('opens the inspector on a click: every property of a node, then of a relationship with its sources linked', async () => {
    const page = await consoleWith(NEIGHBOURHOOD);
    await mogilev(page).locator('circle').click();
    const inspector = page.locator('.cc-inspector');
    await expect.poll(() => inspector.getAttribute('data-inspects')).toMatch(/^node:/);
    expect(await inspector.locator('[data-property="id"] td').textContent()).toBe('by-mogilev');
    expect(await inspector.locator('[data-property="nameRu"] td').textContent()).toBe('Могилёв');
    expect(await inspector.locator('[data-property="country"] td').textContent()).toBe('BY');
    expect(await inspector.locator('[data-property="location"] td').textContent()).toMatch(
      /^point\(30\.\d+, 53\.\d+\)$/,
    );
    expect(await mogilev(page).getAttribute('class')).toContain('cc-selected');
    await page.screenshot({ path: `${artifacts}/console-graph-inspector.png` });

    // A relationship, clicked on its line (half-way along it, off every node).
    const at = await page.evaluate(() => {
      for (const path of document.querySelectorAll<SVGPathElement>('.cc-rel-hit')) {
        const q = path.getPointAtLength(path.getTotalLength() / 2);
        const m = path.getScreenCTM()!;
        const x = q.x * m.a + q.y * m.c + m.e,
          y = q.x * m.b + q.y * m.d + m.f;
        if (document.elementFromPoint(x, y) === path) return { x, y, id: path.parentElement!.dataset['id']! };
      }
      return null;
    });
    expect(at).not.toBeNull();
    await page.mouse.click(at!.x, at!.y);
    await expect.poll(() => inspector.getAttribute('data-inspects')).toBe(`relationship:${at!.id}`);
    expect(await inspector.locator('h3 code').textContent()).toBe('[:TIE]');
    expect(await inspector.locator('[data-property="kind"] td').textContent()).toMatch(
      /twinning|partnership|cooperation/,
    );
    const source = inspector.locator('[data-property="sources"] a').first();
    expect(await source.getAttribute('href')).toMatch(/^\/sources\/[^?]+\?lang=en$/);
    // The relationship's ends open their nodes.
    await inspector.locator('h3 button').first().click();
    await expect.poll(() => inspector.getAttribute('data-inspects')).toMatch(/^node:/);
    await page.close();
  });

  it('reaches the nodes with Tab; Enter opens the inspector, Escape closes it back to the node', async () => {
    const page = await consoleWith(NEIGHBOURHOOD);
    await mogilev(page).waitFor();
    await page.locator('[data-view="graph"]').focus();
    await page.keyboard.press('Tab');
    await expect.poll(() => page.evaluate(() => document.activeElement?.classList.contains('cc-node'))).toBe(true);
    await mogilev(page).focus();
    await page.keyboard.press('Enter');
    const inspector = page.locator('.cc-inspector');
    await expect.poll(() => inspector.locator('[data-property="nameEn"] td').textContent()).toBe('Mogilev');
    // The node lists its relationships in the result: each opens from the keyboard too.
    expect(await inspector.locator('.cc-rel-list button').count()).toBeGreaterThan(0);
    await page.keyboard.press('Escape');
    await expect.poll(() => inspector.getAttribute('data-inspects')).toBeNull();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('City: Mogilev');
    await page.close();
  });

  it('passes axe (WCAG 2.1 AA) with the graph drawn and the inspector open, at desktop and phone widths', async () => {
    const page = await consoleWith(NEIGHBOURHOOD);
    await mogilev(page).locator('circle').click();
    await page.locator('.cc-inspector [data-property="id"]').waitFor();
    expect(await violations(page)).toEqual([]);
    await page.setViewportSize({ width: 390, height: 844 });
    // Narrow: the inspector goes under the drawing.
    await expect
      .poll(async () => (await page.locator('.cc-inspector').boundingBox())!.y)
      .toBeGreaterThan((await page.locator('svg.cc-graph').boundingBox())!.y + 100);
    await page.screenshot({ path: `${artifacts}/console-graph-phone.png`, fullPage: true });
    await page.close();
  });

  it('ran without script errors or CSP violations', () => {
    expect(problems).toEqual([]);
  });
});
