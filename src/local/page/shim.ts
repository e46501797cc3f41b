// The page side of google.script.run for the playground: same API as Google's client
// (withSuccessHandler, withFailureHandler, withUserObject, then the function name), carried
// over HTTP to the same bundle running in Node. build.mjs builds it into .local/page/shim.js,
// which the playground serves as /shim.js to the sidebar and the dialogs.
export {};

type SuccessHandler = (result: unknown, userObject: unknown) => void;
type FailureHandler = (error: Error, userObject: unknown) => void;

interface Runner {
  withSuccessHandler(f: SuccessHandler): Runner;
  withFailureHandler(f: FailureHandler): Runner;
  withUserObject(o: unknown): Runner;
}

function runner(success: SuccessHandler | null, failure: FailureHandler | null, userObject: unknown): Runner {
  const target: Runner = {
    withSuccessHandler: (f) => runner(f, failure, userObject),
    withFailureHandler: (f) => runner(success, f, userObject),
    withUserObject: (o) => runner(success, failure, o),
  };
  return new Proxy(target, {
    get(t, name) {
      if (name in t) return t[name as keyof Runner];
      if (typeof name !== 'string') return undefined;
      return (...args: unknown[]) => {
        let body: string | null;
        try {
          body = JSON.stringify({ fn: name, args });
        } catch {
          body = null;
        }
        const fail = (message: string) => {
          if (failure) failure(new Error(message), userObject);
          else console.error(message);
        };
        if (body === null) {
          setTimeout(() => {
            fail('Invalid argument: the value cannot be sent to the server.');
          });
          return;
        }
        // The phone page (a web app) posts to its own endpoint, as the person signed in there.
        const endpoint = (window as unknown as { __LEMBAR_RUN__?: string }).__LEMBAR_RUN__ || '/api/run';
        fetch(endpoint, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body })
          .then((r) => r.json())
          .then(
            (r: { ok: boolean; result?: unknown; error: string }) => {
              if (r.ok) {
                if (success) success(r.result, userObject);
              } else fail(r.error);
              try {
                window.parent.postMessage({ type: 'lembar:ran', fn: name }, '*');
              } catch {
                /* no parent page to tell */
              }
            },
            (e) => {
              fail(String(e?.message || e));
            },
          );
      };
    },
  });
}

const page = window as unknown as { google?: { script?: unknown } };
page.google = page.google || {};
page.google.script = {
  run: runner(null, null, undefined),
  host: {
    close() {
      try {
        window.parent.postMessage({ type: 'lembar:close' }, '*');
      } catch {
        /* no parent page to tell */
      }
    },
    setHeight() {},
    setWidth() {},
    editor: { focus() {} },
  },
};
