import { sharedPlayground } from './browser';
const env = sharedPlayground();
test('measure', async () => {
  for (const [w, hgt] of [
    [1366, 768],
    [390, 844],
  ]) {
    const p = await env.browser.newPage({ viewport: { width: w, height: hgt } });
    await p.goto(env.pg.url);
    await p.locator('#grid-table tbody tr').first().waitFor();
    await p.waitForTimeout(800);
    const m = await p.evaluate(() => {
      const r = (s: string) => {
        const e = document.querySelector(s);
        if (!e) return null;
        const b = e.getBoundingClientRect();
        return [Math.round(b.left), Math.round(b.top), Math.round(b.right), Math.round(b.bottom)];
      };
      return {
        sw: document.documentElement.scrollWidth,
        sh: document.documentElement.scrollHeight,
        iw: innerWidth,
        ih: innerHeight,
        tabs: r('#tabs'),
        aside: r('aside'),
        iframe: r('aside iframe'),
        grid: r('#grid'),
        header: r('header'),
        banner: r('#banner'),
      };
    });
    console.log(w, JSON.stringify(m));
    await p.screenshot({ path: `/tmp/sb/pg-${w}.png` });
    const fm = await p
      .frames()
      .find((x) => x.url().endsWith('/sidebar'))!
      .evaluate(() => ({
        sw: document.documentElement.scrollWidth,
        iw: innerWidth,
        sh: document.documentElement.scrollHeight,
        ih: innerHeight,
      }));
    console.log('sidebar frame', JSON.stringify(fm));
    await p.close();
  }
});
test('phone sidebar', async () => {
  const p = await env.browser.newPage({ viewport: { width: 390, height: 844 } });
  await p.goto(env.pg.url);
  await p.locator('#grid-table tbody tr').first().waitFor();
  await p.getByRole('button', { name: 'Sidebar' }).click();
  await p.waitForTimeout(1500);
  const m = await p.evaluate(() => {
    const r = (s: string) => {
      const e = document.querySelector(s);
      if (!e) return null;
      const b = e.getBoundingClientRect();
      return [Math.round(b.left), Math.round(b.top), Math.round(b.right), Math.round(b.bottom)];
    };
    return {
      sw: document.documentElement.scrollWidth,
      sh: document.documentElement.scrollHeight,
      aside: r('aside'),
      iframe: r('aside iframe'),
      header: r('header'),
      banner: r('#banner'),
    };
  });
  console.log('phone sidebar', JSON.stringify(m));
  await p.screenshot({ path: `/tmp/sb/phone-sidebar.png` });
  await p.close();
});
