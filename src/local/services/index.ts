// The other Apps Script services the add-on uses, emulated with the real limits and errors.
// One module per service; importers use this index.
export { FakeMenu, FakeUi, FakeSpreadsheetApp } from './spreadsheet-app';
export { FakeProperties, FakePropertiesService } from './properties';
export { LockRegistry, FakeLock, FakeLockService, type LockServiceOptions } from './lock';
export {
  FakeTrigger,
  FakeAuthorizationInfo,
  type ScriptAuthorization,
  FakeClockTriggerBuilder,
  FakeTriggerBuilder,
  FakeScriptApp,
  type TriggerRecord,
  type TriggerStore,
} from './script-app';
export { FakeMailApp, type SentMail } from './mail';
export { FakeHtmlOutput, FakeHtmlService } from './html';
export { FakeUser, FakeSession } from './session';
export { FakeUtilities } from './utilities';
export { FakeCache, FakeCacheService, cachesOf, type CacheStores } from './cache';
export { Clock, emptyState, type PersistedState } from './state';
