# Header-only libraries from Debian packages. For emscripten only their own
# folders are exposed (a folder of symlinks), never the whole /usr/include.
set(HINDSIGHT_DEPS_INCLUDE "${CMAKE_BINARY_DIR}/deps-include")
file(MAKE_DIRECTORY "${HINDSIGHT_DEPS_INCLUDE}")
foreach(dep nlohmann cereal date doctest)
  if(NOT EXISTS "/usr/include/${dep}")
    message(FATAL_ERROR "/usr/include/${dep} is missing: run scripts/setup")
  endif()
  if(NOT EXISTS "${HINDSIGHT_DEPS_INCLUDE}/${dep}")
    file(CREATE_LINK "/usr/include/${dep}" "${HINDSIGHT_DEPS_INCLUDE}/${dep}" SYMBOLIC)
  endif()
endforeach()

add_library(hindsight_headers INTERFACE)
target_include_directories(hindsight_headers SYSTEM INTERFACE "${HINDSIGHT_DEPS_INCLUDE}")
# date is used header-only: UTC arithmetic needs no time-zone database.
target_compile_definitions(hindsight_headers INTERFACE HAS_REMOTE_API=0 USE_OS_TZDB=0)
