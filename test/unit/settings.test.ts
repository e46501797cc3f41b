import { parseSettings, DEFAULT_SETTINGS, defaultSettingRows, SETTING } from '../../src/core/settings';
import { userText } from '../../src/core/i18n';

const rows = (pairs: [string, unknown][]) => pairs.map(([setting, value]) => ({ setting, value }));

describe('Settings model', () => {
  test('no rows gives the SPEC defaults and no problems', () => {
    const { settings, problems } = parseSettings([]);
    expect(problems).toEqual([]);
    expect(settings.statuses).toEqual(['Lead', 'Quotation Sent', 'Negotiation', 'Won', 'Lost', 'Past Client']);
    expect(settings.transitions.Lead).toEqual(['Quotation Sent', 'Lost']);
    expect(settings.transitions['Past Client']).toEqual([]);
    expect(settings.required['Quotation Sent']).toEqual(['Deal Value', 'Expected Close']);
    expect(settings.required['Past Client']).toEqual(['Contract Value', 'Product', 'Completed On']);
    expect(settings.firstContactSlaHours).toBe(24);
    expect(settings.followUpIntervalDays).toBe(3);
    expect(settings.maxFollowUps).toBe(3);
    expect(settings.recontactDelayMonths).toBe(12);
    expect(settings.auditIntervalMonths).toBe(6);
    expect(settings.reminderHour).toBe(8);
    expect(settings.currency).toBe('IDR');
    expect(settings.sources).toContain('Walk-in');
  });

  test('the default rows parse back to the defaults without problems', () => {
    const parsed = parseSettings(defaultSettingRows().map((r) => ({ setting: r.setting, value: r.value })));
    expect(parsed.problems).toEqual([]);
    expect(parsed.settings).toEqual(DEFAULT_SETTINGS);
  });

  test('a non-number SLA is reported and the default is used', () => {
    const { settings, problems } = parseSettings(rows([[SETTING.firstContactSlaHours, 'sehari']]));
    expect(settings.firstContactSlaHours).toBe(24);
    expect(problems).toEqual([
      {
        setting: SETTING.firstContactSlaHours,
        problem: { key: 'settings.notNumber', params: { value: userText('sehari'), default: 24 } },
      },
    ]);
  });

  test('numbers typed as numbers or text are both read; out-of-range is reported', () => {
    const { settings, problems } = parseSettings(
      rows([
        [SETTING.followUpIntervalDays, 5],
        [SETTING.reminderHour, '25'],
        [SETTING.maxFollowUps, '4'],
      ]),
    );
    expect(settings.followUpIntervalDays).toBe(5);
    expect(settings.maxFollowUps).toBe(4);
    expect(settings.reminderHour).toBe(8);
    expect(problems.map((p) => p.problem.key)).toEqual(['settings.outOfRange']);
  });

  test('an unknown status in a transition is reported and that row keeps its default', () => {
    const { settings, problems } = parseSettings(rows([[`${SETTING.transitionPrefix}Lead`, 'Quotation Sent, Hot']]));
    expect(settings.transitions.Lead).toEqual(['Quotation Sent', 'Lost']);
    expect(problems[0]).toEqual({
      setting: 'Transitions from: Lead',
      problem: { key: 'settings.unknownStatus', params: { value: userText('Hot') } },
    });
  });

  test('a team may add a status with its own transitions and gate', () => {
    const { settings, problems } = parseSettings(
      rows([
        [SETTING.statuses, 'Lead, Survey, Quotation Sent, Negotiation, Won, Lost, Past Client'],
        [`${SETTING.transitionPrefix}Lead`, 'Survey, Lost'],
        [`${SETTING.transitionPrefix}Survey`, 'Quotation Sent, Lost'],
        [`${SETTING.requiredPrefix}Survey`, 'Needs'],
        [`${SETTING.probabilityPrefix}Survey`, '20%'],
      ]),
    );
    expect(problems).toEqual([]);
    expect(settings.transitions.Survey).toEqual(['Quotation Sent', 'Lost']);
    expect(settings.required.Survey).toEqual(['Needs']);
    expect(settings.probabilities.Survey).toBeCloseTo(0.2);
  });

  test('an unknown field in a stage gate is reported', () => {
    const { settings, problems } = parseSettings(rows([[`${SETTING.requiredPrefix}Won`, 'Deal Value, Invoice']]));
    expect(settings.required.Won).toEqual(['Deal Value']);
    expect(problems[0].problem).toEqual({ key: 'settings.unknownField', params: { value: userText('Invoice') } });
  });

  test('manager emails are lower-cased; a bad one is reported and skipped', () => {
    const { settings, problems } = parseSettings(rows([[SETTING.managerEmails, 'Boss@Firma.co.id; nobody']]));
    expect(settings.managerEmails).toEqual(['boss@firma.co.id']);
    expect(problems[0].problem.key).toBe('settings.badEmail');
  });

  test('language, probability and unknown settings', () => {
    const { settings, problems } = parseSettings(
      rows([
        [SETTING.language, 'EN'],
        [`${SETTING.probabilityPrefix}Lead`, 'abc'],
        ['Colour', 'blue'],
      ]),
    );
    expect(settings.language).toBe('en');
    expect(settings.probabilities.Lead).toBe(0.1);
    expect(problems.map((p) => [p.setting, p.problem.key])).toEqual([
      ['Probability %: Lead', 'settings.notNumber'],
      ['Colour', 'settings.unknownSetting'],
    ]);
  });

  test('an empty status list keeps the defaults', () => {
    const { settings, problems } = parseSettings(rows([[SETTING.statuses, ' , ']]));
    expect(settings.statuses).toEqual(DEFAULT_SETTINGS.statuses);
    expect(problems[0].problem.key).toBe('settings.emptyList');
  });
});
