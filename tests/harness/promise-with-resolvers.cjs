'use strict';
// aws-local-stepfunctions 3 calls Promise.withResolvers (Node 22+); Node 20 lacks it. Loaded with
// `node --require` before the harness, so the library sees a complete Promise.
if (typeof Promise.withResolvers !== 'function') {
  Promise.withResolvers = function withResolvers() {
    let resolve;
    let reject;
    const promise = new Promise((res, rej) => { resolve = res; reject = rej; });
    return { promise, resolve, reject };
  };
}
