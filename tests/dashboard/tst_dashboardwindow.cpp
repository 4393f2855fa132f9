// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
// Drives the real window, on the offscreen platform, against the embedded registry and its
// demo fleet over loopback: connect, see the fleet, filter, open details, run an HA call, take
// an instance out of service and see the change come back.
#include "bulkactiondialog.h"
#include "callconsole.h"
#include "callhistorymodel.h"
#include "calltimeline.h"
#include "credentialstore.h"
#include "dashboardsession.h"
#include "dashboardtestutil.h"
#include "demoregistry.h"
#include "eventlogmodel.h"
#include "healthstrip.h"
#include "instancedetailsview.h"
#include "instancefilterproxy.h"
#include "instancetablemodel.h"
#include "mainwindow.h"
#include "mutesdialog.h"
#include "peerserversview.h"
#include "shortcutsdialog.h"
#include "statetimelinewidget.h"
#include "statushistory.h"
#include "zonematrixmodel.h"
#include "profilestore.h"
#include "traymonitor.h"

#include <EurekaClient/eurekaclient.h>
#include <EurekaClient/registryserver.h>

#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QSettings>
#include <QtCore/QStandardPaths>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>
#include <QtWidgets/QApplication>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QHeaderView>
#include <QtWidgets/QLabel>
#include <QtWidgets/QTabWidget>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QStatusBar>
#include <QtWidgets/QTableView>

using namespace Eureka;
using namespace std::chrono_literals;

class tst_DashboardWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void firstRunSaysWhatToDo();
    void showsTheFleet();
    void filtersAndSearch();
    void detailsFollowTheSelection();
    void runsAnHaCall();
    void adminActionComesBack();
    void readOnlyProfileCannotAct();
    void trayFollowsTheCluster();
    void demoWinsOverTheSavedProfile();
    void keyboardShortcuts();
    void zoneMatrixFiltersTheInstances();
    void historySurvivesARestart();
    void brokenHistoryKeepsTheLiveView();
    void mutesFromTheWindow();
    void serversSideBySide();
    void metadataAsColumnsAndFilter();
    void bulkActionPreviewConfirmAndTracking();

private:
    void connectDemo(bool readOnly = false);
    void restartWindow();
    void takeOutOfService(const QString &id);
    QString firstInstanceOf(const QString &app) const;

    std::unique_ptr<DemoRegistry> m_demo;
    std::unique_ptr<CredentialStore> m_credentials;
    std::unique_ptr<TrayMonitor> m_tray;
    std::unique_ptr<MainWindow> m_window;
};

void tst_DashboardWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // settings go to a scratch place
    QCoreApplication::setOrganizationName(QStringLiteral("QtEurekaTest"));
    installEnglishTranslation();
}

void tst_DashboardWindow::init()
{
    // Each test starts without the history of the one before.
    QDir(QFileInfo(StatusHistory::defaultPath(QStringLiteral("x"))).absolutePath()).removeRecursively();
    QSettings().remove(QStringLiteral("mutes")); // nor its mutes
    QSettings().remove(QStringLiteral("window/metadataColumns"));
    m_demo = std::make_unique<DemoRegistry>();
    QVERIFY2(m_demo->start(), qPrintable(m_demo->errorString()));
    m_credentials = std::make_unique<CredentialStore>(CredentialStore::Backend::MemoryOnly);
    m_tray = std::make_unique<TrayMonitor>();
    m_window = std::make_unique<MainWindow>(m_credentials.get(), m_tray.get());
    m_window->setIntervalsForTests(100ms, 200ms);
    m_window->setConfirmation([](const QString &) { return true; });
    m_window->show();
}

void tst_DashboardWindow::cleanup()
{
    m_window.reset();
    m_tray.reset();
    m_credentials.reset();
    m_demo.reset();
}

void tst_DashboardWindow::connectDemo(bool readOnly)
{
    ConnectionProfile profile = m_demo->profile();
    profile.readOnly = readOnly;
    m_window->addProfile(profile, QString(), true);
    QVERIFY(m_window->session());
    QTRY_COMPARE_WITH_TIMEOUT(m_window->session()->instances()->rowCount(), m_demo->fleetSize(), 10000);
}

