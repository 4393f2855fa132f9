// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#include "connectionprofile.h"
#include "credentialstore.h"
#include "dashboardlogging.h"
#include "dashboardoptions.h"
#include "heaptuning.h"
#include "logoptions.h"
#include "demoregistry.h"
#include "mainwindow.h"
#include "screenshotter.h"
#include "trayicon.h"
#include "traymonitor.h"

#include <QtCore/QCommandLineParser>
#include <QtCore/QLibraryInfo>
#include <QtCore/QLocale>
#include <QtCore/QSettings>
#include <QtCore/QTranslator>
#include <QtCore/QUrl>
#include <QtWidgets/QApplication>

#include <cstdio>

static void installTranslations(QApplication &app, const QString &language)
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(qt);
    auto *ours = new QTranslator(&app);
    // English is the source language; its file only carries plural forms ("1 instance", "2 instances").
    // Locales without a translation (C, POSIX, fr...) get English with its plural forms.
    if (ours->load(locale, QStringLiteral("eureka-dashboard"), QStringLiteral("_"), QStringLiteral(":/i18n"))
        || ours->load(QStringLiteral(":/i18n/eureka-dashboard_en")))
        QApplication::installTranslator(ours);
}

// --help and --version only print: they must work where there is no display (a server, ssh, CI).
static bool onlyPrints(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "-h" || arg == "--help" || arg == "--help-all" || arg == "-v" || arg == "--version")
            return true;
    }
    return false;
}

// A profile for --server URL...: read-only (admin actions need a deliberate choice), not saved.
// Credentials in the URL go to the session only, never into the profile's URLs or a log.
static bool serverProfile(const QStringList &urls, ConnectionProfile *profile, QString *password, QString *error)
{
    for (const QString &text : urls) {
        QUrl url(text, QUrl::StrictMode);
        if (!url.isValid() || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))
            || url.host().isEmpty()) {
            *error = QApplication::translate("main", "--server needs an http or https URL, not '%1'")
                         .arg(url.toDisplayString(QUrl::RemoveUserInfo));
            return false;
        }
        if (!url.userName().isEmpty()) {
            profile->username = url.userName();
            *password = url.password();
        }
        url.setUserInfo(QString());
        if (!url.path().endsWith(QLatin1Char('/')))
            url.setPath(url.path() + QLatin1Char('/'));
        profile->serverUrls.append(url.toString());
    }
    const QUrl first(profile->serverUrls.value(0));
    profile->name = first.port() > 0 ? QStringLiteral("%1:%2").arg(first.host()).arg(first.port()) : first.host();
    profile->readOnly = true;
    return true;
}

