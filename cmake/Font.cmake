# The UI font (Inter, from Debian's fonts-inter) subset to the characters the UI
# uses and embedded at build time; nothing of it is committed.
set(HINDSIGHT_FONT_DIR "/usr/share/fonts/opentype/inter" CACHE PATH "Where Inter's .otf files are")
find_program(PYFTSUBSET pyftsubset)
# Latin with Latin Extended-A, Romanian and Vietnamese, Greek, Cyrillic, and the
# UI's symbols. Every other script comes from the system's fonts at run time
# (src/ui/fonts/system_glyph_loader.cpp), so it costs no download.
set(HINDSIGHT_FONT_UNICODES "U+0020-007E,U+00A0-017F,U+01A0-01A1,U+01AF-01B0,U+0218-021B,U+0300-0304,U+0306,U+0308-030C,U+0323,U+0384-038A,U+038C,U+038E-03A1,U+03A3-03CE,U+0400-045F,U+0490-0491,U+1EA0-1EF9,U+2010-2027,U+2030-203A,U+20AC,U+2190-2193,U+21B3,U+2212,U+2713,U+2715,U+25B2-25BC,U+25CF")
# Kerning, hinting, glyph names and subroutines cost download and are unused by
# Dear ImGui's rasteriser (flat outlines also gzip better).
set(HINDSIGHT_FONT_SUBSET_OPTIONS --layout-features= --no-hinting --desubroutinize --no-glyph-names
    --drop-tables+=GDEF,GPOS,GSUB,STAT --name-IDs=1,2)
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
      COMMAND ${PYFTSUBSET} "${src}" "--unicodes=${HINDSIGHT_FONT_UNICODES}" ${HINDSIGHT_FONT_SUBSET_OPTIONS} "--output-file=${subset}"
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
