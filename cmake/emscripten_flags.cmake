# Emscripten flags in named groups, defined once and applied per target.
# -fexceptions: Emscripten 3.1.6 aborts on any C++ throw without it (nlohmann_json throws).
set(OWNERCHECK_EM_COMPILE -fexceptions -Os)
set(OWNERCHECK_EM_LINK_COMMON -fexceptions -Os -sALLOW_MEMORY_GROWTH=1 -sMAXIMUM_MEMORY=4GB)
# The module the page and the node entry import: an ES module factory, browser + node + worker.
set(OWNERCHECK_EM_LINK_MODULE -sMODULARIZE=1 -sEXPORT_ES6=1 -sEXPORT_NAME=createOwnercheck
    -sENVIRONMENT=web,worker,node --bind
    # The page CSP has no unsafe-eval: Embind must not build functions with new Function.
    -sDYNAMIC_EXECUTION=0)
# Test binaries run under node; one file so Node 20 need not fetch a .wasm by path.
set(OWNERCHECK_EM_LINK_TEST -sSINGLE_FILE=1 -sENVIRONMENT=node -sNODERAWFS=1 -sEXIT_RUNTIME=1)
