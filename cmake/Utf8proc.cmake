# utf8proc (Unicode case folding and normalisation), compiled from the Debian source that
# scripts/setup fetched, with its tables trimmed to what core/text/text_fold.cpp reads.
# Native and web builds use this same code, so both fold alike; Debian has no wasm library.
set(HINDSIGHT_UTF8PROC_DIR "${CMAKE_SOURCE_DIR}/third_party/utf8proc")
if(NOT EXISTS "${HINDSIGHT_UTF8PROC_DIR}/utf8proc.c")
  message(FATAL_ERROR "third_party/utf8proc is missing: run scripts/setup")
endif()
find_program(HINDSIGHT_PYTHON3 python3)
if(NOT HINDSIGHT_PYTHON3)
  message(FATAL_ERROR "python3 is missing (it trims utf8proc's tables): run scripts/setup")
endif()

set(HINDSIGHT_UTF8PROC_GEN "${CMAKE_BINARY_DIR}/utf8proc-trimmed")
# utf8proc.c includes "utf8proc_data.c" from its own folder: copy it beside the trimmed tables.
configure_file("${HINDSIGHT_UTF8PROC_DIR}/utf8proc.c" "${HINDSIGHT_UTF8PROC_GEN}/utf8proc.c" COPYONLY)
configure_file("${HINDSIGHT_UTF8PROC_DIR}/utf8proc.h" "${HINDSIGHT_UTF8PROC_GEN}/utf8proc.h" COPYONLY)
add_custom_command(
  OUTPUT "${HINDSIGHT_UTF8PROC_GEN}/utf8proc_data.c"
  COMMAND "${HINDSIGHT_PYTHON3}" "${CMAKE_SOURCE_DIR}/scripts/trim_utf8proc_data.py"
          "${HINDSIGHT_UTF8PROC_DIR}/utf8proc_data.c" "${HINDSIGHT_UTF8PROC_GEN}/utf8proc_data.c"
  DEPENDS "${CMAKE_SOURCE_DIR}/scripts/trim_utf8proc_data.py" "${HINDSIGHT_UTF8PROC_DIR}/utf8proc_data.c"
  COMMENT "Trimming utf8proc's Unicode tables")
add_library(hindsight_utf8proc STATIC "${HINDSIGHT_UTF8PROC_GEN}/utf8proc.c")
set_source_files_properties("${HINDSIGHT_UTF8PROC_GEN}/utf8proc.c" PROPERTIES
  OBJECT_DEPENDS "${HINDSIGHT_UTF8PROC_GEN}/utf8proc_data.c")
target_include_directories(hindsight_utf8proc SYSTEM PUBLIC "${HINDSIGHT_UTF8PROC_GEN}")
target_compile_definitions(hindsight_utf8proc PUBLIC UTF8PROC_STATIC)
if(EMSCRIPTEN)
  target_compile_options(hindsight_utf8proc PRIVATE -Oz)  # as the rest of the web build
endif()