// Closes the window and opens a new one on the same demo registry, as a user restarting the
// dashboard would.
void tst_DashboardWindow::restartWindow()
{
    m_window.reset();
    m_window = std::make_unique<MainWindow>(m_credentials.get(), m_tray.get());
    m_window->setIntervalsForTests(100ms, 200ms);
    m_window->setConfirmation([](const QString &) { return true; });
    m_window->show();
}

void tst_DashboardWindow::takeOutOfService(const QString &id)
{
    QVERIFY(m_window->selectInstance(id));
    QSignalSpy done(m_window.get(), &MainWindow::adminActionFinished);
    m_window->takeOutOfService();
    QVERIFY(done.wait(10000));
    InstanceTableModel *model = m_window->session()->instances();
    QTRY_COMPARE_WITH_TIMEOUT(model->instanceAt(model->rowOf(id)).status(), InstanceStatus::OutOfService, 10000);
}

QString tst_DashboardWindow::firstInstanceOf(const QString &app) const
{
    InstanceTableModel *model = m_window->session()->instances();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->instanceAt(row).app() == app)
            return model->instanceAt(row).instanceId();
    }
    return {};
}

// No profile yet: a page that says what to do, whose demo button asks for the demo registry; the
// views come once a profile is there.
void tst_DashboardWindow::firstRunSaysWhatToDo()
{
    auto *empty = m_window->findChild<QWidget *>(QStringLiteral("emptyState"));
    QVERIFY(empty);
    QVERIFY(empty->isVisible());
    auto *openDemo = m_window->findChild<QPushButton *>(QStringLiteral("openDemoButton"));
    QVERIFY(openDemo && openDemo->isVisible());
    QVERIFY(m_window->findChild<QPushButton *>(QStringLiteral("addClusterButton"))->isVisible());
    QSignalSpy demoRequested(m_window.get(), &MainWindow::demoRequested);
    connect(m_window.get(), &MainWindow::demoRequested, this, [this] { m_window->addProfile(m_demo->profile(), QString(), true); });
    QTest::mouseClick(openDemo, Qt::LeftButton);
    QCOMPARE(demoRequested.size(), 1);
    QVERIFY(!empty->isVisible());
    QTRY_COMPARE_WITH_TIMEOUT(m_window->session()->instances()->rowCount(), m_demo->fleetSize(), 10000);
}

void tst_DashboardWindow::showsTheFleet()
{
    connectDemo();
    QSignalSpy reset(m_window->session()->instances(), &QAbstractItemModel::modelReset);
    QCOMPARE(m_window->instanceView()->model()->rowCount(), 24);
    QCOMPARE(m_window->applicationView()->model()->rowCount(), 13); // 12 services and "All applications"
    // Sorted by application from the start, as the header's indicator says.
    QAbstractItemModel *shown = m_window->instanceView()->model();
    QCOMPARE(m_window->instanceView()->horizontalHeader()->sortIndicatorSection(), int(InstanceTableModel::App));
    for (int row = 1; row < shown->rowCount(); ++row) {
        const QString before = shown->index(row - 1, InstanceTableModel::App).data().toString();
        const QString here = shown->index(row, InstanceTableModel::App).data().toString();
        QVERIFY2(before.compare(here, Qt::CaseInsensitive) <= 0, qPrintable(before + QLatin1String(" before ") + here));
    }
    QVERIFY(m_window->healthStrip()->summaryText().contains(m_demo->profile().serverUrls.first()));
    QVERIFY(m_window->healthStrip()->summaryText().contains(QStringLiteral("hash matches")));
    // Several fetches later, rows were never reset.
    QSignalSpy fetched(m_window->session()->client(), &EurekaClient::registryFetched);
    QTRY_VERIFY_WITH_TIMEOUT(fetched.size() >= 3, 10000);
    QCOMPARE(reset.size(), 0);
}

