// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
//
// A password planted in a dashboard profile, connected to a registry that demands it, must not
// show up anywhere an operator can look or send on: the log file, the saved settings, exported
// views, the screenshot file, or any text the window shows.
#include "credentialstore.h"
#include "dashboardsession.h"
#include "dashboardtestutil.h"
#include "instancetablemodel.h"
#include "mainwindow.h"
#include "traymonitor.h"
#include "viewexporter.h"

#include <EurekaClient/eurekaclient.h>
#include <EurekaClient/eurekalogging.h>
#include <EurekaClient/registryserver.h>

#include <QtCore/QBuffer>
#include <QtCore/QFile>
#include <QtCore/QSettings>
#include <QtCore/QSortFilterProxyModel>
#include <QtCore/QStandardPaths>
#include <QtCore/QTemporaryDir>
#include <QtTest/QTest>
#include <QtWidgets/QAbstractButton>
#include <QtWidgets/QAbstractItemView>
#include <QtWidgets/QApplication>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QTableView>

using namespace Eureka;
using namespace std::chrono_literals;

namespace {
const QString planted = QStringLiteral("Planted-Dashb0ard-Pw-4e2b");

// Every text a screenshot of \a root could show: widget texts, titles, tips and view cells.
QStringList visibleTexts(QWidget *root)
{
    QStringList out{root->windowTitle()};
    const auto widgets = root->findChildren<QWidget *>();
    for (QWidget *w : widgets) {
        out << w->toolTip() << w->statusTip() << w->windowTitle();
        if (auto *label = qobject_cast<QLabel *>(w))
            out << label->text();
        if (auto *edit = qobject_cast<QLineEdit *>(w); edit && edit->echoMode() == QLineEdit::Normal)
            out << edit->text();
        if (auto *button = qobject_cast<QAbstractButton *>(w))
            out << button->text();
        if (auto *combo = qobject_cast<QComboBox *>(w)) {
            for (int i = 0; i < combo->count(); ++i)
                out << combo->itemText(i);
        }
        if (auto *view = qobject_cast<QAbstractItemView *>(w); view && view->model()) {
            const QAbstractItemModel *m = view->model();
            for (int r = 0; r < m->rowCount(); ++r) {
                for (int c = 0; c < m->columnCount(); ++c)
                    out << m->index(r, c).data().toString() << m->index(r, c).data(Qt::ToolTipRole).toString();
            }
        }
    }
    return out;
}
} // namespace

class tst_DashboardSecurity : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void plantedPasswordNeverLeaks();
};

void tst_DashboardSecurity::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("QtEurekaSecurityTest"));
    installEnglishTranslation();
}

void tst_DashboardSecurity::plantedPasswordNeverLeaks()
{
    QTemporaryDir dir;
    const QString logFile = dir.filePath(QStringLiteral("dashboard.log"));
    Logging::setLevel(Logging::Level::Debug);
    QVERIFY(Logging::setLogFile(logFile));

    RegistryServer::Options options;
    options.username = QStringLiteral("ops");
    options.password = planted;
    RegistryServer registry(options);
    QVERIFY(registry.listen());
    for (int i = 0; i < 3; ++i) {
        InstanceInfo info;
        info.setApp(QStringLiteral("ORDERS"));
        info.setInstanceId(QStringLiteral("orders-%1").arg(i));
        info.setHostName(QStringLiteral("127.0.0.1"));
        info.setIpAddr(QStringLiteral("127.0.0.1"));
        info.setPort(8080 + i);
        info.setStatus(InstanceStatus::Up);
        registry.registerInstance(info);
    }

    CredentialStore credentials(CredentialStore::Backend::MemoryOnly);
    TrayMonitor tray;
    {
        MainWindow window(&credentials, &tray);
        window.setIntervalsForTests(100ms, 200ms);
        window.show();
        ConnectionProfile profile;
        profile.name = QStringLiteral("guarded");
        profile.serverUrls = {registry.serviceUrl().toString()};
        profile.username = QStringLiteral("ops");
        window.addProfile(profile, planted, false); // saved like a profile made in the dialog
        QTRY_COMPARE_WITH_TIMEOUT(window.session()->instances()->rowCount(), 3, 10000);

        // A second profile with a wrong password: its failure is shown, and logged.
        ConnectionProfile wrong = profile;
        wrong.name = QStringLiteral("mistyped");
        window.addProfile(wrong, planted + QStringLiteral("-typo"), false);
        QTRY_VERIFY_WITH_TIMEOUT(!window.session()->client()->errorString().isEmpty(), 10000);

        QStringList seen = visibleTexts(&window);
        seen << window.session()->client()->errorString();
        QVERIFY(seen.join(QLatin1Char('\n')).contains(QStringLiteral("401")));
        window.activateProfile(profile.name);
        QTRY_COMPARE_WITH_TIMEOUT(window.session()->instances()->rowCount(), 3, 10000);
        seen << visibleTexts(&window);

        // The exports of every view, and the screenshot file.
        seen << QString::fromUtf8(ViewExporter::toCsv(*window.instanceView()->model()))
             << QString::fromUtf8(ViewExporter::toJson(*window.instanceView()->model(), Qt::UserRole))
             << QString::fromUtf8(ViewExporter::toCsv(*window.applicationView()->model()))
             << QString::fromUtf8(ViewExporter::toCsv(*window.eventProxy()));
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        QVERIFY(window.grab().save(&buffer, "PNG"));
        seen << QString::fromLatin1(png);
        seen << tray.toolTip();

        const QString everything = seen.join(QLatin1Char('\n'));
        QVERIFY2(!everything.contains(planted), "the password is on the screen or in an export");
    }

    // What stays on disk: the settings (profiles) and the log file.
    Logging::closeLogFile();
    QFile settings(QSettings().fileName());
    QVERIFY(settings.open(QIODevice::ReadOnly));
    const QByteArray saved = settings.readAll();
    QVERIFY(saved.contains("guarded"));
    QVERIFY(!saved.contains(planted.toUtf8()));
    QFile log(logFile);
    QVERIFY(log.open(QIODevice::ReadOnly));
    const QByteArray logged = log.readAll();
    QVERIFY(logged.contains("401"));
    QVERIFY(!logged.contains(planted.toUtf8()));
    QVERIFY(!logged.contains((QStringLiteral("ops:") + planted).toUtf8().toBase64()));
}

QTEST_MAIN(tst_DashboardSecurity)
#include "tst_dashboardsecurity.moc"
