# SPDX-FileCopyrightText: 2026 QtEureka contributors
# SPDX-License-Identifier: Apache-2.0
# eureka_generate_from_program(<target> COMPONENT <c> [MAN <page.1>] [BASH <name>] [ZSH <_name>])
# Runs the built program with "--generate man|bash|zsh" to make its man page (installed gzipped
# as Debian wants it) and shell completions, so that they come from the option tables the
# program parses and cannot drift from it. The files also stay in the build tree for the tests.
include(GNUInstallDirs)

function(eureka_generate_from_program target)
    cmake_parse_arguments(GEN "" "COMPONENT;MAN;BASH;ZSH" "" ${ARGN})
    set(script ${PROJECT_SOURCE_DIR}/cmake/RunGenerator.cmake)
    set(outputs)
    macro(generate what file)
        add_custom_command(OUTPUT ${CMAKE_CURRENT_BINARY_DIR}/${file}
            COMMAND ${CMAKE_COMMAND} -DPROGRAM=$<TARGET_FILE:${target}> -DWHAT=${what}
                    -DOUTPUT=${CMAKE_CURRENT_BINARY_DIR}/${file} -P ${script}
            DEPENDS ${target} ${script}
            COMMENT "Generating ${file} from ${target}'s options"
            VERBATIM)
        list(APPEND outputs ${CMAKE_CURRENT_BINARY_DIR}/${file})
    endmacro()
    if(GEN_MAN)
        generate(man ${GEN_MAN})
        # gzip -n: no name or time stamp inside, so the package is reproducible.
        add_custom_command(OUTPUT ${CMAKE_CURRENT_BINARY_DIR}/${GEN_MAN}.gz
            COMMAND gzip -9nkf ${CMAKE_CURRENT_BINARY_DIR}/${GEN_MAN}
            DEPENDS ${CMAKE_CURRENT_BINARY_DIR}/${GEN_MAN}
            VERBATIM)
        list(APPEND outputs ${CMAKE_CURRENT_BINARY_DIR}/${GEN_MAN}.gz)
        install(FILES ${CMAKE_CURRENT_BINARY_DIR}/${GEN_MAN}.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1
                COMPONENT ${GEN_COMPONENT})
    endif()
    if(GEN_BASH)
        generate(bash ${GEN_BASH}.bash)
        install(FILES ${CMAKE_CURRENT_BINARY_DIR}/${GEN_BASH}.bash RENAME ${GEN_BASH}
                DESTINATION ${CMAKE_INSTALL_DATADIR}/bash-completion/completions COMPONENT ${GEN_COMPONENT})
    endif()
    if(GEN_ZSH)
        generate(zsh ${GEN_ZSH})
        install(FILES ${CMAKE_CURRENT_BINARY_DIR}/${GEN_ZSH}
                DESTINATION ${CMAKE_INSTALL_DATADIR}/zsh/vendor-completions COMPONENT ${GEN_COMPONENT})
    endif()
    add_custom_target(${target}_generated ALL DEPENDS ${outputs})
endfunction()