int main(int argc, char *argv[])
{
    keepFreedHeapForReuse();
    // At build time, for the installed man page: no display, no settings, no translation.
    if (argc == 3 && QByteArray(argv[1]) == "--generate" && QByteArray(argv[2]) == "man") {
        std::fputs(DashboardOptions().manPage(QStringLiteral(EUREKACLIENT_VERSION_STRING)).toUtf8().constData(), stdout);
        return 0;
    }
    if (onlyPrints(argc, argv) && !qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("QtEureka"));
    QApplication::setApplicationName(QStringLiteral("eureka-dashboard"));
    QApplication::setApplicationVersion(QStringLiteral(EUREKACLIENT_VERSION_STRING));
    QApplication::setQuitOnLastWindowClosed(false); // the tray keeps running
    QApplication::setWindowIcon(TrayIcon::iconFor(TrayMonitor::State::AllUp));

    QStringList arguments = QApplication::arguments();
    QString logError;
    if (!LogOptions::apply(arguments, &logError)) {
        std::fprintf(stderr, "eureka-dashboard: %s\n", qPrintable(logError));
        return 2;
    }
    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Dashboard and tray monitor for Eureka registries.")
                                     + QLatin1String("\n\n") + LogOptions::helpText());
    parser.addHelpOption();
    parser.addVersionOption();
    const DashboardOptions options;
    parser.addOptions(options.list());
    parser.process(arguments);

    installTranslations(app, parser.isSet(options.language) ? parser.value(options.language)
                                                    : QSettings().value(QStringLiteral("language")).toString());

    const QMap<QString, MainWindow::View> views = {{QStringLiteral("instances"), MainWindow::View::Instances},
                                                   {QStringLiteral("events"), MainWindow::View::Events},
                                                   {QStringLiteral("calls"), MainWindow::View::Calls},
                                                   {QStringLiteral("zones"), MainWindow::View::Zones},
                                                   {QStringLiteral("servers"), MainWindow::View::Servers}};
    if (!views.contains(parser.value(options.view))) {
        std::fprintf(stderr, "eureka-dashboard: unknown view '%s' (instances, events, calls, zones, servers)\n", qPrintable(parser.value(options.view)));
        return 2;
    }
    bool portOk = false;
    const uint port = parser.value(options.demoPort).toUInt(&portOk);
    if (!portOk || port > 65535) {
        std::fprintf(stderr, "eureka-dashboard: --demo-port needs a port number, not '%s'\n", qPrintable(parser.value(options.demoPort)));
        return 2;
    }

    ConnectionProfile fromCommandLine;
    QString commandLinePassword;
    if (parser.isSet(options.server)) {
        QString serverError;
        if (!serverProfile(parser.values(options.server), &fromCommandLine, &commandLinePassword, &serverError)) {
            std::fprintf(stderr, "eureka-dashboard: %s\n", qPrintable(serverError));
            return 2;
        }
        if (parser.isSet(options.user))
            fromCommandLine.username = parser.value(options.user);
        if (parser.isSet(options.passwordEnv)) {
            const QString variable = parser.value(options.passwordEnv);
            commandLinePassword = qEnvironmentVariable(variable.toLocal8Bit().constData());
            if (commandLinePassword.isEmpty()) {
                std::fprintf(stderr, "eureka-dashboard: %s\n",
                             qPrintable(QApplication::translate("main", "--password-env: $%1 is not set").arg(variable)));
                return 2;
            }
        }
    } else if (parser.isSet(options.user) || parser.isSet(options.passwordEnv)) {
        std::fprintf(stderr, "eureka-dashboard: %s\n",
                     qPrintable(QApplication::translate("main", "--user and --password-env go with --server")));
        return 2;
    }

    CredentialStore credentials;
    TrayMonitor monitor;
    MainWindow window(&credentials, &monitor);
    TrayIcon trayIcon(&monitor);
    QObject::connect(&trayIcon, &TrayIcon::openRequested, &window, [&window] {
        window.showNormal();
        window.raise();
        window.activateWindow();
    });
    QObject::connect(&trayIcon, &TrayIcon::quitRequested, &app, &QApplication::quit);
    // Without a tray, closing the window is quitting.
    QObject::connect(&app, &QApplication::lastWindowClosed, &app, [&trayIcon] {
        if (!trayIcon.isAvailable())
            QApplication::quit();
    });

    DemoRegistry demoRegistry;
    if (parser.isSet(options.demo)) {
        if (!demoRegistry.start(quint16(port))) {
            std::fprintf(stderr, "eureka-dashboard: cannot start the demo registry: %s\n", qPrintable(demoRegistry.errorString()));
            return 1;
        }
        qCInfo(lcDashboard).noquote() << "demo registry at" << demoRegistry.profile().serverUrls.value(0);
    }
    QObject::connect(&window, &MainWindow::demoRequested, &app, [&window, &demoRegistry] {
        if (demoRegistry.fleetSize() == 0 && !demoRegistry.start(0)) {
            qCWarning(lcDashboard).noquote() << "cannot start the demo registry:" << demoRegistry.errorString();
            return;
        }
        window.addProfile(demoRegistry.profile(), QString(), true);
    });
    window.loadProfiles();
    if (parser.isSet(options.demo))
        window.addProfile(demoRegistry.profile(), QString(), true);
    if (parser.isSet(options.server)) {
        if (!commandLinePassword.isEmpty() || fromCommandLine.username.isEmpty()) {
            window.addProfile(fromCommandLine, commandLinePassword, true);
        } else {
            // A user without a password: the keychain may hold one for a saved profile of that name.
            credentials.readPassword(fromCommandLine.name, [&window, fromCommandLine](const QString &password) {
                window.addProfile(fromCommandLine, password, true);
            });
        }
    }

    if (parser.isSet(options.screenshot)) {
        window.show();
        auto *shooter = new Screenshotter(&window, parser.value(options.screenshot), views.value(parser.value(options.view)),
                                          demoRegistry.fleetSize(), &app);
        shooter->start();
    } else if (parser.isSet(options.tray) && trayIcon.isAvailable()) {
        qCInfo(lcDashboard) << "started in the tray";
    } else {
        if (parser.isSet(options.tray))
            qCWarning(lcDashboard) << "no system tray on this desktop: showing the window";
        window.setView(views.value(parser.value(options.view)));
        window.show();
    }
    return app.exec();
}
