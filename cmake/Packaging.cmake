# SPDX-FileCopyrightText: 2026 QtEureka contributors
# SPDX-License-Identifier: Apache-2.0
# Debian packages with CPack (./dev package): one package per install component.
#   libeurekaclient0     the shared library (SONAME libEurekaClient.so.0)
#   libeurekaclient-dev  headers, CMake package, pkg-config file
#   eurekactl            the command-line tool
#   eureka-dashboard     the desktop dashboard, its desktop entry and icon
# Versions come from project(VERSION); library dependencies from dpkg-shlibdeps.
include(GNUInstallDirs)
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME qteureka)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_VENDOR "QtEureka contributors")
# CPack's own default on purpose: CPackDeb (3.25) puts any other summary in front of every
# component's description, giving all four packages the same synopsis line.
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${CMAKE_PROJECT_NAME} built using CMake")
# Whoever builds packages for their organisation sets their own (lintian wants a real domain).
set(EUREKA_PACKAGE_MAINTAINER "QtEureka contributors <qteureka@localhost>" CACHE STRING
    "Maintainer field of the Debian packages")
set(CPACK_PACKAGE_CONTACT "${EUREKA_PACKAGE_MAINTAINER}")
set(CPACK_RESOURCE_FILE_LICENSE "${PROJECT_SOURCE_DIR}/LICENSE")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_PACKAGE_DIRECTORY ${PROJECT_BINARY_DIR}/packages)
set(CPACK_STRIP_FILES ON) # the build's debug info stays in the build

set(CPACK_DEB_COMPONENT_INSTALL ON)
set(CPACK_COMPONENTS_ALL runtime dev)
if(EUREKA_BUILD_APP)
    list(APPEND CPACK_COMPONENTS_ALL eurekactl dashboard)
endif()
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_RELEASE 1)
set(CPACK_DEBIAN_PACKAGE_SECTION libs)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Our own library is not installed while the programs' dependencies are computed: it is found
# in the build tree, and the dependency on it comes from the component dependencies below.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS_PRIVATE_DIRS ${PROJECT_BINARY_DIR}/lib)
set(CPACK_DEBIAN_PACKAGE_GENERATE_SHLIBS ON)
set(CPACK_DEBIAN_ENABLE_COMPONENT_DEPENDS ON)

set(version_dep "(= ${PROJECT_VERSION}-1)")
set(CPACK_DEBIAN_RUNTIME_PACKAGE_NAME libeurekaclient${PROJECT_VERSION_MAJOR})
set(CPACK_DEBIAN_RUNTIME_DESCRIPTION "Qt 6 client library for Netflix Eureka service registries
Registers a service, heartbeats, discovers others with full and delta
fetches, fails over across zones and DNS TXT records, and calls services
with high-availability strategies.")

set(CPACK_DEBIAN_DEV_PACKAGE_NAME libeurekaclient-dev)
set(CPACK_DEBIAN_DEV_PACKAGE_SECTION libdevel)
set(CPACK_DEBIAN_DEV_PACKAGE_DEPENDS "libeurekaclient${PROJECT_VERSION_MAJOR} ${version_dep}, qt6-base-dev")
set(CPACK_DEBIAN_DEV_DESCRIPTION "Qt 6 client library for Netflix Eureka (development files)
Headers, the CMake package (find_package(EurekaClient)) and the pkg-config
file (pkg-config eurekaclient) of the EurekaClient library.")

set(CPACK_DEBIAN_EUREKACTL_PACKAGE_NAME eurekactl)
set(CPACK_DEBIAN_EUREKACTL_PACKAGE_SECTION net)
set(CPACK_DEBIAN_EUREKACTL_PACKAGE_DEPENDS "libeurekaclient${PROJECT_VERSION_MAJOR} ${version_dep}")
set(CPACK_DEBIAN_EUREKACTL_DESCRIPTION "command-line tool for Netflix Eureka service registries
Lists applications and instances, watches changes, registers, drains, sets
status overrides, calls services, measures how long changes take to
propagate, and runs an embedded Eureka-compatible registry for demos and
tests.")

set(CPACK_DEBIAN_DASHBOARD_PACKAGE_NAME eureka-dashboard)
set(CPACK_DEBIAN_DASHBOARD_PACKAGE_SECTION net)
# The status history's SQLite driver is a Qt plugin, which dpkg-shlibdeps cannot see.
set(CPACK_DEBIAN_DASHBOARD_PACKAGE_DEPENDS "libeurekaclient${PROJECT_VERSION_MAJOR} ${version_dep}, libqt6sql6-sqlite")
set(CPACK_DEBIAN_DASHBOARD_DESCRIPTION "desktop dashboard for Netflix Eureka service registries
Applications, zones, instance status, HA call traces and admin actions, with
a tray monitor.")

# What every Debian package carries in /usr/share/doc/<package>: the copyright (DEP-5) and a
# changelog (changelog.Debian.gz, compressed with gzip -9n so that it builds reproducibly).
set(doc_staging ${PROJECT_BINARY_DIR}/packaging)
string(TIMESTAMP changelog_date "%a, %d %b %Y %H:%M:%S +0000" UTC)
configure_file(${PROJECT_SOURCE_DIR}/cmake/debian-copyright.in ${doc_staging}/copyright @ONLY)
configure_file(${PROJECT_SOURCE_DIR}/cmake/debian-changelog.in ${doc_staging}/changelog.Debian @ONLY)
find_program(GZIP_EXECUTABLE gzip)
if(GZIP_EXECUTABLE)
    execute_process(COMMAND ${GZIP_EXECUTABLE} -9nf -k ${doc_staging}/changelog.Debian)
endif()
foreach(component IN LISTS CPACK_COMPONENTS_ALL)
    string(TOUPPER ${component} upper)
    set(package ${CPACK_DEBIAN_${upper}_PACKAGE_NAME})
    install(FILES ${doc_staging}/copyright ${doc_staging}/changelog.Debian.gz
            DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/${package} COMPONENT ${component})
endforeach()

include(CPack)
