# nlohmann_json, doctest and OpenSSL's libcrypto, found the same way for both targets.
#
# Under emcmake the toolchain searches only Emscripten's sysroot, and adding /usr/include to
# emcc's path would let host glibc headers override Emscripten's. So the two header-only
# libraries are linked one folder at a time into the build tree and included from there.
set(OWNERCHECK_VENDOR_INCLUDE "${CMAKE_BINARY_DIR}/vendor-include")
file(MAKE_DIRECTORY "${OWNERCHECK_VENDOR_INCLUDE}")
foreach(lib nlohmann doctest)
  if(NOT EXISTS "/usr/include/${lib}")
    message(FATAL_ERROR "/usr/include/${lib} is missing: run scripts/setup.sh (apt packages nlohmann-json3-dev, doctest-dev)")
  endif()
  if(NOT EXISTS "${OWNERCHECK_VENDOR_INCLUDE}/${lib}")
    file(CREATE_LINK "/usr/include/${lib}" "${OWNERCHECK_VENDOR_INCLUDE}/${lib}" SYMBOLIC)
  endif()
endforeach()
add_library(ownercheck_json INTERFACE)
target_include_directories(ownercheck_json SYSTEM INTERFACE "${OWNERCHECK_VENDOR_INCLUDE}")

# libcrypto: Debian's static library natively (static, so that the internal SHA-3 functions used
# for Keccak-256 link the same way as in the wasm build), our own wasm build under Emscripten.
add_library(ownercheck_crypto INTERFACE)
if(EMSCRIPTEN)
  if(NOT OWNERCHECK_OPENSSL_WASM_DIR)
    message(FATAL_ERROR "Set OWNERCHECK_OPENSSL_WASM_DIR to the folder scripts/openssl-wasm.sh prints")
  endif()
  target_include_directories(ownercheck_crypto SYSTEM INTERFACE "${OWNERCHECK_OPENSSL_WASM_DIR}/include")
  target_link_libraries(ownercheck_crypto INTERFACE "${OWNERCHECK_OPENSSL_WASM_DIR}/lib/libcrypto.a")
else()
  find_library(OWNERCHECK_LIBCRYPTO_STATIC NAMES libcrypto.a REQUIRED)
  find_path(OWNERCHECK_OPENSSL_INCLUDE openssl/evp.h REQUIRED)
  find_package(Threads REQUIRED)
  target_include_directories(ownercheck_crypto SYSTEM INTERFACE "${OWNERCHECK_OPENSSL_INCLUDE}")
  target_link_libraries(ownercheck_crypto INTERFACE "${OWNERCHECK_LIBCRYPTO_STATIC}" Threads::Threads ${CMAKE_DL_LIBS})
endif()