void tst_DashboardWindow::filtersAndSearch()
{
    connectDemo();
    QAbstractItemModel *view = m_window->instanceView()->model();
    m_window->searchField()->setText(QStringLiteral("order-service"));
    QCOMPARE(view->rowCount(), 3);
    m_window->searchField()->clear();
    auto *status = m_window->findChild<QComboBox *>(QStringLiteral("statusFilter"));
    status->setCurrentIndex(status->findData(int(InstanceStatus::OutOfService)));
    QTRY_COMPARE_WITH_TIMEOUT(view->rowCount(), 1, 5000); // the demo's operator override
    QCOMPARE(view->index(0, InstanceTableModel::App).data().toString(), QStringLiteral("API-GATEWAY"));
    status->setCurrentIndex(0);
    auto *zone = m_window->findChild<QComboBox *>(QStringLiteral("zoneFilter"));
    QTRY_VERIFY_WITH_TIMEOUT(zone->findData(QStringLiteral("zone-b")) > 0, 5000);
    zone->setCurrentIndex(zone->findData(QStringLiteral("zone-b")));
    QVERIFY(view->rowCount() > 0 && view->rowCount() < 24);
    for (int row = 0; row < view->rowCount(); ++row)
        QCOMPARE(view->index(row, InstanceTableModel::Zone).data().toString(), QStringLiteral("zone-b"));
    // Selecting an application narrows the table to it.
    zone->setCurrentIndex(0);
    QTableView *apps = m_window->applicationView();
    for (int row = 0; row < apps->model()->rowCount(); ++row) {
        if (apps->model()->index(row, 0).data().toString() == QLatin1String("USER-SERVICE"))
            apps->setCurrentIndex(apps->model()->index(row, 0));
    }
    QCOMPARE(view->rowCount(), 3);
}

void tst_DashboardWindow::detailsFollowTheSelection()
{
    connectDemo();
    const QString id = firstInstanceOf(QStringLiteral("ORDER-SERVICE"));
    QVERIFY(m_window->selectInstance(id));
    InstanceDetailsView *details = m_window->detailsView();
    QCOMPARE(details->fieldValue(QStringLiteral("instanceId")), id);
    QCOMPARE(details->fieldValue(QStringLiteral("app")), QStringLiteral("ORDER-SERVICE"));
    QVERIFY(details->fieldValue(QStringLiteral("healthCheckUrl")).startsWith(QStringLiteral("http://127.0.0.1:")));
    QCOMPARE(details->fieldValue(QStringLiteral("renewalIntervalInSecs")), QStringLiteral("5"));
    QCOMPARE(details->fieldValue(QStringLiteral("name")), QStringLiteral("MyOwn"));
}

void tst_DashboardWindow::runsAnHaCall()
{
    connectDemo();
    m_window->setView(MainWindow::View::Calls);
    CallConsole *console = m_window->callConsole();
    console->setApplication(QStringLiteral("USER-SERVICE"));
    console->setPath(QStringLiteral("/actuator/health"));
    console->setStrategy(1); // STICK
    QSignalSpy finished(console, &CallConsole::callFinished);
    console->run();
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.at(0).at(0).toBool(), true);
    const CallHistoryModel::Call call = console->history()->callAt(0);
    QCOMPARE(call.httpStatus, 200);
    QCOMPARE(call.traces.size(), 1);
    QCOMPARE(call.traces.at(0).app, QStringLiteral("USER-SERVICE"));
    QCOMPARE(call.traces.at(0).strategy, HaStrategy::Stick);
    QCOMPARE(console->timeline()->traces().size(), 1); // drawn on the timeline
    // Copy as curl: the attempt, its method and URL.
    QCOMPARE(console->curlForCall(0), QStringLiteral("curl -X GET '%1'\n").arg(call.traces.at(0).url));
    QVERIFY(call.traces.at(0).url.endsWith(QStringLiteral("/actuator/health")));
}

