# The Dear ImGui application: web (emscripten) or native (GLFW + OpenGL 3).
if(NOT EXISTS "${HINDSIGHT_IMGUI_DIR}/imgui.cpp")
  message(FATAL_ERROR "Dear ImGui not found in ${HINDSIGHT_IMGUI_DIR}: run scripts/setup")
endif()

add_library(hindsight_imgui STATIC
  ${HINDSIGHT_IMGUI_DIR}/imgui.cpp
  ${HINDSIGHT_IMGUI_DIR}/imgui_draw.cpp
  ${HINDSIGHT_IMGUI_DIR}/imgui_tables.cpp
  ${HINDSIGHT_IMGUI_DIR}/imgui_widgets.cpp
  ${HINDSIGHT_IMGUI_DIR}/misc/cpp/imgui_stdlib.cpp
  ${HINDSIGHT_IMGUI_DIR}/backends/imgui_impl_glfw.cpp
  ${HINDSIGHT_IMGUI_DIR}/backends/imgui_impl_opengl3.cpp)
target_include_directories(hindsight_imgui SYSTEM PUBLIC ${HINDSIGHT_IMGUI_DIR} ${HINDSIGHT_IMGUI_DIR}/backends ${HINDSIGHT_IMGUI_DIR}/misc/cpp)
# 32-bit indices: WebGL has no vertex offset, and large canvases exceed 65k vertices.
target_compile_definitions(hindsight_imgui PUBLIC ImDrawIdx=unsigned\ int IMGUI_DISABLE_OBSOLETE_FUNCTIONS)
if(HINDSIGHT_TEST_ENGINE)
  target_compile_definitions(hindsight_imgui PUBLIC IMGUI_ENABLE_TEST_ENGINE)
endif()
if(NOT HINDSIGHT_WEB)
  find_package(glfw3 REQUIRED)
  find_package(OpenGL REQUIRED)
  target_link_libraries(hindsight_imgui PUBLIC glfw OpenGL::GL ${CMAKE_DL_LIBS})
endif()

add_library(hindsight_fonts STATIC ${HINDSIGHT_FONT_SOURCES})

file(GLOB_RECURSE HINDSIGHT_UI_SOURCES CONFIGURE_DEPENDS src/ui/*.cpp)
file(GLOB HINDSIGHT_PLATFORM_COMMON CONFIGURE_DEPENDS src/platform/*.cpp)
if(HINDSIGHT_WEB)
  file(GLOB_RECURSE HINDSIGHT_PLATFORM_SOURCES CONFIGURE_DEPENDS src/platform/web/*.cpp)
else()
  file(GLOB_RECURSE HINDSIGHT_PLATFORM_SOURCES CONFIGURE_DEPENDS src/platform/native/*.cpp)
endif()

add_executable(hindsight ${HINDSIGHT_UI_SOURCES} ${HINDSIGHT_PLATFORM_COMMON} ${HINDSIGHT_PLATFORM_SOURCES})
target_link_libraries(hindsight PRIVATE hindsight_core hindsight_imgui hindsight_fonts)
target_compile_options(hindsight PRIVATE $<$<CXX_COMPILER_ID:GNU,Clang>:-Wall>)

if(HINDSIGHT_WEB)
  file(GLOB HINDSIGHT_JS_LIBRARIES CONFIGURE_DEPENDS src/platform/web/*.js)
  set(link_flags
    -sUSE_GLFW=3 -sUSE_WEBGL2=1 -sFULL_ES3=1 -sMIN_WEBGL_VERSION=2 -sMAX_WEBGL_VERSION=2
    -sALLOW_MEMORY_GROWTH=1 -sINITIAL_MEMORY=33554432 -sASSERTIONS=0
    -sENVIRONMENT=web -sFILESYSTEM=0
    "-sEXPORTED_FUNCTIONS=['_main','_malloc','_free']"
    "-sEXPORTED_RUNTIME_METHODS=['UTF8ToString','stringToUTF8','lengthBytesUTF8']")
  foreach(lib ${HINDSIGHT_JS_LIBRARIES})
    list(APPEND link_flags "--js-library=${lib}")
  endforeach()
  target_link_options(hindsight PRIVATE ${link_flags})
  set_target_properties(hindsight PROPERTIES SUFFIX ".js" LINK_DEPENDS "${HINDSIGHT_JS_LIBRARIES}")
  # The page and its static files sit next to hindsight.js / hindsight.wasm.
  add_custom_command(TARGET hindsight POST_BUILD
    COMMAND ${CMAKE_COMMAND} -E copy_directory "${CMAKE_SOURCE_DIR}/web" "$<TARGET_FILE_DIR:hindsight>"
    COMMAND ${CMAKE_COMMAND} -E copy_directory "${CMAKE_SOURCE_DIR}/assets/examples" "$<TARGET_FILE_DIR:hindsight>/examples"
    VERBATIM)
endif()
