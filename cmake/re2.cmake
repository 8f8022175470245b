# RE2, the linear-time regex engine that runs ua-parser's rules on attacker-controlled user agents.
# Defines the INTERFACE target ownercheck_re2. Include from the top-level CMakeLists.txt next to
# third_party.cmake (before add_subdirectory(core)).
#
# Native: Debian's libre2-dev, static when libre2.a is there (so the CLI does not depend on the
#         libre2-9 soname at run time), else the shared library.
# wasm:   libre2.a built from Debian's source by scripts/re2-wasm.sh, cached outside the repo;
#         OWNERCHECK_RE2_WASM_DIR defaults to the folder that script uses.
add_library(ownercheck_re2 INTERFACE)
if(EMSCRIPTEN)
  if(NOT OWNERCHECK_RE2_WASM_DIR)
    execute_process(COMMAND "${PROJECT_SOURCE_DIR}/scripts/re2-wasm.sh" --print-dir
                    OUTPUT_VARIABLE _re2_dir OUTPUT_STRIP_TRAILING_WHITESPACE RESULT_VARIABLE _re2_rc)
    if(_re2_rc EQUAL 0)
      set(OWNERCHECK_RE2_WASM_DIR "${_re2_dir}" CACHE PATH "RE2 built for wasm (scripts/re2-wasm.sh prints it)")
    endif()
  endif()
  if(NOT EXISTS "${OWNERCHECK_RE2_WASM_DIR}/lib/libre2.a" OR NOT EXISTS "${OWNERCHECK_RE2_WASM_DIR}/include/re2/re2.h")
    message(FATAL_ERROR "No wasm RE2 at '${OWNERCHECK_RE2_WASM_DIR}': run scripts/re2-wasm.sh "
                        "(or set OWNERCHECK_RE2_WASM_DIR to the folder it prints)")
  endif()
  target_include_directories(ownercheck_re2 SYSTEM INTERFACE "${OWNERCHECK_RE2_WASM_DIR}/include")
  target_link_libraries(ownercheck_re2 INTERFACE "${OWNERCHECK_RE2_WASM_DIR}/lib/libre2.a")
else()
  find_path(OWNERCHECK_RE2_INCLUDE re2/re2.h)
  find_library(OWNERCHECK_LIBRE2 NAMES libre2.a re2)
  if(NOT OWNERCHECK_RE2_INCLUDE OR NOT OWNERCHECK_LIBRE2)
    message(FATAL_ERROR "RE2 not found: apt-get install libre2-dev")
  endif()
  find_package(Threads REQUIRED)
  target_include_directories(ownercheck_re2 SYSTEM INTERFACE "${OWNERCHECK_RE2_INCLUDE}")
  target_link_libraries(ownercheck_re2 INTERFACE "${OWNERCHECK_LIBRE2}" Threads::Threads)
endif()