void tst_DashboardWindow::adminActionComesBack()
{
    connectDemo();
    const QString id = firstInstanceOf(QStringLiteral("ORDER-SERVICE"));
    QVERIFY(m_window->selectInstance(id));
    const QModelIndex selected = m_window->instanceView()->currentIndex();
    auto *button = m_window->findChild<QPushButton *>(QStringLiteral("outOfServiceButton"));
    QVERIFY(button->isEnabled());
    QSignalSpy done(m_window.get(), &MainWindow::adminActionFinished);
    button->click();
    QVERIFY(done.wait(10000));
    QCOMPARE(done.at(0).at(0).toBool(), true);
    QVERIFY(m_window->lastAdminResult().contains(QStringLiteral("HTTP 200")));
    InstanceTableModel *model = m_window->session()->instances();
    QTRY_COMPARE_WITH_TIMEOUT(model->instanceAt(model->rowOf(id)).status(), InstanceStatus::OutOfService, 10000);
    // The row changed in place: the selection is still on it and the details show the override.
    QCOMPARE(m_window->instanceView()->currentIndex().row(), selected.row());
    QCOMPARE(m_window->instanceView()->currentIndex().siblingAtColumn(InstanceTableModel::InstanceId).data().toString(), id);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->detailsView()->fieldValue(QStringLiteral("status")), QStringLiteral("OUT_OF_SERVICE"), 5000);
    // The event log has it.
    EventLogModel *events = m_window->session()->events();
    QTRY_VERIFY_WITH_TIMEOUT(events->rowCount() > 0 && events->eventAt(0).instanceId == id, 5000);
    QCOMPARE(events->eventAt(0).after, InstanceStatus::OutOfService);

    // Clearing the override leaves UNKNOWN until the instance reports again, as Netflix's server does.
    done.clear();
    m_window->clearOverride();
    QVERIFY(done.wait(10000));
    QTRY_COMPARE_WITH_TIMEOUT(model->instanceAt(model->rowOf(id)).status(), InstanceStatus::Unknown, 10000);
    QCOMPARE(model->instanceAt(model->rowOf(id)).overriddenStatus(), InstanceStatus::Unknown);
    done.clear();
    m_window->putBackUp();
    QVERIFY(done.wait(10000));
    QTRY_COMPARE_WITH_TIMEOUT(model->instanceAt(model->rowOf(id)).status(), InstanceStatus::Up, 10000);
}

void tst_DashboardWindow::readOnlyProfileCannotAct()
{
    connectDemo(true);
    const QString id = firstInstanceOf(QStringLiteral("ORDER-SERVICE"));
    QVERIFY(m_window->selectInstance(id));
    auto *button = m_window->findChild<QPushButton *>(QStringLiteral("outOfServiceButton"));
    QVERIFY(!button->isEnabled());
    QVERIFY(!button->toolTip().isEmpty());
    QSignalSpy done(m_window.get(), &MainWindow::adminActionFinished);
    m_window->takeOutOfService(); // even when called directly, nothing is sent
    QVERIFY(!done.wait(300));
    QVERIFY(m_window->lastAdminResult().isEmpty());
    QVERIFY(m_window->session()->overrideStatus(m_window->session()->instances()->instanceAt(0), InstanceStatus::Down) == nullptr);
}

void tst_DashboardWindow::trayFollowsTheCluster()
{
    connectDemo();
    // The demo has one instance OUT_OF_SERVICE by an operator's override.
    QTRY_COMPARE_WITH_TIMEOUT(m_tray->state(), TrayMonitor::State::Degraded, 5000);
    QVERIFY(m_tray->toolTip().contains(QStringLiteral("1 out of service")));
}

// `eureka-dashboard --demo` for a returning user: the saved active profile is restored (its
// password comes from the keychain later, from the event loop), and the demo opened on the
// command line must stay what the window shows.
void tst_DashboardWindow::demoWinsOverTheSavedProfile()
{
    Eureka::RegistryServer production;
    QVERIFY(production.listen());
    ConnectionProfile saved;
    saved.name = QStringLiteral("production");
    saved.serverUrls = {production.serviceUrl().toString()};
    saved.watchInTray = false;
    {
        QSettings settings;
        ProfileStore::save(settings, {saved});
        ProfileStore::setActiveProfile(settings, saved.name);
    }
    m_window->loadProfiles();
    m_window->addProfile(m_demo->profile(), QString(), true); // what main() does for --demo
    // The keychain's answer for the saved profile arrives: it must not take the window back.
    QCoreApplication::processEvents();
    QTRY_COMPARE_WITH_TIMEOUT(m_window->session()->instances()->rowCount(), m_demo->fleetSize(), 10000);
    QCOMPARE(m_window->session()->profile().name, m_demo->profile().name);
    QCOMPARE(m_window->findChild<QComboBox *>(QStringLiteral("profileCombo"))->currentText(), m_demo->profile().name);
    // The saved profile is still there to pick, and picking it works.
    auto *combo = m_window->findChild<QComboBox *>(QStringLiteral("profileCombo"));
    QVERIFY(combo->findText(saved.name) >= 0);
    combo->setCurrentText(saved.name);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->session()->profile().name, saved.name, 5000);
    QSettings().clear();
}

