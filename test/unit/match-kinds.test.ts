// Hand cases of each kind of copy the duplicate audit meets (written from what is true of
// Indonesian names, companies and contacts, not from the development rows), and the look-alikes
// that must stay apart whatever else they share.
import { explainPair, findDuplicates } from '../../src/core/match';
import { compareCompanies, companyKey } from '../../src/core/names';

type Row = { leadId: string; name: string; company: string; phone: string; email: string };
const row = (name: string, company: string, phone = '', email = ''): Row => ({
  leadId: `${name}|${company}|${phone}|${email}`,
  name,
  company,
  phone,
  email,
});
const same = (a: Row, b: Row) => explainPair(a, b).verdict !== null;
const NEW = '0896-0000-1111'; // a phone the original does not have

test('a shop on its signboard (TB) and written out (Toko Bangunan), one phone: one client, not two people', () => {
  // As entry already said ("this looks like an existing client"), the audit says too.
  expect(
    explainPair(
      row('Bpk. Hendra Gunawan', 'TB Sinar', '0878 5544 3322'),
      row('Hendra Gunawan', 'Toko Bangunan Sinar', '0878-5544-3322'),
    ).verdict,
  ).not.toBeNull();
});

describe('the same client written another way', () => {
  test.each([
    // Company type words and their short forms, in any position.
    ['Koperasi Sinar Tani', 'Kop. Sinar Tani'],
    ['Yayasan Pendidikan Cahaya Hati', 'Yys. Pend. Cahaya Hati'],
    ['Rumah Sakit Harapan Bunda', 'RS Harapan Bunda'],
    ['Perumahan Griya Asri', 'Perum Griya Asri'],
    ['Toko Bangunan Sinar Jaya', 'Tk. Bangunan Sinar Jaya'],
    ['Toko Bangunan Sinar Jaya', 'TB Sinar Jaya'],
    ['TB. Sinar Jaya', 'Tk Bangunan Sinar Jaya'],
    ['PT Semen Gresik (Persero) Tbk', 'Semen Gresik, PT'],
    ['PT Mandiri Sejahtera Abadi', 'PT Mdr. Sejht. Abadi'],
    ['CV Karya Indonesia Teknik', 'CV Karya Indo Teknik'],
    ['SMA Negeri 3 Malang', 'SMAN 3 Malang'],
    // Branches and cities added or dropped.
    ['PT Sumber Alam', 'PT Sumber Alam Cabang Medan'],
    ['PT Sumber Alam', 'PT Sumber Alam - Surabaya'],
    ['CV Berkah', 'CV Berkah Jakarta Selatan'],
    ['PT Sumber Alam', 'PT Sumber Alam (Kantor Pusat)'],
    // Initials for a company whose words are all there.
    ['PT Karya Rejeki Media', 'PT KRM'],
    ['Koperasi Simpan Pinjam Mitra Sari', 'Koperasi SPMS'],
    ['PT Graha Rejeki Packaging Tbk', 'G.R.P.'],
  ])('at %s / %s, the same person without a shared contact', (a, b) => {
    expect(same(row('Dewi Lestari Handayani', a, '0812-1000-2000'), row('Dewi Lestari Handayani', b, NEW))).toBe(true);
  });

  test.each([
    ['Muhammad Rizki Pratama', 'M. Rizki Pratama'],
    ['Muhammad Rizki Pratama', 'Muh. Rizki Pratama'],
    ['Siti Nurhaliza Rahma', 'St. Nurhaliza Rahma'],
    ['Abdul Rahman Hakim', 'Abd. Rahman Hakim'],
    ['Nurul Hidayah Putri', 'Nur Hidayah Putri'],
    ['Achmad Fauzi Ridwan', 'Ahmad Fauzi Ridwan'],
    ['Rizal Rangga Nugroho', 'Rizal Rangga N.'],
    ['Ni Putu Ayu Lestari', 'Ni P. Ayu Lestari'],
    ['Soekarno Hadi Prawiro', 'Sukarno Hadi Prawiro'],
    ['Djoko Santoso', 'Joko Santoso'],
    ['Tjahjadi Kusuma', 'Cahyadi Kusuma'],
    ['Sjamsul Arifin', 'Syamsul Arifin'],
    ['Chairul Tanjung', 'Khairul Tanjung'],
    ['Dessy Ratnasari', 'Desi Ratnasari'],
    ['Bpk. Ir. H. Bambang Sutrisno, M.M.', 'Bambang Sutrisno'],
  ])('%s is %s at the same company, without a shared contact', (a, b) => {
    expect(same(row(a, 'PT Sinar Mas Abadi', '0812-1000-2000'), row(b, 'PT. Sinar Mas Abadi', NEW))).toBe(true);
  });

  test.each([
    ['Tri Rahayu', 'Tri Raayu'],
    ['Ferry Tjandra', 'Ferry jTandra'],
    ['Arif Bayu Prasetyo', 'Arif Bauy Prasetyo'],
    ['Sapto Pratama', 'Sapto sPratama'],
    ['Aditya Alamsyah', 'Aditys Alamsyah'],
  ])('a typo anywhere in %s (%s) when the company and one contact agree', (a, b) => {
    expect(same(row(a, 'Toko Sakti Indah', '0899-1953-600'), row(b, 'Toko Sakti Indah', '+628991953600'))).toBe(true);
  });

  test('a one-word name mistyped, no contact shared, its mailbox spelling it right, at the same company', () => {
    expect(
      same(
        row('Jumiqti', 'PT Graha Prakarsa', '0856-8696-112', 'jumiati@gpg.co.id'),
        row('Jumiati', 'PT Graha Prakarsa', '0878-2694-903'),
      ),
    ).toBe(true);
    expect(same(row('Tukmian', 'PT Eka Logistik', NEW, 'tukiman96@gmail.com'), row('Tukiman', 'PT Eka Logistik'))).toBe(
      true,
    );
    const groups = findDuplicates([
      row('Samina', 'Indo Pangan', '0812-7544-1762', 'saminah.jaya@gmail.com'),
      row('Saminah, M.M.', 'UD Indo Pangan', '0856-2237-608', 'saminah_74@ymail.com'),
    ]).groups;
    expect(groups.map((g) => g.members)).toEqual([[0, 1]]);
    // Not a last letter changed (Yanti and Yanto are two people), nor at another firm.
    expect(same(row('Yanti', 'PT Eka Logistik', NEW, 'yanto@eka.co.id'), row('Yanto', 'PT Eka Logistik'))).toBe(false);
    expect(same(row('Tukmian', 'PT Eka Logistik', NEW, 'tukiman96@gmail.com'), row('Tukiman', 'PT Eka Kargo'))).toBe(
      false,
    );
  });

  test('a short form for a name with one contact shared', () => {
    expect(
      same(
        row('Wahyu Budiman', 'PT Artha Medika', '0852-7220-1450'),
        row('Wahyu B.', 'PT Artha Medika', '+6285272201450'),
      ),
    ).toBe(true);
  });
});

