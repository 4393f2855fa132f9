# SPDX-FileCopyrightText: 2026 QtEureka contributors
# SPDX-License-Identifier: Apache-2.0
# cmake -DPROGRAM=... -DWHAT=man|bash|zsh -DOUTPUT=file -P RunGenerator.cmake
# Without a display, and without LeakSanitizer's exit report in sanitizer builds: the program only
# prints text here.
set(ENV{QT_QPA_PLATFORM} offscreen)
set(ENV{ASAN_OPTIONS} detect_leaks=0)
execute_process(COMMAND ${PROGRAM} --generate ${WHAT}
                OUTPUT_FILE ${OUTPUT}.tmp
                RESULT_VARIABLE result)
if(NOT result EQUAL 0)
    file(REMOVE ${OUTPUT}.tmp)
    message(FATAL_ERROR "${PROGRAM} --generate ${WHAT} failed: ${result}")
endif()
file(RENAME ${OUTPUT}.tmp ${OUTPUT})