// k9s's keys: "/" to the filter, ctrl-z for only what is failing, "?" for the list of keys.
void tst_DashboardWindow::keyboardShortcuts()
{
    connectDemo();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    m_window->instanceView()->setFocus();

    QTest::keyClick(m_window->instanceView(), Qt::Key_Slash);
    QVERIFY(m_window->searchField()->hasFocus());
    QTest::keyClicks(m_window->searchField(), QStringLiteral("api/")); // typed there, "/" included
    QCOMPARE(m_window->searchField()->text(), QStringLiteral("api/"));
    m_window->searchField()->clear();

    m_window->instanceView()->setFocus();
    QTest::keyClick(m_window->instanceView(), Qt::Key_Z, Qt::ControlModifier);
    auto *status = m_window->findChild<QComboBox *>(QStringLiteral("statusFilter"));
    QCOMPARE(status->currentText(), QStringLiteral("Problems"));
    QAbstractItemModel *view = m_window->instanceView()->model();
    QTRY_VERIFY_WITH_TIMEOUT(view->rowCount() >= 1, 5000); // the demo's OUT_OF_SERVICE gateway at least
    QVERIFY(view->rowCount() < m_demo->fleetSize());
    bool gateway = false;
    for (int row = 0; row < view->rowCount(); ++row) {
        const auto s = InstanceStatus(view->index(row, InstanceTableModel::Status).data(InstanceTableModel::StatusRole).toInt());
        QVERIFY(s == InstanceStatus::Down || s == InstanceStatus::OutOfService); // leases are fresh here
        gateway = gateway || view->index(row, InstanceTableModel::App).data().toString() == QLatin1String("API-GATEWAY");
    }
    QVERIFY(gateway);
    QTest::keyClick(m_window->instanceView(), Qt::Key_Z, Qt::ControlModifier); // toggles back
    QCOMPARE(status->currentIndex(), 0);
    QCOMPARE(view->rowCount(), m_demo->fleetSize());

    QTest::keyClick(m_window->instanceView(), Qt::Key_Question);
    auto *dialog = m_window->findChild<ShortcutsDialog *>(QStringLiteral("shortcutsDialog"));
    QVERIFY(dialog && dialog->isVisible());
    QStringList keys;
    for (const auto &[key, what] : dialog->shortcuts())
        keys.append(key + QStringLiteral(" = ") + what);
    const QString all = keys.join(QLatin1Char('\n'));
    QVERIFY2(all.contains(QStringLiteral("Ctrl+F, / = Search")), qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("Ctrl+Z = Problems only")), qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("? = Keyboard shortcuts")), qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("F5 = Refresh")), qPrintable(all));
}

