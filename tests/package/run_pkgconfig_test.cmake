# SPDX-FileCopyrightText: 2026 QtEureka contributors
# SPDX-License-Identifier: Apache-2.0
# Installs the library into a scratch prefix and builds the consumer with nothing but
# pkg-config's flags, as a Makefile or qmake project would.
file(REMOVE_RECURSE "${WORK_DIR}")
set(prefix "${WORK_DIR}/prefix")

function(run)
    execute_process(COMMAND ${ARGN} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err
                    OUTPUT_STRIP_TRAILING_WHITESPACE)
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "failed (${rc}): ${ARGN}\n${out}\n${err}")
    endif()
    set(last_output "${out}" PARENT_SCOPE)
endfunction()

run(${CMAKE_COMMAND} --install "${BUILD_DIR}" --prefix "${prefix}" --component dev)
run(${CMAKE_COMMAND} --install "${BUILD_DIR}" --prefix "${prefix}" --component runtime)
file(GLOB_RECURSE pc_files "${prefix}/*/eurekaclient.pc")
list(LENGTH pc_files found)
if(NOT found EQUAL 1)
    message(FATAL_ERROR "expected one eurekaclient.pc under ${prefix}, found: ${pc_files}")
endif()
get_filename_component(pc_dir "${pc_files}" DIRECTORY)
set(ENV{PKG_CONFIG_PATH} "${pc_dir}")
run(pkg-config --cflags eurekaclient)
separate_arguments(cflags UNIX_COMMAND "${last_output}")
run(pkg-config --libs eurekaclient)
separate_arguments(libs UNIX_COMMAND "${last_output}")
run(pkg-config --variable=libdir eurekaclient)
set(libdir "${last_output}")
set(flags)
if(SANITIZE)
    set(flags "-fsanitize=${SANITIZE}")
endif()
# Qt 6 is built with -reduce-relocations: programs using it must be position independent.
run(${CXX} -std=c++17 -fPIC ${flags} "${CONSUMER_DIR}/main.cpp" -o "${WORK_DIR}/consumer" ${cflags} ${libs})
set(ENV{LD_LIBRARY_PATH} "${libdir}")
run("${WORK_DIR}/consumer")
if(NOT last_output MATCHES "UP_1_")
    message(FATAL_ERROR "consumer printed: ${last_output}")
endif()
message(STATUS "built with pkg-config (${libdir}); consumer printed: ${last_output}")
