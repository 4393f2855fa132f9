# SPDX-FileCopyrightText: 2026 QtEureka contributors
# SPDX-License-Identifier: Apache-2.0
# The "docs" target: Doxygen over the public headers and docs/api/*.md, into <build>/docs/api/html.
# It fails on any Doxygen warning, an undocumented public symbol included (./dev docs, CI).
find_package(Doxygen QUIET)
if(NOT DOXYGEN_FOUND)
    return()
endif()
set(EUREKA_DOCS_OUTPUT ${CMAKE_BINARY_DIR}/docs/api)
configure_file(${PROJECT_SOURCE_DIR}/docs/api/Doxyfile.in ${CMAKE_BINARY_DIR}/docs/Doxyfile @ONLY)
add_custom_target(docs
    COMMAND ${CMAKE_COMMAND} -E make_directory ${EUREKA_DOCS_OUTPUT}
    COMMAND Doxygen::doxygen ${CMAKE_BINARY_DIR}/docs/Doxyfile
    WORKING_DIRECTORY ${PROJECT_SOURCE_DIR}
    COMMENT "API reference in ${EUREKA_DOCS_OUTPUT}/html/index.html"
    VERBATIM)
