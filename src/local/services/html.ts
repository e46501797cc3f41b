// HtmlService: pages from the built dist/ folder.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ServiceObject } from '../counter';

export class FakeHtmlOutput extends ServiceObject {
  readonly serviceName = 'HtmlOutput';
  title = '';
  width = 300;
  height = 400;
  constructor(public content: string) {
    super();
  }
  setTitle(t: string): this {
    this.title = t;
    return this;
  }
  getTitle(): string {
    return this.title;
  }
  getContent(): string {
    return this.content;
  }
  setWidth(w: number): this {
    this.width = w;
    return this;
  }
  setHeight(h: number): this {
    this.height = h;
    return this;
  }
  append(s: string): this {
    this.content += s;
    return this;
  }
  setSandboxMode(_m: unknown): this {
    return this;
  }
  setXFrameOptionsMode(_m: unknown): this {
    return this;
  }
  /** Meta tags added for a web app (Google ignores a viewport <meta> written in the file). */
  readonly metaTags: { name: string; content: string }[] = [];
  addMetaTag(name: string, content: string): this {
    // Google accepts only these names (reference/html/html-output › addMetaTag).
    if (
      !['viewport', 'apple-mobile-web-app-capable', 'mobile-web-app-capable', 'google-site-verification'].includes(
        String(name),
      )
    )
      throw new Error(`Exception: Invalid argument: name (${String(name)} is not a meta tag HtmlOutput accepts).`);
    this.metaTags.push({ name: String(name), content: String(content) });
    return this;
  }
}

export class FakeHtmlService extends ServiceObject {
  readonly serviceName = 'HtmlService';
  readonly SandboxMode = { IFRAME: 'IFRAME' };
  readonly XFrameOptionsMode = { ALLOWALL: 'ALLOWALL', DEFAULT: 'DEFAULT' };
  constructor(private readonly htmlDir: string) {
    super();
  }
  createHtmlOutputFromFile(name: string): FakeHtmlOutput {
    const file = path.join(this.htmlDir, name.endsWith('.html') ? name : `${name}.html`);
    if (!fs.existsSync(file)) throw new Error(`Exception: No HTML file named ${name} was found.`);
    return new FakeHtmlOutput(fs.readFileSync(file, 'utf8'));
  }
  createHtmlOutput(html = ''): FakeHtmlOutput {
    return new FakeHtmlOutput(String(html));
  }
}
