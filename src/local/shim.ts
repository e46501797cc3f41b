// The page side of google.script.run for the playground: same API as Google's client
// (withSuccessHandler, withFailureHandler, withUserObject, then the function name), carried
// over HTTP to the same bundle running in Node. Served as plain JS, so written in ES5 style.
export const SHIM_JS = `(function () {
  function runner(success, failure, userObject) {
    var target = {
      withSuccessHandler: function (f) { return runner(f, failure, userObject); },
      withFailureHandler: function (f) { return runner(success, f, userObject); },
      withUserObject: function (o) { return runner(success, failure, o); }
    };
    return new Proxy(target, {
      get: function (t, name) {
        if (name in t) return t[name];
        if (typeof name !== 'string') return undefined;
        return function () {
          var args = Array.prototype.slice.call(arguments);
          var body;
          try { body = JSON.stringify({ fn: name, args: args }); } catch (e) { body = null; }
          var fail = function (message) {
            if (failure) failure(new Error(message), userObject);
            else console.error(message);
          };
          if (body === null) { setTimeout(function () { fail('Invalid argument: the value cannot be sent to the server.'); }); return; }
          fetch('/api/run', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: body })
            .then(function (r) { return r.json(); })
            .then(function (r) {
              if (r.ok) { if (success) success(r.result, userObject); }
              else fail(r.error);
              try { window.parent.postMessage({ type: 'lembar:ran', fn: name }, '*'); } catch (e) {}
            }, function (e) { fail(String(e && e.message || e)); });
        };
      }
    });
  }
  window.google = window.google || {};
  window.google.script = {
    run: runner(null, null, undefined),
    host: { close: function () { try { window.parent.postMessage({ type: 'lembar:close' }, '*'); } catch (e) {} }, setHeight: function () {}, setWidth: function () {}, editor: { focus: function () {} } }
  };
})();`;
