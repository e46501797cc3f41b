// CacheService as Google gives it (conformance rows 45, 47, 48): a document's caches outlive an
// execution, and a web app, which has no containing document, gets no document cache.
import { cachesOf, FakeCacheService } from '../../src/local/services';

const now = () => new Date('2026-12-07T02:00:00Z');

test('a web app gets no document cache; its user cache is there and its own', () => {
  const doc = {};
  const web = new FakeCacheService(now, () => 'rina@firma.id', cachesOf(doc, now), true);
  expect(web.getDocumentCache()).toBeNull();
  web.getUserCache().put('k', 'v');
  const sidebar = new FakeCacheService(now, () => 'andi@firma.id', cachesOf(doc, now));
  expect(sidebar.getDocumentCache()).not.toBeNull();
  expect(sidebar.getUserCache().get('k')).toBeNull();
  const again = new FakeCacheService(now, () => 'rina@firma.id', cachesOf(doc, now), true);
  expect(again.getUserCache().get('k')).toBe('v');
});