// The Zones view: the demo's applications by zone; clicking a cell lists exactly those instances.
void tst_DashboardWindow::zoneMatrixFiltersTheInstances()
{
    connectDemo();
    m_window->setView(MainWindow::View::Zones);
    auto *zoneView = m_window->findChild<QTableView *>(QStringLiteral("zoneView"));
    QVERIFY(zoneView && zoneView->isVisible());
    const QAbstractItemModel *matrix = zoneView->model();
    QCOMPARE(matrix->rowCount(), 12);
    QCOMPARE(matrix->columnCount(), 5); // application, zone-a, zone-b, zone-c, spread
    // The demo's services that live in one zone are named above the matrix.
    const QStringList single = m_window->session()->zoneMatrix()->singleZoneApplications();
    QVERIFY(!single.isEmpty());
    QVERIFY(m_window->findChild<QLabel *>(QStringLiteral("zoneWarning"))->text().contains(single.constFirst()));

    // Find a populated cell and click it.
    QModelIndex target;
    for (int row = 0; row < matrix->rowCount() && !target.isValid(); ++row) {
        for (int column = 1; column <= 3; ++column) {
            if (matrix->index(row, column).data(ZoneMatrixModel::TotalRole).toInt() > 0) {
                target = matrix->index(row, column);
                break;
            }
        }
    }
    QVERIFY(target.isValid());
    const QString app = target.data(ZoneMatrixModel::AppNameRole).toString();
    const QString zone = target.data(ZoneMatrixModel::ZoneRole).toString();
    const int total = target.data(ZoneMatrixModel::TotalRole).toInt();
    zoneView->scrollTo(target);
    QTest::mouseClick(zoneView->viewport(), Qt::LeftButton, {}, zoneView->visualRect(target).center());
    QCOMPARE(m_window->findChild<QTabWidget *>(QStringLiteral("viewTabs"))->currentIndex(), int(MainWindow::View::Instances));
    QAbstractItemModel *view = m_window->instanceView()->model();
    QCOMPARE(view->rowCount(), total);
    for (int row = 0; row < view->rowCount(); ++row) {
        QCOMPARE(view->index(row, InstanceTableModel::App).data().toString(), app);
        QCOMPARE(view->index(row, InstanceTableModel::Zone).data().toString(), zone);
    }
}

// A status change goes into the profile's database; after a restart the event log starts with it
// and the instance's timeline shows the status before and after.
void tst_DashboardWindow::historySurvivesARestart()
{
    connectDemo();
    const QString id = firstInstanceOf(QStringLiteral("ORDER-SERVICE"));
    takeOutOfService(id);
    InstanceDetailsView *details = m_window->detailsView();
    QTRY_VERIFY_WITH_TIMEOUT(details->timelineWidget()->timeline().flaps == 1, 5000);
    QCOMPARE(details->timelineWidget()->timeline().bands.constLast().status, InstanceStatus::OutOfService);
    QVERIFY(details->timelineWidget()->isVisible());
    QVERIFY2(details->historySummary().startsWith(QStringLiteral("1 status change · UP ")), qPrintable(details->historySummary()));
    StatusHistory *history = m_window->session()->history();
    QVERIFY(history->isPersistent());
    const QString path = history->path();
    QVERIFY(QFile::exists(path));

    restartWindow();
    connectDemo();
    QCOMPARE(m_window->session()->history()->path(), path);
    EventLogModel *events = m_window->session()->events();
    const auto hasTheChange = [&] {
        for (int row = 0; row < events->rowCount(); ++row) {
            const EventLogModel::Event e = events->eventAt(row);
            if (e.instanceId == id && e.kind == EventLogModel::Kind::StatusChanged && e.after == InstanceStatus::OutOfService)
                return true;
        }
        return false;
    };
    QTRY_VERIFY_WITH_TIMEOUT(hasTheChange(), 5000);
    QVERIFY(m_window->selectInstance(id));
    details = m_window->detailsView();
    QTRY_VERIFY_WITH_TIMEOUT(details->timelineWidget()->timeline().bands.size() == 2, 5000);
    QCOMPARE(details->timelineWidget()->timeline().bands.at(0).status, InstanceStatus::Up);
    QCOMPARE(details->timelineWidget()->timeline().bands.at(1).status, InstanceStatus::OutOfService);
    // The status it had when the window closed is what the registry still says: nothing new.
    QCOMPARE(details->timelineWidget()->timeline().flaps, 1);
    details->setHistorySpan(7 * 24 * 3600 * 1000LL);
    QTRY_COMPARE_WITH_TIMEOUT(details->timelineWidget()->timeline().to - details->timelineWidget()->timeline().from,
                              7 * 24 * 3600 * 1000LL, 5000);
}

// A database file that is not a database: the dashboard says so once, the live view and the
// timeline go on (in memory), and the file is not touched.
void tst_DashboardWindow::brokenHistoryKeepsTheLiveView()
{
    const QString path = StatusHistory::defaultPath(m_demo->profile().name);
    QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    const QByteArray garbage = QByteArray("not a database ").repeated(500);
    file.write(garbage);
    file.close();

    connectDemo();
    StatusHistory *history = m_window->session()->history();
    QTRY_VERIFY_WITH_TIMEOUT(!history->isPersistent(), 5000);
    QVERIFY2(m_window->statusBar()->currentMessage().contains(QStringLiteral("cannot be saved")),
             qPrintable(m_window->statusBar()->currentMessage()));
    const QString id = firstInstanceOf(QStringLiteral("ORDER-SERVICE"));
    takeOutOfService(id);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->detailsView()->timelineWidget()->timeline().flaps == 1, 5000);
    QVERIFY(m_window->detailsView()->historySummary().contains(QStringLiteral("1 status change")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), garbage);
}

