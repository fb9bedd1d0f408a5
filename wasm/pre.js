// Prepended to the engine module's factory (--pre-js). Hosts without a global WebAssembly
// (WeChat mini-programs have WXWebAssembly) hand theirs in as Module.WebAssembly; this local
// name shadows the global inside the factory only, and nothing outside it is touched.
var WebAssembly = Module['WebAssembly'] ||
    (typeof globalThis == 'object' ? globalThis : typeof self == 'object' ? self : {}).WebAssembly;