describe('look-alikes stay apart', () => {
  test.each([
    ['Rina Wijaya', 'Dina Wijaya'],
    ['Sri Laksono', 'Tri Laksono'],
    ['Agus Wibowo', 'Agung Wibowo'],
    ['Budi Santoso', 'Siti Santoso'],
  ])('colleagues on an office line: %s / %s', (a, b) => {
    expect(same(row(a, 'PT Maju Jaya', '(021) 555-1234'), row(b, 'PT Maju Jaya', '021-5551234'))).toBe(false);
    expect(
      same(row(a, 'PT Maju Jaya', '', 'info@majujaya.co.id'), row(b, 'PT Maju Jaya', '', 'info@majujaya.co.id')),
    ).toBe(false);
  });

  test('relatives on a family phone or a family mailbox', () => {
    expect(same(row('Rina Hartono', '', '0812-5555-6666'), row('Dina Hartono', '', '0812-5555-6666'))).toBe(false);
    expect(
      same(
        row('Budi Lienardi', 'PT Matahari', '0813-1111-2222', 'lienardi@matahari.co.id'),
        row('Rudy Lienardi', 'PT Matahari', '0813-3333-4444', 'lienardi@matahari.co.id'),
      ),
    ).toBe(false);
    expect(
      same(
        row('Rudi Prakoso', 'CV Setia Mebel', '0877-6027-5292', 'yudha.prakoso@yahoo.co.id'),
        row('Yudha Prakoso', 'CV Setia Mebel', '0822-5337-9534', 'yudha.prakoso@yahoo.co.id'),
      ),
    ).toBe(false);
  });

  test('namesakes at other firms, a branch with another number, two-letter initials alone', () => {
    expect(same(row('Muhammad Iqbal', 'Toko Bina Timur'), row('Muhammad Iqbal', 'UD BT'))).toBe(false);
    expect(same(row('Dewi Lestari', 'PT Sumber Alam Cabang 2'), row('Dewi Lestari', 'PT Sumber Alam Cabang 3'))).toBe(
      false,
    );
    expect(compareCompanies(companyKey('PT Surabaya Indah'), companyKey('PT Jakarta Indah'))).toBeLessThan(0.85);
    expect(compareCompanies(companyKey('Apotek Sehat'), companyKey('Klinik Sehat'))).toBeLessThan(0.85);
  });

  test('numbered firms are never grouped through a row without a number', () => {
    const rows = [
      row('Taufik Setiawan', 'PT Sinar Rejeki', '0813-2172-005', 'taufik@gmail.com'),
      row('Taufik Setiawan', 'PT Sinar Rejeki 1', '', 'taufik@gmail.com'),
      row('Taufik Setiawan', 'PT Sinar Rejeki 2', '+628132172005'),
      row('Taufik Setiawan', 'PT Sinar Rejeki 12', '+628132172005'),
    ];
    for (const g of findDuplicates(rows).groups) {
      const marks = new Set(g.members.map((m) => /\d+$/.exec(rows[m].company)?.[0]).filter(Boolean));
      expect(marks.size).toBeLessThanOrEqual(1);
    }
  });
});