// Alerts ▸ Mute the selected application: its changes are not told, others are; the mute is
// listed, outlives a restart, and can be lifted from the list.
void tst_DashboardWindow::mutesFromTheWindow()
{
    connectDemo();
    const QString cluster = m_window->session()->profile().name;
    m_tray->setAlertPolicy(cluster, {0, 0}); // no grace period: told at once
    m_tray->setDebounceInterval(20ms);
    const QString order = firstInstanceOf(QStringLiteral("ORDER-SERVICE"));
    QVERIFY(m_window->selectInstance(order));
    m_window->muteSelected(MainWindow::MuteScope::Application, 60min);
    const QList<AlertRules::Mute> mutes = m_tray->mutes();
    QCOMPARE(mutes.size(), 1);
    QCOMPARE(mutes.at(0).cluster, cluster);
    QCOMPARE(mutes.at(0).app, QStringLiteral("ORDER-SERVICE"));
    QVERIFY(mutes.at(0).instanceId.isEmpty());
    QVERIFY(qAbs(mutes.at(0).until - QDateTime::currentMSecsSinceEpoch() - 3600000) < 60000);

    QSignalSpy notes(m_tray.get(), &TrayMonitor::notificationRequested);
    takeOutOfService(order);
    const QString user = firstInstanceOf(QStringLiteral("USER-SERVICE"));
    takeOutOfService(user);
    // (The demo's own news, such as its API-GATEWAY override, may come too.)
    const auto told = [&notes] {
        QString all;
        for (const QList<QVariant> &note : std::as_const(notes))
            all += note.at(1).toString() + QLatin1Char('\n');
        return all;
    };
    QTRY_VERIFY_WITH_TIMEOUT(told().contains(user), 5000);
    QVERIFY2(!told().contains(order), qPrintable(told()));

    // A restart keeps the mute.
    restartWindow();
    QCOMPARE(m_tray->mutes().size(), 1);
    MutesDialog dialog(m_tray.get(), m_window.get());
    QCOMPARE(dialog.rowCount(), 1);
    dialog.unmuteRow(0);
    QCOMPARE(dialog.rowCount(), 0);
    QVERIFY(m_tray->mutes().isEmpty());
    QCOMPARE(QSettings().beginReadArray(QStringLiteral("mutes")), 0);
}

// A profile with two servers that do not hold the same (the demo's and an empty one): the
// Servers view asks each, says who lacks what, and explains unavailable replicas.
void tst_DashboardWindow::serversSideBySide()
{
    RegistryServer other;
    QVERIFY(other.listen());
    ConnectionProfile profile = m_demo->profile();
    profile.name = QStringLiteral("two servers");
    profile.serverUrls.append(other.serviceUrl().toString());
    m_window->addProfile(profile, QString(), true);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->session()->instances()->rowCount(), m_demo->fleetSize(), 10000);
    m_window->setView(MainWindow::View::Servers);
    PeerServersView *view = m_window->peerView();
    QVERIFY(view->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(view->verdict().contains(QStringLiteral("lacks")), 10000);
    QVERIFY2(view->verdict().contains(QStringLiteral("lacks %1 instances").arg(m_demo->fleetSize())), qPrintable(view->verdict()));
    QCOMPARE(view->serverView()->model()->rowCount(), 2);
    QCOMPARE(view->serverView()->model()->index(0, 1).data().toInt(), m_demo->fleetSize());
    QCOMPARE(view->serverView()->model()->index(1, 1).data().toInt(), 0);
    QCOMPARE(view->differenceView()->model()->rowCount(), m_demo->fleetSize());
    QVERIFY(m_window->findChild<QLabel *>(QStringLiteral("replicaExplanation"))->text().contains(QStringLiteral("unavailable-replicas")));
}

