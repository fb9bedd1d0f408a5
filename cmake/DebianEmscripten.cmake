# Included by CMakeLists.txt when building with Debian's emscripten 3.1.6 (emcmake cmake).
# 1) acorn: em++ runs tools/acorn-optimizer.js with node at link time. Debian ships acorn in
#    /usr/share/nodejs, which only Debian's own node searches: with another node (the npm
#    'node' package, nvm) the link fails with "Cannot find module 'acorn'".
# (The core uses no package: nlohmann/json, the native tests' oracle, is not looked for here.
# Header-only packages from /usr/include must not put -isystem /usr/include on the command
# line, or clang picks glibc headers over emscripten's libc.)
find_program(CANBAO_NODE NAMES node nodejs REQUIRED)
execute_process(
  COMMAND "${CANBAO_NODE}" -e "require.resolve('acorn')"
  WORKING_DIRECTORY "${EMSCRIPTEN_ROOT_PATH}/tools"
  RESULT_VARIABLE _acorn_rc OUTPUT_QUIET ERROR_QUIET)
if(NOT _acorn_rc EQUAL 0)
  if(NOT EXISTS /usr/share/nodejs/acorn)
    message(FATAL_ERROR "acorn not found: apt-get install node-acorn")
  endif()
  set(_np /usr/share/nodejs)
  if(DEFINED ENV{NODE_PATH} AND NOT "$ENV{NODE_PATH}" STREQUAL "")
    string(APPEND _np ":$ENV{NODE_PATH}")
  endif()
  set(CMAKE_CXX_LINKER_LAUNCHER "${CMAKE_COMMAND}" -E env "NODE_PATH=${_np}")
endif()
