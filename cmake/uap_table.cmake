# ua-parser's regexes.yaml (Debian package uap-core) compiled at build time into a C++ table
# (scripts/gen_uap_table.py -> <build>/generated/uap_table.cpp) and added to ownercheck_core,
# which then evaluates it with RE2 (core/src/enrich/ua_parser.cpp).
#
# Include AFTER ownercheck_core exists and after cmake/re2.cmake, e.g. at the end of
# core/CMakeLists.txt. (It also works from another directory: the generation runs through its
# own custom target, and policy CMP0118 makes the GENERATED property visible everywhere.)
#
# Needs python3 with PyYAML at build time (Debian: python3-yaml), in both native and wasm builds.
set(OWNERCHECK_UAP_REGEXES "/usr/share/uap-core/regexes.yaml" CACHE FILEPATH
    "ua-parser regexes.yaml (apt-get install uap-core)")
if(NOT EXISTS "${OWNERCHECK_UAP_REGEXES}")
  message(FATAL_ERROR "${OWNERCHECK_UAP_REGEXES} is missing: apt-get install uap-core "
                      "(or set OWNERCHECK_UAP_REGEXES)")
endif()
find_package(Python3 REQUIRED COMPONENTS Interpreter)
execute_process(COMMAND "${Python3_EXECUTABLE}" -c "import yaml" RESULT_VARIABLE _uap_yaml
                OUTPUT_QUIET ERROR_QUIET)
if(NOT _uap_yaml EQUAL 0)
  message(FATAL_ERROR "${Python3_EXECUTABLE} has no PyYAML: apt-get install python3-yaml")
endif()

# The uap-core version, for the table's provenance ("1:0.16.0-1" -> "0.16.0").
set(OWNERCHECK_UAP_VERSION "unknown")
execute_process(COMMAND dpkg-query -W -f=\${Version} uap-core OUTPUT_VARIABLE _uap_deb
                RESULT_VARIABLE _uap_rc ERROR_QUIET)
if(_uap_rc EQUAL 0 AND _uap_deb)
  string(REGEX REPLACE "^[0-9]+:" "" _uap_deb "${_uap_deb}")
  string(REGEX REPLACE "-[^-]*$" "" OWNERCHECK_UAP_VERSION "${_uap_deb}")
endif()

set(OWNERCHECK_UAP_TABLE "${CMAKE_BINARY_DIR}/generated/uap_table.cpp")
add_custom_command(
  OUTPUT "${OWNERCHECK_UAP_TABLE}"
  COMMAND "${Python3_EXECUTABLE}" "${PROJECT_SOURCE_DIR}/scripts/gen_uap_table.py"
          "${OWNERCHECK_UAP_REGEXES}" "${OWNERCHECK_UAP_TABLE}" --version "${OWNERCHECK_UAP_VERSION}"
  DEPENDS "${OWNERCHECK_UAP_REGEXES}" "${PROJECT_SOURCE_DIR}/scripts/gen_uap_table.py"
  COMMENT "Compiling ua-parser regexes.yaml (uap-core ${OWNERCHECK_UAP_VERSION}) into a C++ table"
  VERBATIM)
add_custom_target(ownercheck_uap_table DEPENDS "${OWNERCHECK_UAP_TABLE}")

target_sources(ownercheck_core PRIVATE "${OWNERCHECK_UAP_TABLE}")
add_dependencies(ownercheck_core ownercheck_uap_table)
target_link_libraries(ownercheck_core PUBLIC ownercheck_re2)
