// The most service calls each operation may make, at every sheet size (issue 30). Where the
// issue's target is not reached yet, the ceiling is today's count, so nothing grows back, and the
// target is named beside it: a page's action 12, onEdit of one cell 8, onOpen 4, the daily run
// three times its floor (8 tables: 48).
export const TARGET = { pageAction: 12, onEditCell: 8, onOpen: 4, dailyRun: 48 } as const;

export const CEILINGS: Readonly<Record<string, number>> = {
  onOpen: 11, // the first open after Settings changed: reads them
  'onOpen (Settings unchanged)': 5, // target 4: the menu, its language, the authorisation check
  'getSidebarContext (just after Set up)': 21, // Settings, Team and Templates read after Set up dropped their copies
  getSidebarContext: 11,
  getSelectedLead: 18, // 14 when its recent activities were logged close together (one read)
  submitLead: 30, // a write's lock section ends with a flush before the locks go (services.ts endSection)
  'submitLead (duplicate found)': 16,
  'submitLead (matching client)': 16,
  'submitLead (new deal for a client)': 31,
  'submitLead (from the phone, retry-safe)': 33, // its request ID kept in the user's cache: 3 calls
  getClient: 19, // its rows where they are (22 at most: five reads of rows per tab), not every row of Leads and Activities
  logActivity: 27,
  setLeadStatus: 32,
  getMyDay: 10,
  searchLeads: 8,
  'onEdit (1 cell)': 17, // a refused change: put back, with a toast
  'onEdit (1 cell, allowed)': 28,
  'onEdit (paste 5 rows)': 33,
  'onEdit (Consent, 1 cell)': 26, // an opt-out shared with the client's rows: four column reads, one block write, the Notes
  'onEdit (paste 500 rows)': 33,
  runFollowUpReminders: 43,
  runDailyJobs: 98, // the first after Set up: lays out the Summary and draws its charts; each job's step flushes before it lets go of the locks
  'getMyDay (phone page, first after a change)': 28, // the web app reads the tabs and fills the script cache
  'getMyDay (phone page)': 14, // opened by its ID (3), the person checked against the Team
  'logActivity (phone page)': 32,
  'runDailyJobs (the next day)': 74, // 14 of them the seven digests, each marked sent before it goes
  setupCrm: 284, // dropping the cached Settings, Team and Templates: the phone page's copies too
};

/** setupCrm's number formats: one call per run of adjacent columns of one format (98 before). */
export const SETUP_NUMBER_FORMAT_CALLS = 45;
