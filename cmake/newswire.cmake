# One helper creates every library target with its explicit dependencies, so
# the build graph draws the architecture (services/README.md).
#
#   newswire_library(extract SOURCES a.cc b.cc DEPS ICU::uc PRIVATE_DEPS ...)
# creates target newswire_<name>; headers are included as "<name>/foo.h"
# relative to services/.
function(newswire_library name)
  cmake_parse_arguments(ARG "" "" "SOURCES;DEPS;PRIVATE_DEPS" ${ARGN})
  add_library(newswire_${name} STATIC ${ARG_SOURCES})
  target_include_directories(newswire_${name} PUBLIC ${PROJECT_SOURCE_DIR}/services)
  target_link_libraries(newswire_${name} PUBLIC ${ARG_DEPS} PRIVATE ${ARG_PRIVATE_DEPS})
  target_compile_options(newswire_${name} PRIVATE ${NEWSWIRE_WARNINGS})
endfunction()

# newswire_test(unit_tests SOURCES ... DEPS ... LABELS unit)
function(newswire_test name)
  cmake_parse_arguments(ARG "" "" "SOURCES;DEPS;LABELS" ${ARGN})
  add_executable(${name} ${ARG_SOURCES})
  target_link_libraries(${name} PRIVATE ${ARG_DEPS} GTest::gtest GTest::gmock GTest::gtest_main)
  target_compile_options(${name} PRIVATE ${NEWSWIRE_WARNINGS})
  target_compile_definitions(${name} PRIVATE
    NEWSWIRE_SOURCE_DIR="${PROJECT_SOURCE_DIR}"
    NEWSWIRE_BINARY_DIR="${CMAKE_BINARY_DIR}")
  gtest_discover_tests(${name} PROPERTIES LABELS "${ARG_LABELS}" DISCOVERY_TIMEOUT 60)
endfunction()
