# The UI font (Inter, from Debian's fonts-inter) subset to the characters the UI
# uses and embedded at build time; nothing of it is committed.
set(HINDSIGHT_FONT_DIR "/usr/share/fonts/opentype/inter" CACHE PATH "Where Inter's .otf files are")
find_program(PYFTSUBSET pyftsubset)
set(HINDSIGHT_FONT_UNICODES "U+0020-007E,U+00A0-00FF,U+0152-0153,U+2010-2027,U+2030-203A,U+2190-2193,U+2212,U+2713,U+2715,U+25B2-25BC,U+25CF,U+2026,U+2022")
set(HINDSIGHT_FONT_SOURCES "")
foreach(weight Regular SemiBold)
  set(src "${HINDSIGHT_FONT_DIR}/Inter-${weight}.otf")
  if(NOT EXISTS "${src}")
    message(FATAL_ERROR "${src} is missing: run scripts/setup (package fonts-inter)")
  endif()
  set(subset "${CMAKE_BINARY_DIR}/fonts/Inter-${weight}.otf")
  set(embedded "${CMAKE_BINARY_DIR}/fonts/font_inter_${weight}.cpp")
  if(PYFTSUBSET)
    add_custom_command(OUTPUT "${subset}"
      COMMAND ${CMAKE_COMMAND} -E make_directory "${CMAKE_BINARY_DIR}/fonts"
      COMMAND ${PYFTSUBSET} "${src}" "--unicodes=${HINDSIGHT_FONT_UNICODES}" --layout-features= --no-hinting "--output-file=${subset}"
      DEPENDS "${src}" VERBATIM)
  else()
    add_custom_command(OUTPUT "${subset}" COMMAND ${CMAKE_COMMAND} -E copy "${src}" "${subset}" DEPENDS "${src}" VERBATIM)
  endif()
  add_custom_command(OUTPUT "${embedded}"
    COMMAND ${CMAKE_COMMAND} -DINPUT=${subset} -DOUTPUT=${embedded} -DSYMBOL=kFontInter${weight}
            -P "${CMAKE_SOURCE_DIR}/cmake/EmbedFile.cmake"
    DEPENDS "${subset}" "${CMAKE_SOURCE_DIR}/cmake/EmbedFile.cmake" VERBATIM)
  list(APPEND HINDSIGHT_FONT_SOURCES "${embedded}")
endforeach()