// A metadata key as a column of the instance table, its value as a filter, and the column
// still there after a restart.
void tst_DashboardWindow::metadataAsColumnsAndFilter()
{
    connectDemo();
    m_window->setMetadataColumns({QStringLiteral("management.port")});
    QTableView *table = m_window->instanceView();
    const int column = InstanceTableModel::ColumnCount;
    QCOMPARE(table->model()->headerData(column, Qt::Horizontal).toString(), QStringLiteral("management.port"));
    QVERIFY(!table->isColumnHidden(column));
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        const auto info = table->model()->index(row, 0).data(InstanceTableModel::InstanceRole).value<InstanceInfo>();
        QCOMPARE(table->model()->index(row, column).data().toString(), QString::number(info.port()));
    }
    // The demo's ORDER-SERVICE has one canary on 2.4.0.
    m_window->searchField()->setText(QStringLiteral("version=2.4.0"));
    QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 1, 5000);
    QCOMPARE(table->model()->index(0, InstanceTableModel::App).data().toString(), QStringLiteral("ORDER-SERVICE"));
    m_window->searchField()->clear();

    restartWindow();
    connectDemo();
    QCOMPARE(m_window->metadataColumns(), QStringList{QStringLiteral("management.port")});
    QCOMPARE(m_window->instanceView()->model()->columnCount(), InstanceTableModel::ColumnCount + 1);
}

// Several rows selected: the action shows them first, sends nothing before the one
// confirmation, answers per instance, and follows the change until the server shows it for
// all of them; "Copy as curl" has the user but never the password.
void tst_DashboardWindow::bulkActionPreviewConfirmAndTracking()
{
    ConnectionProfile profile = m_demo->profile();
    profile.readOnly = false;
    profile.username = QStringLiteral("ops");
    m_window->addProfile(profile, QStringLiteral("s3cret-pw"), true);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->session()->instances()->rowCount(), m_demo->fleetSize(), 10000);
    m_window->instanceProxy()->setApplication(QStringLiteral("ORDER-SERVICE"));
    QCOMPARE(m_window->instanceView()->model()->rowCount(), 3);
    m_window->instanceView()->selectAll();
    QCOMPARE(m_window->selectedInstances().size(), 3);

    m_window->takeOutOfService();
    BulkActionDialog *dialog = m_window->bulkDialog();
    QVERIFY(dialog);
    QCOMPARE(dialog->rowCount(), 3);
    const QString curl = dialog->curlCommands();
    QCOMPARE(curl.count(QStringLiteral("curl -u 'ops' -X PUT '")), 3);
    QVERIFY(curl.contains(QStringLiteral("/status?value=OUT_OF_SERVICE'")));
    QVERIFY(!curl.contains(QStringLiteral("s3cret")));
    // The preview sent nothing.
    InstanceTableModel *model = m_window->session()->instances();
    const QList<InstanceInfo> selected = m_window->selectedInstances();
    for (const InstanceInfo &info : selected)
        QCOMPARE(model->instanceAt(model->rowOf(info.instanceId())).status(), InstanceStatus::Up);

    QSignalSpy finished(dialog, &BulkActionDialog::actionsFinished);
    QSignalSpy propagated(dialog, &BulkActionDialog::propagated);
    dialog->confirm();
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.at(0).at(0).toInt(), 3);
    QCOMPARE(finished.at(0).at(1).toInt(), 0);
    for (int row = 0; row < 3; ++row)
        QCOMPARE(dialog->resultAt(row), QStringLiteral("HTTP 200"));
    QVERIFY(propagated.wait(10000));
    QCOMPARE(propagated.at(0).at(0).toBool(), true);
    QVERIFY2(dialog->propagation().contains(QStringLiteral("shows it")), qPrintable(dialog->propagation()));
    for (const InstanceInfo &info : selected)
        QTRY_COMPARE_WITH_TIMEOUT(model->instanceAt(model->rowOf(info.instanceId())).status(), InstanceStatus::OutOfService, 10000);
}

QTEST_MAIN(tst_DashboardWindow)
#include "tst_dashboardwindow.moc"
