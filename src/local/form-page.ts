// The playground's lead form page (/form): the form a prospect fills in, as Google Forms shows it
// (a title, one labelled field per question, Submit), in the team's language. Sending it does what
// Google does (form.ts): a new response row, then the form-submit triggers.
import type { Environment } from './environment';
import { formQuestions, formTab, linkLeadForm } from './form';

type Lang = 'id' | 'en';

const TEXT = {
  en: {
    title: 'Contact us',
    intro: 'Tell us what you need and how to reach you; we will get back to you within a day.',
    submit: 'Submit',
    done: 'Your response has been recorded.',
    another: 'Submit another response',
  },
  id: {
    title: 'Hubungi kami',
    intro: 'Ceritakan kebutuhan Anda dan cara menghubungi Anda; kami akan membalas dalam sehari.',
    submit: 'Kirim',
    done: 'Tanggapan Anda telah direkam.',
    another: 'Kirim tanggapan lain',
  },
} as const;

/** The team's language as the add-on resolves it: Settings' Language, else the spreadsheet's locale. */
function langOf(env: Environment): Lang {
  const settings = env.spreadsheet.getSheetByName('Settings');
  const row = settings
    ?.getDataRange()
    .getValues()
    .find((r) => String(r[0]).trim() === 'Language');
  const v = String(row?.[1] ?? '')
    .trim()
    .toLowerCase();
  if (v === 'id' || v === 'en') return v;
  return /^en/i.test(env.spreadsheet.getSpreadsheetLocale()) ? 'en' : 'id';
}

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const LONG = /need|kebutuhan|keperluan|message|pesan/i;

/** The form page; the workbook gets a linked lead form first when it has none (as a team would make one). */
export function formPage(env: Environment, sent = false): string {
  const lang = langOf(env);
  const sheet = formTab(env.spreadsheet) ?? linkLeadForm(env.spreadsheet, lang);
  const t = TEXT[lang];
  const fields = formQuestions(sheet)
    .map((q, i) => {
      const id = `q${i}`;
      const input = LONG.test(q)
        ? `<textarea id="${id}" name="${id}" rows="3"></textarea>`
        : `<input id="${id}" name="${id}" type="${/e-?mail/i.test(q) ? 'email' : /phone|telepon|whatsapp/i.test(q) ? 'tel' : 'text'}">`;
      return `<div class="q"><label for="${id}">${esc(q)}</label>${input}</div>`;
    })
    .join('');
  const body = sent
    ? `<p role="status">${esc(t.done)}</p><p><a href="/form">${esc(t.another)}</a></p>`
    : `<p>${esc(t.intro)}</p><form method="post" action="/form">${fields}<button type="submit">${esc(t.submit)}</button></form>`;
  return `<!DOCTYPE html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${esc(t.title)}</title>
<style>body{font:15px system-ui,sans-serif;background:#f0ebf8;margin:0;padding:16px}main{max-width:640px;margin:0 auto;background:#fff;border-top:8px solid #673ab7;border-radius:8px;padding:16px 24px}
.q{margin:16px 0}label{display:block;font-weight:600;margin-bottom:6px}input,textarea{width:100%;box-sizing:border-box;font:inherit;padding:8px;border:1px solid #ccc;border-radius:4px}
button{background:#673ab7;color:#fff;border:0;border-radius:4px;padding:10px 24px;font:inherit;cursor:pointer}</style></head>
<body><main><h1>${esc(t.title)}</h1>${body}</main></body></html>`;
}

/** A posted form (`application/x-www-form-urlencoded`, fields q0…) as answers by question title. */
export function postedAnswers(env: Environment, body: string): Record<string, string> {
  const sheet = formTab(env.spreadsheet) ?? linkLeadForm(env.spreadsheet, langOf(env));
  const params = new URLSearchParams(body);
  return Object.fromEntries(formQuestions(sheet).map((q, i) => [q, (params.get(`q${i}`) ?? '').slice(0, 5000)]));
}
