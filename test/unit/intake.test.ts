// The pure rules of lead intake (src/core/intake.ts): questions found by their titles, the
// source of an answer, what looks like spam, whose turn it is, what a response becomes.
import { decide, mapQuestions, ownerByRule, sourceOf, spamReason, type LeadRow } from '../../src/core/intake';
import { DEFAULT_SETTINGS, parseSettings } from '../../src/core/settings';

const none = { name: '', company: '', phone: '', email: '', needs: '', source: '' };

describe('questions by their titles', () => {
  test('English and Indonesian titles; "Nama perusahaan" is the company, not the name; our columns are not questions', () => {
    expect(
      mapQuestions([
        'Timestamp',
        'Nama lengkap',
        'Nama perusahaan / instansi',
        'Nomor WhatsApp',
        'Alamat email',
        'Apa kebutuhan Anda?',
        'Dari mana Anda tahu tentang kami?',
        'Lead ID',
        'Intake',
      ]),
    ).toEqual({ name: 1, company: 2, phone: 3, email: 4, needs: 5, source: 6 });
    expect(
      mapQuestions(['Timestamp', 'Email Address', 'Your name', 'Phone', 'How did you hear about us?', 'Message']),
    ).toEqual({ email: 1, name: 2, phone: 3, source: 4, needs: 5 });
    // The Timestamp column is Google's, whatever its title.
    expect(mapQuestions(['Name', 'Umur'])).toEqual({});
  });
});

describe('the source of an answer', () => {
  test('a source by name or by its words, else Settings’ lead form source', () => {
    const s = DEFAULT_SETTINGS;
    expect(sourceOf('google ads', s)).toBe('Google Ads');
    expect(sourceOf('Iklan di Google', s)).toBe('Google Ads');
    expect(sourceOf('dari teman kantor', s)).toBe('Referral');
    expect(sourceOf('IG', s)).toBe('Social Media');
    expect(sourceOf('pameran di JCC', s)).toBe('Event');
    expect(sourceOf('', s)).toBe('Website');
    expect(sourceOf('radio', s)).toBe('Website');
    const own = parseSettings([
      { setting: 'Sources', value: 'Iklan, Teman, Lainnya' },
      { setting: 'Lead form source', value: 'lainnya' },
    ]);
    expect(own.problems).toEqual([]);
    // A team's own sources: by name; words of a default source the team does not have match nothing.
    expect(sourceOf('teman', own.settings)).toBe('Teman');
    expect(sourceOf('google', own.settings)).toBe('Lainnya');
  });

  test('Settings: the lead form source must be a source; owners are "Source: email", a bad one reported', () => {
    const p = parseSettings([
      { setting: 'Lead form source', value: 'Koran' },
      {
        setting: 'Lead form owners',
        value: 'Google Ads: Ana@Firma.id; Website = budi@firma.id; Koran: x@y.id; Referral',
      },
    ]);
    expect(p.settings.leadFormSource).toBe('Website');
    expect(p.settings.leadFormOwners).toEqual({ 'Google Ads': 'ana@firma.id', Website: 'budi@firma.id' });
    expect(p.problems.map((x) => [x.setting, x.problem.key])).toEqual([
      ['Lead form source', 'settings.notASource'],
      ['Lead form owners', 'settings.badOwnerRule'],
      ['Lead form owners', 'settings.badOwnerRule'],
    ]);
  });
});

describe('spam-like responses', () => {
  test('a web address as the name, markup, a needs made of links, a name without letters; a person is not', () => {
    expect(spamReason({ ...none, name: 'www.cheap-pills.example' })?.key).toBe('intake.spamLinkInName');
    expect(spamReason({ ...none, name: 'Ana', needs: 'see <a href="x">' })?.key).toBe('intake.spamMarkup');
    expect(spamReason({ ...none, name: 'Ana', needs: 'http://a.example http://b.example http://c.example' })?.key).toBe(
      'intake.spamLinks',
    );
    expect(spamReason({ ...none, name: '12345' })?.key).toBe('intake.spamName');
    expect(spamReason({ ...none, name: 'Ibu Ratna', company: 'Tokopedia.com', needs: 'lihat www.toko.id' })).toBeNull();
  });
});

describe('whose turn', () => {
  test('Settings’ owner for the source, else the next Sales after the last turn, else none', () => {
    const s = parseSettings([{ setting: 'Lead form owners', value: 'Event: ev@firma.id' }]).settings;
    const sales = ['a@x.id', 'b@x.id', 'c@x.id'];
    expect(ownerByRule('Event', s, sales, 'a@x.id')).toBe('ev@firma.id');
    expect(ownerByRule('Website', s, sales, '')).toBe('a@x.id');
    expect(ownerByRule('Website', s, sales, 'a@x.id')).toBe('b@x.id');
    expect(ownerByRule('Website', s, sales, 'c@x.id')).toBe('a@x.id');
    expect(ownerByRule('Website', s, sales, 'gone@x.id')).toBe('a@x.id');
    expect(ownerByRule('Website', s, [], '')).toBe('');
  });
});

describe('what a response becomes', () => {
  const row = (over: Partial<LeadRow>): LeadRow => ({
    leadId: 'L-000001',
    clientId: 'C-000001',
    name: 'Budi Santoso',
    company: 'PT Maju',
    phone: '+6281234567890',
    email: '',
    status: 'Lead',
    owner: 'a@x.id',
    createdAt: 1,
    ...over,
  });
  const budi = { ...none, name: 'Budi Santoso', company: 'PT Maju', phone: '0812-3456-7890', needs: 'CCTV' };

  test('entry’s validation: a field’s message, nothing made', () => {
    const d = decide({ ...none, name: 'Ana', needs: 'CCTV' }, DEFAULT_SETTINGS, []);
    expect(d.kind).toBe('review');
    expect(d.kind === 'review' && Object.keys(d.errors).sort()).toEqual(['email', 'phone']);
  });

  test('the newest open deal of the same client is joined; a closed client gets a new deal; a colleague is new', () => {
    const open = decide(budi, DEFAULT_SETTINGS, [row({}), row({ leadId: 'L-000002', createdAt: 5, owner: 'b@x.id' })]);
    expect(open).toMatchObject({ kind: 'join', leadId: 'L-000002', owner: 'b@x.id' });
    const closed = decide(budi, DEFAULT_SETTINGS, [row({ status: 'Won' })]);
    expect(closed).toMatchObject({ kind: 'new', clientId: 'C-000001', clientOwner: 'a@x.id' });
    const colleague = decide({ ...budi, name: 'Rudi Hartono' }, DEFAULT_SETTINGS, [row({})]);
    expect(colleague).toMatchObject({ kind: 'new', clientId: '' });
    // The same person at the same company with a new phone: the audit's rule still finds them.
    const newPhone = decide({ ...budi, phone: '0857 1111 2222' }, DEFAULT_SETTINGS, [row({})]);
    expect(newPhone).toMatchObject({ kind: 'join', leadId: 'L-000001' });
  });
});
