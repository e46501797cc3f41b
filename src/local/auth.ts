// What an execution may use, by authorisation mode and by the scopes the user has granted.
//
// - FULL (a menu item, the sidebar, an installable trigger): every service whose scope the user
//   has granted. A scope the manifest asks for and the user has not granted (a new version added
//   it) makes that service throw Google's permission error, as an add-on's trigger does
//   (reference/script/authorization-status: "throws an exception if the script attempts to call
//   the unauthorized service").
// - LIMITED (onOpen, onEdit): the bound document, but no service that needs authorisation.
// - NONE (the add-on is installed for the user but not used in this document yet): nothing but
//   adding the add-on menu (reference/script/auth-mode).

export type AuthMode = 'FULL' | 'LIMITED' | 'NONE';

const SCOPE = 'https://www.googleapis.com/auth/';

/** Google's error for a service the execution may not use (`scope` '' for a service without one). */
export function permissionError(name: string, method: string, scope: string): Error {
  const needs = scope ? ` Required permissions: ${SCOPE}${scope}` : '';
  return new Error(`Exception: You do not have permission to call ${name}.${method}.${needs}`);
}

/**
 * A service with some methods refused (the rest of the object works as usual): for a simple
 * trigger, or for a scope the user has not granted.
 */
export function denied<T extends object>(service: T, name: string, methods: string[], scope: string): T {
  return new Proxy(service, {
    get(t, prop, receiver) {
      if (typeof prop === 'string' && methods.includes(prop)) {
        return () => {
          throw permissionError(name, prop, scope);
        };
      }
      return Reflect.get(t, prop, receiver);
    },
  });
}

/**
 * A service in AuthMode.NONE: every method throws except those listed in `allowed` (which stand
 * in for the real ones); properties (enums such as ScriptApp.AuthMode) still read, as Google's own
 * NONE example reads `ScriptApp.AuthMode.NONE`.
 */
export function deniedAll<T extends object>(
  service: T,
  name: string,
  scope: string,
  allowed: Record<string, (...a: unknown[]) => unknown> = {},
): T {
  return new Proxy(service, {
    get(t, prop, receiver) {
      const v = Reflect.get(t, prop, receiver);
      if (typeof prop !== 'string' || typeof v !== 'function') return v;
      if (Object.prototype.hasOwnProperty.call(allowed, prop)) return allowed[prop];
      return () => {
        throw permissionError(name, prop, scope);
      };
    },
  });
}

/** The manifest's scopes the user has not granted (a new version asked for more). */
export function missingScopes(required: readonly string[], granted: readonly string[] | null): string[] {
  if (granted === null) return [];
  return required.filter((s) => !granted.includes(s));
}
