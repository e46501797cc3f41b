// Writes each email MailApp sends as an .eml file (To, Subject, a plain-text and an HTML part).
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { SentMail } from './services';

const encodeHeader = (s: string) =>
  /^[\x20-\x7e]*$/.test(s) ? s : `=?UTF-8?B?${Buffer.from(s, 'utf8').toString('base64')}?=`;
const b64 = (s: string) => Buffer.from(s, 'utf8').toString('base64').replace(/.{76}/g, '$&\r\n');

export function toEml(m: SentMail, from: string): string {
  const boundary = `lembar-${Buffer.from(m.sentAt + m.to)
    .toString('hex')
    .slice(0, 24)}`;
  const headers = [
    `From: ${m.name ? `${encodeHeader(m.name)} <${from}>` : from}`,
    `To: ${m.to}`,
    ...(m.cc ? [`Cc: ${m.cc}`] : []),
    ...(m.replyTo ? [`Reply-To: ${m.replyTo}`] : []),
    `Subject: ${encodeHeader(m.subject)}`,
    `Date: ${new Date(m.sentAt).toUTCString()}`,
    'MIME-Version: 1.0',
    `Content-Type: multipart/alternative; boundary="${boundary}"`,
  ];
  const parts = [
    `--${boundary}\r\nContent-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: base64\r\n\r\n${b64(m.body)}`,
    `--${boundary}\r\nContent-Type: text/html; charset=UTF-8\r\nContent-Transfer-Encoding: base64\r\n\r\n${b64(m.htmlBody ?? `<pre>${escapeHtml(m.body)}</pre>`)}`,
  ];
  return `${headers.join('\r\n')}\r\n\r\n${parts.join('\r\n')}\r\n--${boundary}--\r\n`;
}

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export function outboxWriter(dir: string, from: string): (m: SentMail) => void {
  fs.mkdirSync(dir, { recursive: true });
  let n = fs.readdirSync(dir).filter((f) => f.endsWith('.eml')).length;
  return (m) => {
    n++;
    const safe = m.to.replace(/[^A-Za-z0-9@._-]/g, '_');
    fs.writeFileSync(path.join(dir, `${String(n).padStart(4, '0')}-${safe}.eml`), toEml(m, from));
  };
}
