# Sanitizers and fuzzing (scripts/sanitize.sh, scripts/fuzz.sh, tests/fuzz/).
#   -DNEWSWIRE_SANITIZE=address,undefined   every target of this build (project
#       code, tests, generated protobuf code) compiled and linked with
#       -fsanitize=<list>; any UBSan report aborts (no recovery).
#   -DNEWSWIRE_FUZZ=ON   (clang only) tests/fuzz/ builds libFuzzer binaries
#       fuzz_<target> instead of the seed-corpus replay drivers; all code gets
#       -fsanitize=fuzzer-no-link for coverage feedback.
set(NEWSWIRE_SANITIZE "" CACHE STRING "Sanitizers for every target, e.g. address,undefined")
option(NEWSWIRE_FUZZ "Build tests/fuzz as libFuzzer targets (needs clang)" OFF)
if(NEWSWIRE_SANITIZE)
  add_compile_options(-fsanitize=${NEWSWIRE_SANITIZE} -fno-sanitize-recover=all
                      -fno-omit-frame-pointer)
  add_link_options(-fsanitize=${NEWSWIRE_SANITIZE})
  if(CMAKE_CXX_COMPILER_ID MATCHES "Clang")
    add_compile_options(-fsanitize-ignorelist=${PROJECT_SOURCE_DIR}/cmake/sanitizer_ignorelist.txt)
  endif()
endif()
if(NEWSWIRE_FUZZ)
  if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
    message(FATAL_ERROR "NEWSWIRE_FUZZ=ON needs clang (libFuzzer): CXX=clang++-14 CC=clang-14")
  endif()
  add_compile_options(-fsanitize=fuzzer-no-link)
endif()

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

# General-purpose allocator of the binaries that run the extraction engine
# (newswire, engine_bench, engine_eval, extract_dump; see newswire_allocator
# in the top-level CMakeLists.txt). The engine allocates per event and per
# clause (Actor strings, participant lists, discourse map nodes); glibc's
# malloc/free were ~10 % of its instructions (services/extract/README.md).
#   -DNEWSWIRE_ALLOCATOR=auto      tcmalloc_minimal (Debian libgoogle-perftools-dev)
#                                  when found, else the system allocator
#   -DNEWSWIRE_ALLOCATOR=tcmalloc  tcmalloc_minimal, required
#   -DNEWSWIRE_ALLOCATOR=system    glibc malloc
# Sanitizer and libFuzzer builds always use the system allocator (ASan
# replaces malloc itself).
set(NEWSWIRE_ALLOCATOR "auto" CACHE STRING "Allocator of the engine binaries: auto, tcmalloc, system")
set_property(CACHE NEWSWIRE_ALLOCATOR PROPERTY STRINGS auto tcmalloc system)
set(NEWSWIRE_ALLOCATOR_LIBRARY "")
if(NEWSWIRE_SANITIZE OR NEWSWIRE_FUZZ)
  if(NEWSWIRE_ALLOCATOR STREQUAL "tcmalloc")
    message(STATUS "NEWSWIRE_ALLOCATOR=tcmalloc ignored: sanitizer/fuzz build uses the system allocator")
  endif()
elseif(NEWSWIRE_ALLOCATOR STREQUAL "auto" OR NEWSWIRE_ALLOCATOR STREQUAL "tcmalloc")
  find_library(TCMALLOC_MINIMAL_LIBRARY NAMES tcmalloc_minimal)
  if(TCMALLOC_MINIMAL_LIBRARY)
    set(NEWSWIRE_ALLOCATOR_LIBRARY ${TCMALLOC_MINIMAL_LIBRARY})
  elseif(NEWSWIRE_ALLOCATOR STREQUAL "tcmalloc")
    message(FATAL_ERROR "NEWSWIRE_ALLOCATOR=tcmalloc: libtcmalloc_minimal not found "
                        "(Debian: libgoogle-perftools-dev, scripts/bootstrap.sh)")
  endif()
elseif(NOT NEWSWIRE_ALLOCATOR STREQUAL "system")
  message(FATAL_ERROR "NEWSWIRE_ALLOCATOR must be auto, tcmalloc or system, not '${NEWSWIRE_ALLOCATOR}'")
endif()
if(NEWSWIRE_ALLOCATOR_LIBRARY)
  message(STATUS "Engine binaries allocate with ${NEWSWIRE_ALLOCATOR_LIBRARY}")
else()
  message(STATUS "Engine binaries allocate with the system allocator")
endif()

# newswire_allocator(target...): links the chosen allocator into each
# existing target (a no-op for the system allocator).
function(newswire_allocator)
  if(NOT NEWSWIRE_ALLOCATOR_LIBRARY)
    return()
  endif()
  foreach(t ${ARGN})
    if(TARGET ${t})
      target_link_libraries(${t} PRIVATE ${NEWSWIRE_ALLOCATOR_LIBRARY})
    endif()
  endforeach()
endfunction()
