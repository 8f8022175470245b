# Emscripten flags in named groups, defined once and applied per target.
# Emscripten 3.1.6 aborts on any C++ throw unless exceptions are enabled (nlohmann_json throws).
# -fwasm-exceptions, not -fexceptions: the JavaScript-based scheme routes every call that may throw
# through a JS `invoke_*` trampoline, which made the core 4-9x slower than native; native wasm
# exception handling runs in Node 20 and Chromium. Every wasm object must agree on the scheme, so
# scripts/re2-wasm.sh builds RE2 with the same flag (OpenSSL is C and has none).
# -O2, not -Os: the module grows by a few percent, ingest runs about twice as fast.
set(OWNERCHECK_EM_COMPILE -fwasm-exceptions -O2)
set(OWNERCHECK_EM_LINK_COMMON -fwasm-exceptions -O2 -sALLOW_MEMORY_GROWTH=1 -sMAXIMUM_MEMORY=4GB)
# The module the page and the node entry import: an ES module factory, browser + node + worker.
set(OWNERCHECK_EM_LINK_MODULE -sMODULARIZE=1 -sEXPORT_ES6=1 -sEXPORT_NAME=createOwnercheck
    -sENVIRONMENT=web,worker,node --bind
    # The page CSP has no unsafe-eval: Embind must not build functions with new Function.
    -sDYNAMIC_EXECUTION=0)
# Test binaries run under node; one file so Node 20 need not fetch a .wasm by path.
set(OWNERCHECK_EM_LINK_TEST -sSINGLE_FILE=1 -sENVIRONMENT=node -sNODERAWFS=1 -sEXIT_RUNTIME=1)
