// The duplicate audit: data quality, why rows look alike, the summary email.
import type { Entries } from './entry';

export const audit = {
  'quality.placeholder': { en: 'placeholder value', id: 'nilai pengisi (placeholder)' },
  'quality.missing': { en: 'required field is empty', id: 'kolom wajib kosong' },
  'quality.invalidPhone': { en: 'not a valid phone number', id: 'nomor telepon tidak valid' },
  'quality.invalidEmail': { en: 'not a valid email address', id: 'alamat email tidak valid' },
  'quality.noContact': { en: 'no valid phone or email', id: 'tidak ada telepon atau email yang valid' },
  'reason.samePhone': { en: 'same phone', id: 'telepon sama' },
  'reason.sameEmail': { en: 'same email', id: 'email sama' },
  'reason.sameName': { en: 'same name', id: 'nama sama' },
  'reason.similarName': { en: 'similar name', id: 'nama mirip' },
  'reason.sameCompany': { en: 'same company', id: 'perusahaan sama' },
  'reason.similarCompany': { en: 'similar company', id: 'perusahaan mirip' },
  'reason.privatePerson': { en: 'private person', id: 'perorangan' },
  'reason.companyMissing': { en: 'company missing on one', id: 'perusahaan kosong di salah satu' },
  'audit.groupsTitle': {
    en: 'The same client: tick Merge on a group to apply its Action. merge: the same deal entered twice, merged into its Primary. link: the client\u2019s other deals, given one Client ID and the contact facts of the Primary; every deal keeps its status and value.',
    id: 'Klien yang sama: centang Merge pada grup untuk menjalankan Action-nya. merge: deal yang sama dicatat dua kali, digabung ke Primary. link: deal lain klien itu, diberi satu Client ID dan data kontak Primary; setiap deal tetap dengan status dan nilainya.',
  },
  'audit.sharedTitle': {
    en: 'Shared contact, different people (never merged)',
    id: 'Kontak bersama, orang berbeda (tidak pernah digabung)',
  },
  'audit.sharedReason': { en: 'share {kind} {contact}', id: 'berbagi {kind} {contact}' },
  'audit.problemsTitle': { en: 'Data-quality problems', id: 'Masalah kualitas data' },
  'audit.subject': {
    en: 'Lembar CRM: duplicate audit — {groups} {groups|group|groups} to merge, {links} {links|client|clients} to link, {shared} shared {shared|contact|contacts}, {problems} data {problems|problem|problems}',
    id: 'Lembar CRM: audit duplikat — {groups} grup untuk digabung, {links} klien untuk ditautkan, {shared} kontak bersama, {problems} masalah data',
  },
  'audit.body': {
    en: 'The duplicate audit of {date} found {groups} {groups|group|groups} of possible duplicates ({rows} {rows|lead|leads}: the same deal entered more than once), {links} {links|client|clients} whose deals are not linked yet ({linkRows} {linkRows|lead|leads}: every deal stays, under one Client ID), {shared} {shared|contact|contacts} shared by different people and {problems} data-quality {problems|problem|problems}. Review them in the Duplicates tab, tick Merge on the groups to merge or link, then choose "Merge ticked duplicates".',
    id: 'Audit duplikat tanggal {date} menemukan {groups} grup kemungkinan duplikat ({rows} prospek: deal yang sama dicatat lebih dari sekali), {links} klien yang deal-dealnya belum ditautkan ({linkRows} prospek: setiap deal tetap ada, di bawah satu Client ID), {shared} kontak yang dipakai orang berbeda dan {problems} masalah kualitas data. Periksa di tab Duplicates, centang Merge pada grup yang akan digabung atau ditautkan, lalu pilih "Gabungkan duplikat yang dicentang".',
  },
  'audit.done': {
    en: 'Duplicate audit: {groups} {groups|group|groups} to merge, {links} {links|client|clients} to link, {shared} shared {shared|contact|contacts}, {problems} data {problems|problem|problems}. See the Duplicates tab.',
    id: 'Audit duplikat: {groups} grup untuk digabung, {links} klien untuk ditautkan, {shared} kontak bersama, {problems} masalah data. Lihat tab Duplicates.',
  },
  'audit.detail': {
    en: 'groups to merge {groups}, clients to link {links}, shared contacts {shared}, problems {problems}, emails {emails}',
    id: 'grup untuk digabung {groups}, klien untuk ditautkan {links}, kontak bersama {shared}, masalah {problems}, email {emails}',
  },
  'audit.summaryWaits': {
    en: "the summary to {count} {count|manager|managers} waits for tomorrow's mail quota",
    id: 'ringkasan untuk {count} manajer menunggu kuota email besok',
  },
} satisfies Entries;
