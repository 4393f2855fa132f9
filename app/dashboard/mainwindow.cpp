// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#include "mainwindow.h"

#include "applicationlistmodel.h"
#include "cachedtextdelegate.h"
#include "callconsole.h"
#include "clusterhealth.h"
#include "credentialstore.h"
#include "dashboardsession.h"
#include "eventlogmodel.h"
#include "healthstrip.h"
#include "instancedetailsview.h"
#include "instancefilterproxy.h"
#include "instancetableview.h"
#include "instancetablemodel.h"
#include "bulkactiondialog.h"
#include "mutesdialog.h"
#include "peerserversview.h"
#include "padlockicon.h"
#include "profiledialog.h"
#include "profilestore.h"
#include "shortcutsdialog.h"
#include "statushistory.h"
#include "statustext.h"
#include "traymonitor.h"
#include "viewexporter.h"
#include "zonematrixmodel.h"

#include <EurekaClient/eurekareply.h>

#include <QtCore/QFile>
#include <QtCore/QDateTime>
#include <QtCore/QSettings>
#include <QtCore/QSortFilterProxyModel>
#include <QtGui/QAction>
#include <QtGui/QActionGroup>
#include <QtGui/QCloseEvent>
#include <QtGui/QKeySequence>
#include <QtWidgets/QApplication>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QFileDialog>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QHeaderView>
#include <QtWidgets/QInputDialog>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QMenu>
#include <QtWidgets/QMenuBar>
#include <QtWidgets/QMessageBox>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QSplitter>
#include <QtWidgets/QStackedWidget>
#include <QtWidgets/QStatusBar>
#include <QtWidgets/QTabWidget>
#include <QtWidgets/QTableView>
#include <QtWidgets/QToolBar>
#include <QtWidgets/QVBoxLayout>

using namespace Eureka;

MainWindow::MainWindow(CredentialStore *credentials, TrayMonitor *tray, QWidget *parent)
    : QMainWindow(parent)
    , m_credentials(credentials)
    , m_tray(tray)
{
    setWindowTitle(tr("Eureka Dashboard"));
    m_confirm = [this](const QString &question) {
        return QMessageBox::question(this, tr("Confirm"), question, QMessageBox::Yes | QMessageBox::Cancel,
                                     QMessageBox::Cancel) == QMessageBox::Yes;
    };
    buildUi();
    buildMenus();
    restoreLayout();
    showSession(nullptr);
    QSettings settings;
    for (const AlertRules::Mute &mute : ProfileStore::loadMutes(settings))
        m_tray->mute(mute);
    connect(m_tray, &TrayMonitor::mutesChanged, this, [this] {
        QSettings settings;
        ProfileStore::saveMutes(settings, m_tray->mutes());
    });
}

MainWindow::~MainWindow() = default;

DashboardSession *MainWindow::session() const { return m_active; }

void MainWindow::buildUi()
{
    auto *toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolBar"));
    toolbar->setMovable(false);
    toolbar->addWidget(new QLabel(tr("Cluster:"), this));
    m_profileCombo = new QComboBox(this);
    m_profileCombo->setObjectName(QStringLiteral("profileCombo"));
    m_profileCombo->setMinimumContentsLength(18);
    toolbar->addWidget(m_profileCombo);
    connect(m_profileCombo, &QComboBox::currentTextChanged, this, [this](const QString &name) {
        if (name.isEmpty())
            return;
        m_chosen = true;
        activateProfile(name);
    });
    m_readOnlyIcon = new QLabel(this);
    m_readOnlyIcon->setContentsMargins(4, 0, 0, 0);
    toolbar->addWidget(m_readOnlyIcon);
    m_readOnlyBadge = new QLabel(this);
    m_readOnlyBadge->setMargin(4);
    toolbar->addWidget(m_readOnlyBadge);
    auto *spacer = new QWidget(this);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    toolbar->addWidget(spacer);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("searchField"));
    m_search->setPlaceholderText(tr("Search names, hosts, IPs, metadata (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(280);
    toolbar->addWidget(m_search);

    m_health = new HealthStrip(this);

    m_appView = new QTableView(this);
    m_appView->setObjectName(QStringLiteral("applicationView"));
    m_appView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_appView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_appView->verticalHeader()->hide();
    m_appView->setShowGrid(false);
    m_appView->setWordWrap(false);
    m_appView->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_appView->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_appView->horizontalHeader()->setStretchLastSection(false);
    m_appView->horizontalHeader()->setMinimumSectionSize(36);
    m_appView->setItemDelegate(new CachedTextDelegate(m_appView));

    m_instanceProxy = new InstanceFilterProxy(this);
    m_instanceView = new InstanceTableView(this);
    m_instanceView->setModel(m_instanceProxy);
    m_instanceView->horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_instanceView->horizontalHeader(), &QWidget::customContextMenuRequested, this, &MainWindow::showColumnMenu);
    m_instanceView->setContextMenuPolicy(Qt::ActionsContextMenu);

    m_zoneFilter = new QComboBox(this);
    m_zoneFilter->setObjectName(QStringLiteral("zoneFilter"));
    m_statusFilter = new QComboBox(this);
    m_statusFilter->setObjectName(QStringLiteral("statusFilter"));
    m_statusFilter->addItem(tr("All statuses"), -1);
    for (InstanceStatus s : {InstanceStatus::Up, InstanceStatus::Down, InstanceStatus::Starting,
                             InstanceStatus::OutOfService, InstanceStatus::Unknown})
        m_statusFilter->addItem(StatusText::name(s), int(s));
    // Not a status: leases not renewed for longer than their duration (what a server evicts).
    m_statusFilter->addItem(tr("Lease lapsed"), LapsedFilter);
    m_statusFilter->setItemData(m_statusFilter->count() - 1,
                                tr("Instances not renewed for longer than their lease duration"), Qt::ToolTipRole);
    m_statusFilter->addItem(tr("Problems"), ProblemsFilter);
    m_statusFilter->setItemData(m_statusFilter->count() - 1, tr("DOWN, OUT_OF_SERVICE or lease lapsed (Ctrl+Z)"),
                                Qt::ToolTipRole);
    m_lapsedRefresh.setInterval(std::chrono::seconds(1)); // leases lapse as time passes
    connect(&m_lapsedRefresh, &QTimer::timeout, m_instanceProxy, &InstanceFilterProxy::refreshLapsed);
    connect(m_zoneFilter, &QComboBox::currentIndexChanged, this,
            [this] { m_instanceProxy->setZone(m_zoneFilter->currentData().toString()); });
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this, [this] {
        const int s = m_statusFilter->currentData().toInt();
        m_instanceProxy->setLapsedOnly(s == LapsedFilter);
        m_instanceProxy->setProblemsOnly(s == ProblemsFilter);
        m_instanceProxy->setStatus(s < 0 ? std::nullopt : std::optional<InstanceStatus>(InstanceStatus(s)));
        if (m_problemsAction)
            m_problemsAction->setChecked(s == ProblemsFilter);
        if (s == LapsedFilter || s == ProblemsFilter)
            m_lapsedRefresh.start();
        else
            m_lapsedRefresh.stop();
    });
    connect(m_search, &QLineEdit::textChanged, m_instanceProxy, &InstanceFilterProxy::setSearchText);

    m_details = new InstanceDetailsView(this);
    connect(m_details, &InstanceDetailsView::takeOutOfServiceRequested, this, &MainWindow::takeOutOfService);
    connect(m_details, &InstanceDetailsView::putBackUpRequested, this, &MainWindow::putBackUp);
    connect(m_details, &InstanceDetailsView::clearOverrideRequested, this, &MainWindow::clearOverride);
    connect(m_details, &InstanceDetailsView::deleteRequested, this, &MainWindow::deleteInstance);

    auto *instancesPage = new QWidget(this);
    auto *filters = new QHBoxLayout;
    filters->addWidget(new QLabel(tr("Zone:"), this));
    filters->addWidget(m_zoneFilter);
    filters->addWidget(new QLabel(tr("Status:"), this));
    filters->addWidget(m_statusFilter);
    filters->addStretch();
    auto *instanceSplit = new QSplitter(Qt::Vertical, this);
    instanceSplit->setObjectName(QStringLiteral("instanceSplit"));
    instanceSplit->addWidget(m_instanceView);
    instanceSplit->addWidget(m_details);
    instanceSplit->setStretchFactor(0, 3);
    instanceSplit->setStretchFactor(1, 2);
    auto *instancesLayout = new QVBoxLayout(instancesPage);
    instancesLayout->setContentsMargins(4, 4, 4, 4);
    instancesLayout->addLayout(filters);
    instancesLayout->addWidget(instanceSplit, 1);

    m_eventProxy = new QSortFilterProxyModel(this);
    m_eventProxy->setFilterKeyColumn(-1);
    m_eventProxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_eventView = new QTableView(this);
    m_eventView->setObjectName(QStringLiteral("eventView"));
    m_eventView->setModel(m_eventProxy);
    m_eventView->verticalHeader()->hide();
    m_eventView->setShowGrid(false);
    m_eventView->setAlternatingRowColors(true);
    m_eventView->horizontalHeader()->setStretchLastSection(true);
    m_eventView->setWordWrap(false);
    m_eventView->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_eventView->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_eventView->setItemDelegate(new CachedTextDelegate(m_eventView));
    m_eventFilter = new QLineEdit(this);
    m_eventFilter->setObjectName(QStringLiteral("eventFilter"));
    m_eventFilter->setPlaceholderText(tr("Filter events (application, instance, status)"));
    m_eventFilter->setClearButtonEnabled(true);
    connect(m_eventFilter, &QLineEdit::textChanged, m_eventProxy, &QSortFilterProxyModel::setFilterFixedString);
    auto *eventsPage = new QWidget(this);
    auto *eventsLayout = new QVBoxLayout(eventsPage);
    eventsLayout->setContentsMargins(4, 4, 4, 4);
    eventsLayout->addWidget(m_eventFilter);
    eventsLayout->addWidget(m_eventView, 1);

    m_console = new CallConsole(this);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("viewTabs"));
    m_tabs->addTab(instancesPage, tr("&Instances"));
    m_tabs->addTab(eventsPage, tr("&Events"));
    m_tabs->addTab(m_console, tr("HA &calls"));

    // Applications by zone: where the UP instances are, and which services one zone can take down.
    m_zoneView = new QTableView(this);
    m_zoneView->setObjectName(QStringLiteral("zoneView"));
    m_zoneView->verticalHeader()->hide();
    m_zoneView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_zoneView->setWordWrap(false);
    m_zoneView->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_zoneView->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_zoneView->horizontalHeader()->setMinimumSectionSize(fontMetrics().horizontalAdvance(QStringLiteral("000/000")) + 16);
    connect(m_zoneView, &QTableView::clicked, this, &MainWindow::showZoneCell);
    m_zoneWarning = new QLabel(this);
    m_zoneWarning->setObjectName(QStringLiteral("zoneWarning"));
    m_zoneWarning->setWordWrap(true);
    auto *zonesPage = new QWidget(this);
    auto *zonesLayout = new QVBoxLayout(zonesPage);
    zonesLayout->setContentsMargins(4, 4, 4, 4);
    zonesLayout->addWidget(m_zoneWarning);
    zonesLayout->addWidget(m_zoneView, 1);
    m_tabs->addTab(zonesPage, tr("&Zones"));
    m_peerView = new PeerServersView(this);
    m_tabs->addTab(m_peerView, tr("&Servers"));
    // Each server is asked when the view is shown (and on "Compare now"), not all the time.
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (index == int(View::Servers))
            m_peerView->compare();
    });

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->setObjectName(QStringLiteral("mainSplit"));
    split->addWidget(m_appView);
    split->addWidget(m_tabs);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 4);
    split->setSizes({360, 1000}); // until the user's own layout is restored

    // The first start, or after the last profile is deleted: say what to do instead of showing
    // empty tables.
    auto *empty = new QWidget(this);
    empty->setObjectName(QStringLiteral("emptyState"));
    auto *emptyLayout = new QVBoxLayout(empty);
    emptyLayout->addStretch(2);
    auto *title = new QLabel(tr("No Eureka cluster yet"), empty);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    title->setFont(titleFont);
    title->setAlignment(Qt::AlignCenter);
    auto *hint = new QLabel(tr("Add a cluster to watch its applications and instances, or try the dashboard on a demo "
                               "registry that runs inside it."),
                            empty);
    hint->setAlignment(Qt::AlignCenter);
    hint->setWordWrap(true);
    auto *addCluster = new QPushButton(tr("Add a cluster…"), empty);
    addCluster->setObjectName(QStringLiteral("addClusterButton"));
    addCluster->setDefault(true);
    connect(addCluster, &QPushButton::clicked, this, [this] { editProfile(true); });
    auto *openDemo = new QPushButton(tr("Open the demo registry"), empty);
    openDemo->setObjectName(QStringLiteral("openDemoButton"));
    connect(openDemo, &QPushButton::clicked, this, &MainWindow::demoRequested);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(addCluster);
    buttons->addWidget(openDemo);
    buttons->addStretch(1);
    emptyLayout->addWidget(title);
    emptyLayout->addWidget(hint);
    emptyLayout->addSpacing(12);
    emptyLayout->addLayout(buttons);
    emptyLayout->addStretch(3);

    m_pages = new QStackedWidget(this);
    m_pages->addWidget(empty);
    m_pages->addWidget(split);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(4, 4, 4, 0);
    layout->addWidget(m_health);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);
    updateEmptyState();

    const auto addAdmin = [this](const QString &text, void (MainWindow::*slot)()) {
        auto *action = new QAction(text, this);
        connect(action, &QAction::triggered, this, slot);
        m_instanceView->addAction(action);
        m_adminActions.append(action);
    };
    addAdmin(tr("Take out of service"), &MainWindow::takeOutOfService);
    addAdmin(tr("Put back UP"), &MainWindow::putBackUp);
    addAdmin(tr("Clear override"), &MainWindow::clearOverride);
    addAdmin(tr("Delete instance…"), &MainWindow::deleteInstance);
    statusBar();
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&New profile…"), this, [this] { editProfile(true); });
    file->addAction(tr("&Edit profile…"), this, [this] { editProfile(false); });
    file->addAction(tr("&Delete profile"), this, &MainWindow::deleteProfile);
    file->addSeparator();
    QAction *exportAction = file->addAction(tr("E&xport view…"), this, &MainWindow::exportView);
    exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    file->addAction(tr("Export status &history…"), this, &MainWindow::exportHistory);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::quit);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *refresh = view->addAction(tr("&Refresh"), this, [this] {
        if (m_active) {
            m_active->refresh();
            m_active->refreshLeases();
        }
    });
    refresh->setShortcut(QKeySequence::Refresh);
    QAction *find = view->addAction(tr("&Search"), this, [this] {
        setView(View::Instances);
        m_search->setFocus();
        m_search->selectAll();
    });
    find->setShortcuts({QKeySequence::Find, QKeySequence(Qt::Key_Slash)}); // "/" as in k9s, less and vim
    m_problemsAction = view->addAction(tr("&Problems only"), this, [this](bool on) {
        setView(View::Instances);
        m_statusFilter->setCurrentIndex(m_statusFilter->findData(on ? ProblemsFilter : -1));
    });
    m_problemsAction->setCheckable(true);
    m_problemsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Z)); // k9s's ctrl-z: only what is failing
    view->addSeparator();
    const QList<std::pair<QString, View>> views = {{tr("&Instances"), View::Instances},
                                                   {tr("&Events"), View::Events},
                                                   {tr("HA &calls"), View::Calls},
                                                   {tr("&Zones"), View::Zones},
                                                   {tr("&Servers"), View::Servers}};
    for (int i = 0; i < views.size(); ++i) {
        QAction *action = view->addAction(views.at(i).first, this, [this, v = views.at(i).second] { setView(v); });
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
    }

    buildAlertsMenu();

    QMenu *settings = menuBar()->addMenu(tr("&Settings"));
    QMenu *language = settings->addMenu(tr("&Language"));
    auto *group = new QActionGroup(this);
    const QString current = QSettings().value(QStringLiteral("language")).toString();
    const QList<std::pair<QString, QString>> languages = {{tr("System language"), QString()},
                                                          {QStringLiteral("English"), QStringLiteral("en")},
                                                          {QStringLiteral("简体中文"), QStringLiteral("zh_CN")}};
    for (const auto &[name, code] : languages) {
        QAction *action = language->addAction(name, this, [this, code = code] { chooseLanguage(code); });
        action->setCheckable(true);
        action->setChecked(code == current);
        group->addAction(action);
    }

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *keys = help->addAction(tr("&Keyboard shortcuts"), this, &MainWindow::showShortcuts);
    keys->setShortcut(QKeySequence(Qt::Key_Question));
    help->addAction(tr("&About"), this, [this] {
        QMessageBox::about(this, tr("About Eureka Dashboard"),
                           tr("<b>Eureka Dashboard</b> %1<br>Watches Netflix Eureka and Spring Cloud registries.")
                               .arg(QApplication::applicationVersion()));
    });
}

// The instance table's header menu: any metadata key as a column (those of the selected
// instance, or one typed in), and a metadata column's value as a filter.
void MainWindow::showColumnMenu(const QPoint &at)
{
    if (!m_active)
        return;
    QMenu menu(this);
    const QStringList shown = metadataColumns();
    QMenu *add = menu.addMenu(tr("Add a metadata column"));
    for (const auto &[key, value] : m_details->instance().metadata()) {
        if (!shown.contains(key))
            add->addAction(key, this, [this, key = key] { setMetadataColumns(metadataColumns() << key); });
    }
    if (!add->isEmpty())
        add->addSeparator();
    add->addAction(tr("Other key…"), this, [this] {
        const QString key = QInputDialog::getText(this, tr("Metadata column"), tr("Metadata key:")).trimmed();
        if (!key.isEmpty())
            setMetadataColumns(metadataColumns() << key);
    });
    const int section = m_instanceView->horizontalHeader()->logicalIndexAt(at);
    const QString key = section >= InstanceTableModel::ColumnCount ? shown.value(section - InstanceTableModel::ColumnCount) : QString();
    if (!key.isEmpty()) {
        menu.addAction(tr("Remove the column “%1”").arg(key), this, [this, key] {
            QStringList keys = metadataColumns();
            keys.removeAll(key);
            setMetadataColumns(keys);
        });
        const QString value = m_details->instance().metadataValue(key);
        if (!value.isEmpty() && !value.contains(QLatin1Char(' '))) {
            menu.addAction(tr("Show only %1=%2").arg(key, value), this, [this, key, value] {
                m_search->setText(QStringLiteral("%1=%2").arg(key, value));
            });
        }
    }
    menu.exec(m_instanceView->horizontalHeader()->mapToGlobal(at));
}

QStringList MainWindow::metadataColumns() const
{
    return m_active ? m_active->instances()->metadataColumns() : QStringList();
}

void MainWindow::setMetadataColumns(const QStringList &keys)
{
    QSettings().setValue(QStringLiteral("window/metadataColumns"), keys);
    if (!m_active)
        return;
    const int before = m_instanceView->horizontalHeader()->count();
    m_active->instances()->setMetadataColumns(keys);
    fitMetadataColumns(before);
}

// New metadata columns as wide as their key, at least.
void MainWindow::fitMetadataColumns(int from)
{
    const QHeaderView *header = m_instanceView->horizontalHeader();
    for (int c = std::max<int>(from, InstanceTableModel::ColumnCount); c < header->count(); ++c) {
        const QString key = header->model()->headerData(c, Qt::Horizontal).toString();
        m_instanceView->setColumnWidth(c, std::max(120, header->fontMetrics().horizontalAdvance(key) + 32));
    }
}

void MainWindow::buildAlertsMenu()
{
    QMenu *alerts = menuBar()->addMenu(tr("&Alerts"));
    const QList<std::pair<QString, MuteScope>> scopes = {{tr("Mute the selected &application"), MuteScope::Application},
                                                         {tr("Mute the selected &instance"), MuteScope::Instance},
                                                         {tr("Mute the whole &cluster (a deploy window)"), MuteScope::Cluster}};
    const QList<std::pair<QString, std::chrono::minutes>> durations = {
        {tr("for 15 minutes"), std::chrono::minutes(15)}, {tr("for 1 hour"), std::chrono::hours(1)}, {tr("for 8 hours"), std::chrono::hours(8)}};
    for (const auto &[text, scope] : scopes) {
        QMenu *menu = alerts->addMenu(text);
        for (const auto &[label, duration] : durations)
            menu->addAction(label, this, [this, scope = scope, duration = duration] { muteSelected(scope, duration); });
    }
    alerts->addSeparator();
    alerts->addAction(tr("Active &mutes…"), this, &MainWindow::showMutes);
}

void MainWindow::muteSelected(MuteScope scope, std::chrono::minutes duration)
{
    if (!m_active)
        return;
    const InstanceInfo info = m_details->instance();
    if (scope != MuteScope::Cluster && info.isNull()) {
        statusBar()->showMessage(tr("Select an instance first."), 5000);
        return;
    }
    AlertRules::Mute mute{m_active->profile().name, QString(), QString(),
                          QDateTime::currentMSecsSinceEpoch() + std::chrono::milliseconds(duration).count()};
    if (scope != MuteScope::Cluster)
        mute.app = info.app();
    if (scope == MuteScope::Instance)
        mute.instanceId = info.instanceId();
    m_tray->mute(mute);
    const QString what = scope == MuteScope::Cluster ? mute.cluster : scope == MuteScope::Application ? mute.app : mute.instanceId;
    statusBar()->showMessage(tr("Notifications for %1 muted until %2")
                                 .arg(what, QDateTime::fromMSecsSinceEpoch(mute.until).toString(QStringLiteral("HH:mm"))),
                             8000);
}

void MainWindow::showMutes()
{
    MutesDialog dialog(m_tray, this);
    dialog.exec();
}

void MainWindow::showShortcuts()
{
    // Listed from the actions themselves, so that the list cannot drift from what works.
    QList<std::pair<QString, QString>> rows;
    for (QAction *action : findChildren<QAction *>()) {
        const QList<QKeySequence> keys = action->shortcuts();
        if (keys.isEmpty() || action->text().isEmpty())
            continue;
        QStringList texts;
        for (const QKeySequence &key : keys)
            texts.append(key.toString(QKeySequence::NativeText));
        rows.append({texts.join(QStringLiteral(", ")), QString(action->text()).remove(QLatin1Char('&'))});
    }
    if (!m_shortcuts)
        m_shortcuts = new ShortcutsDialog(this);
    m_shortcuts->setShortcuts(rows);
    m_shortcuts->show();
    m_shortcuts->raise();
}

void MainWindow::chooseLanguage(const QString &language)
{
    QSettings().setValue(QStringLiteral("language"), language);
    statusBar()->showMessage(tr("The language changes the next time the dashboard starts."), 8000);
}

void MainWindow::loadProfiles()
{
    QSettings settings;
    const QList<ConnectionProfile> saved = ProfileStore::load(settings);
    const QString active = ProfileStore::activeProfile(settings);
    for (const ConnectionProfile &profile : saved) {
        m_profiles.append(profile);
        {
            const QSignalBlocker blocker(m_profileCombo);
            m_profileCombo->addItem(profile.name);
        }
        if (profile.watchInTray || profile.name == active) {
            m_credentials->readPassword(profile.name, [this, profile, active](const QString &password) {
                if (m_chosen && !profile.watchInTray)
                    return;
                startSession(profile, password);
                if (!m_chosen && (profile.name == active || !m_active))
                    activateProfile(profile.name);
            });
        }
    }
    updateEmptyState();
}

void MainWindow::updateEmptyState()
{
    const bool none = m_profiles.isEmpty();
    m_pages->setCurrentIndex(none ? 0 : 1);
    m_health->setVisible(!none);
}

void MainWindow::addProfile(const ConnectionProfile &profile, const QString &password, bool transient)
{
    for (qsizetype i = 0; i < m_profiles.size(); ++i) {
        if (m_profiles.at(i).name == profile.name) {
            m_profiles.removeAt(i);
            delete m_sessions.take(profile.name);
            break;
        }
    }
    m_profiles.append(profile);
    if (transient) {
        m_transient.append(profile.name);
    } else {
        saveProfiles();
        m_credentials->writePassword(profile.name, password);
    }
    if (m_profileCombo->findText(profile.name) < 0) {
        const QSignalBlocker blocker(m_profileCombo); // the session starts below, with its password
        m_profileCombo->addItem(profile.name);
    }
    m_chosen = true;
    startSession(profile, password);
    activateProfile(profile.name);
    updateEmptyState();
}

void MainWindow::saveProfiles()
{
    QList<ConnectionProfile> persistent; // the demo's profile is never saved
    for (const ConnectionProfile &p : std::as_const(m_profiles)) {
        if (!m_transient.contains(p.name))
            persistent.append(p);
    }
    QSettings settings;
    ProfileStore::save(settings, persistent);
}

void MainWindow::setIntervalsForTests(std::chrono::milliseconds fetch, std::chrono::milliseconds leases)
{
    m_testFetch = fetch;
    m_testLeases = leases;
}

void MainWindow::startSession(const ConnectionProfile &original, const QString &password)
{
    if (m_sessions.contains(original.name))
        return;
    ConnectionProfile profile = original;
    if (m_testFetch.count() > 0)
        profile.fetchInterval = m_testFetch;
    if (m_testLeases.count() > 0)
        profile.leaseRefreshInterval = m_testLeases;
    auto *session = new DashboardSession(profile, password, nullptr, this);
    m_sessions.insert(profile.name, session);
    m_tray->setAlertPolicy(profile.name, {qint64(profile.alertGraceSeconds) * 1000, qint64(profile.reminderMinutes) * 60000});
    connect(session, &DashboardSession::summaryChanged, this, [this, session] { publishSummary(session); });
    connect(session, &DashboardSession::instanceStatusChanged, this,
            [this, name = profile.name](const QString &app, const QString &id, InstanceStatus before, InstanceStatus after) {
                m_tray->recordStatusChange(name, app, id, before, after);
            });
    connect(session->history(), &StatusHistory::problem, this, [this, name = profile.name](const QString &text) {
        // Said once; the live view goes on, and so does the history, in memory.
        statusBar()->showMessage(tr("The status history of %1 cannot be saved (%2): it is kept in memory until the "
                                    "dashboard closes.")
                                     .arg(name, text));
    });
    connect(session, &DashboardSession::zonesChanged, this, [this, session] {
        if (session == m_active)
            updateZones();
    });
    session->start();
}

void MainWindow::publishSummary(DashboardSession *session)
{
    if (session->profile().watchInTray || session == m_active)
        m_tray->setCluster(session->profile().name, session->summary());
}

void MainWindow::activateProfile(const QString &name)
{
    if (m_active && m_active->profile().name == name)
        return;
    DashboardSession *session = m_sessions.value(name);
    if (!session) {
        for (const ConnectionProfile &profile : std::as_const(m_profiles)) {
            if (profile.name != name)
                continue;
            m_credentials->readPassword(name, [this, profile](const QString &password) {
                startSession(profile, password);
                activateProfile(profile.name);
            });
        }
        return;
    }
    // Sessions of profiles not watched in the tray stop when another one is shown.
    if (m_active && !m_active->profile().watchInTray && !m_transient.contains(m_active->profile().name)) {
        m_tray->removeCluster(m_active->profile().name);
        m_sessions.remove(m_active->profile().name);
        m_active->deleteLater();
    }
    if (!m_transient.contains(name)) {
        QSettings settings;
        ProfileStore::setActiveProfile(settings, name);
    }
    const QSignalBlocker blocker(m_profileCombo);
    m_profileCombo->setCurrentText(name);
    showSession(session);
}

void MainWindow::showSession(DashboardSession *session)
{
    if (m_active)
        disconnect(m_active->instances(), &InstanceTableModel::timeTextsMoved, m_instanceView->viewport(), nullptr);
    m_active = session;
    if (session) // before the proxy and the header see its columns
        session->instances()->setMetadataColumns(QSettings().value(QStringLiteral("window/metadataColumns")).toStringList());
    m_instanceProxy->setSourceModel(session ? session->instances() : nullptr);
    if (session) {
        connect(session->instances(), &InstanceTableModel::timeTextsMoved, m_instanceView->viewport(),
                qOverload<>(&QWidget::update));
    }
    if (session && !m_headerRestored) {
        // Columns exist only once the proxy has a source; a saved header state wins.
        m_headerRestored = m_instanceView->horizontalHeader()->restoreState(
            QSettings().value(QStringLiteral("window/instanceHeader")).toByteArray());
        if (!m_headerRestored) {
            const int widths[] = {170, 250, 110, 100, 55, 70, 140, 130, 90, 80, 70};
            for (int c = 0; c < InstanceTableModel::ColumnCount; ++c)
                m_instanceView->setColumnWidth(c, widths[c]);
            fitMetadataColumns(InstanceTableModel::ColumnCount);
            m_headerRestored = true;
        }
    }
    m_appView->setModel(session ? session->applications() : nullptr);
    m_zoneView->setModel(session ? session->zoneMatrix() : nullptr);
    if (session) {
        ZoneMatrixModel *zones = session->zoneMatrix();
        m_zoneView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
        for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved,
                            &QAbstractItemModel::columnsInserted, &QAbstractItemModel::columnsRemoved})
            connect(zones, signal, this, &MainWindow::updateZoneWarning, Qt::UniqueConnection);
        connect(zones, &QAbstractItemModel::dataChanged, this, &MainWindow::updateZoneWarning, Qt::UniqueConnection);
    }
    updateZoneWarning();
    m_eventProxy->setSourceModel(session ? session->events() : nullptr);
    if (session) {
        m_eventView->setColumnWidth(EventLogModel::Time, 80);
        m_eventView->setColumnWidth(EventLogModel::App, 190);
        m_eventView->setColumnWidth(EventLogModel::Instance, 290);
    }
    m_health->setHealth(session ? session->health() : nullptr);
    m_console->setCaller(session ? session->caller() : nullptr, session ? session->applications() : nullptr);
    m_details->setInstance({});
    m_details->setHistory(session ? session->history() : nullptr);
    m_peerView->setPeers(session ? session->peers() : nullptr);
    if (session && m_tabs->currentIndex() == int(View::Servers))
        m_peerView->compare();
    if (session) {
        m_appView->horizontalHeader()->setSectionResizeMode(ApplicationListModel::Name, QHeaderView::Stretch);
        for (int c = ApplicationListModel::Total; c < ApplicationListModel::ColumnCount; ++c)
            m_appView->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
        connect(m_appView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
                [this](const QModelIndex &current) {
                    const QString app = current.data(ApplicationListModel::AppNameRole).toString();
                    m_instanceProxy->setApplication(app);
                    if (!app.isEmpty())
                        m_console->setApplication(app);
                });
        connect(m_instanceView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
                &MainWindow::updateDetails, Qt::UniqueConnection);
        connect(m_instanceProxy, &QAbstractItemModel::dataChanged, this, &MainWindow::updateDetails,
                Qt::UniqueConnection);
        setWindowTitle(tr("Eureka Dashboard — %1").arg(session->profile().name));
        publishSummary(session);
    }
    updateZones();
    updateReadOnly();
}

void MainWindow::updateZoneWarning()
{
    const ZoneMatrixModel *zones = m_active ? m_active->zoneMatrix() : nullptr;
    const QStringList single = zones ? zones->singleZoneApplications() : QStringList();
    if (!zones || zones->zones().size() < 2) {
        m_zoneWarning->setText(tr("Each cell: UP instances / all instances of the application in that zone. Click a cell "
                                  "to list them."));
        return;
    }
    m_zoneWarning->setText(single.isEmpty()
                               ? tr("Every application with UP instances has them in more than one zone. Click a cell "
                                    "to list its instances.")
                               : tr("%n application(s) have every UP instance in one zone (losing that zone loses "
                                    "them): %1",
                                    nullptr, int(single.size()))
                                     .arg(single.join(QStringLiteral(", "))));
}

// A cell of the zone matrix: the instances of that application in that zone.
void MainWindow::showZoneCell(const QModelIndex &index)
{
    const QString app = index.data(ZoneMatrixModel::AppNameRole).toString();
    const QString zone = index.data(ZoneMatrixModel::ZoneRole).toString();
    const QAbstractItemModel *apps = m_appView->model();
    for (int row = 0; apps && row < apps->rowCount(); ++row) {
        if (apps->index(row, 0).data(ApplicationListModel::AppNameRole).toString() == app) {
            m_appView->setCurrentIndex(apps->index(row, 0));
            break;
        }
    }
    m_statusFilter->setCurrentIndex(0);
    m_zoneFilter->setCurrentIndex(zone.isEmpty() ? 0 : std::max(0, m_zoneFilter->findData(zone)));
    setView(View::Instances);
}

void MainWindow::updateZones()
{
    const QString current = m_zoneFilter->currentData().toString();
    const QSignalBlocker blocker(m_zoneFilter);
    m_zoneFilter->clear();
    m_zoneFilter->addItem(tr("All zones"), QString());
    if (m_active) {
        for (const QString &zone : m_active->zones())
            m_zoneFilter->addItem(zone, zone);
    }
    const int index = m_zoneFilter->findData(current);
    m_zoneFilter->setCurrentIndex(index < 0 ? 0 : index);
    m_instanceProxy->setZone(m_zoneFilter->currentData().toString());
}

void MainWindow::updateReadOnly()
{
    const bool readOnly = !m_active || m_active->isReadOnly();
    const QString why = tr("Read-only profile: edit the profile to allow admin actions.");
    m_details->setAdminEnabled(!readOnly, why);
    for (QAction *action : std::as_const(m_adminActions))
        action->setEnabled(!readOnly);
    m_readOnlyBadge->setText(!m_active ? QString() : readOnly ? tr("read-only") : tr("read-write"));
    const int size = m_readOnlyBadge->fontMetrics().height();
    m_readOnlyIcon->setPixmap(!m_active ? QPixmap()
                                        : padlockIcon(readOnly, palette().color(QPalette::WindowText), size, devicePixelRatioF()));
    m_readOnlyIcon->setToolTip(readOnly ? why : tr("Admin actions change the registry for everyone."));
    m_readOnlyBadge->setToolTip(readOnly ? why : tr("Admin actions change the registry for everyone."));
}

void MainWindow::updateDetails()
{
    const QModelIndex current = m_instanceView->currentIndex();
    const InstanceInfo info = current.isValid() ? current.data(InstanceTableModel::InstanceRole).value<InstanceInfo>()
                                                : InstanceInfo();
    // Rebuild only when the instance itself changed, not each second as times tick.
    if (!(info == m_details->instance()))
        m_details->setInstance(info);
}

bool MainWindow::selectInstance(const QString &instanceId)
{
    for (int row = 0; row < m_instanceProxy->rowCount(); ++row) {
        const QModelIndex index = m_instanceProxy->index(row, InstanceTableModel::InstanceId);
        if (index.data().toString() == instanceId) {
            m_instanceView->setCurrentIndex(index);
            m_instanceView->scrollTo(index);
            return true;
        }
    }
    return false;
}

void MainWindow::setView(View view) { m_tabs->setCurrentIndex(int(view)); }

void MainWindow::adminAction(const QString &question, const std::function<EurekaReply *()> &act, const QString &what)
{
    if (!m_active || m_active->isReadOnly() || m_details->instance().isNull())
        return;
    if (!m_confirm(question))
        return;
    EurekaReply *reply = act();
    if (!reply)
        return;
    statusBar()->showMessage(tr("%1: asking the Eureka server…").arg(what));
    connect(reply, &EurekaReply::finished, this, [this, reply, what] {
        reply->deleteLater();
        const bool ok = reply->error() == Error::NoError && reply->httpStatus() >= 200 && reply->httpStatus() < 300;
        if (ok)
            m_adminResult = tr("%1: the server answered HTTP %2.").arg(what).arg(reply->httpStatus());
        else if (reply->error() == Error::NoError)
            m_adminResult = tr("%1 refused: the server answered HTTP %2.").arg(what).arg(reply->httpStatus());
        else
            m_adminResult = tr("%1 failed: %2").arg(what, reply->errorString());
        statusBar()->showMessage(m_adminResult, 15000);
        if (ok && m_active)
            m_active->refresh(); // see the change come back without waiting for the next fetch
        Q_EMIT adminActionFinished(ok);
    });
}

BulkActionDialog *MainWindow::bulkDialog() const { return m_bulk; }

QList<InstanceInfo> MainWindow::selectedInstances() const
{
    QList<InstanceInfo> instances;
    if (const QItemSelectionModel *selection = m_instanceView->selectionModel()) {
        for (const QModelIndex &index : selection->selectedRows())
            instances.append(index.data(InstanceTableModel::InstanceRole).value<InstanceInfo>());
    }
    return instances;
}

// Several rows selected: the action goes to all of them, through a preview and one confirmation.
bool MainWindow::actOnSelection(int action)
{
    const QList<InstanceInfo> selected = selectedInstances();
    if (selected.size() < 2 || !m_active || m_active->isReadOnly())
        return false;
    constexpr int Most = 1000; // one click should not change a whole fleet
    if (selected.size() > Most) {
        statusBar()->showMessage(tr("Select at most %1 instances for one action (%2 are selected).").arg(Most).arg(selected.size()), 8000);
        return true;
    }
    auto *dialog = new BulkActionDialog(BulkActionDialog::Action(action), selected, m_active, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &BulkActionDialog::actionsFinished, this, [this](int succeeded, int failed) {
        m_adminResult = tr("%1 succeeded, %2 failed.").arg(succeeded).arg(failed);
        statusBar()->showMessage(m_adminResult, 15000);
        Q_EMIT adminActionFinished(failed == 0);
    });
    m_bulk = dialog;
    dialog->open();
    return true;
}

void MainWindow::takeOutOfService()
{
    if (actOnSelection(int(BulkActionDialog::Action::OutOfService)))
        return;
    const InstanceInfo info = m_details->instance();
    adminAction(tr("Take %1 of %2 OUT_OF_SERVICE? Clients stop calling it until it is put back UP.")
                    .arg(info.instanceId(), info.app()),
                [this, info] { return m_active->overrideStatus(info, InstanceStatus::OutOfService); },
                tr("Out of service %1").arg(info.instanceId()));
}

void MainWindow::putBackUp()
{
    if (actOnSelection(int(BulkActionDialog::Action::BackUp)))
        return;
    const InstanceInfo info = m_details->instance();
    adminAction(tr("Put %1 of %2 back UP?").arg(info.instanceId(), info.app()),
                [this, info] { return m_active->overrideStatus(info, InstanceStatus::Up); },
                tr("UP %1").arg(info.instanceId()));
}

void MainWindow::clearOverride()
{
    if (actOnSelection(int(BulkActionDialog::Action::ClearOverride)))
        return;
    const InstanceInfo info = m_details->instance();
    adminAction(tr("Clear the status override of %1 of %2? Eureka shows it as UNKNOWN until the instance reports its status again; use Put back UP to send it traffic now.")
                    .arg(info.instanceId(), info.app()),
                [this, info] { return m_active->removeOverride(info); }, tr("Clear override %1").arg(info.instanceId()));
}

void MainWindow::deleteInstance()
{
    if (actOnSelection(int(BulkActionDialog::Action::Delete)))
        return;
    const InstanceInfo info = m_details->instance();
    adminAction(tr("Delete the registration of %1 of %2? A running instance registers again with its next heartbeat.")
                    .arg(info.instanceId(), info.app()),
                [this, info] { return m_active->deleteInstance(info); }, tr("Delete %1").arg(info.instanceId()));
}

void MainWindow::exportView()
{
    const bool events = m_tabs->currentIndex() == int(View::Events);
    const QAbstractItemModel *model = events ? static_cast<QAbstractItemModel *>(m_eventProxy) : m_instanceProxy;
    const QString file = QFileDialog::getSaveFileName(this, tr("Export view"), events ? tr("events.csv") : tr("instances.csv"),
                                                      tr("CSV (*.csv);;JSON (*.json)"));
    if (file.isEmpty())
        return;
    const QByteArray data = file.endsWith(QLatin1String(".json"), Qt::CaseInsensitive)
                                ? ViewExporter::toJson(*model, InstanceTableModel::KeyRole)
                                : ViewExporter::toCsv(*model);
    QFile out(file);
    if (!out.open(QIODevice::WriteOnly) || out.write(data) != data.size()) {
        QMessageBox::warning(this, tr("Export view"), tr("Cannot write %1: %2").arg(file, out.errorString()));
        return;
    }
    statusBar()->showMessage(tr("Exported %n row(s) to %1", nullptr, model->rowCount()).arg(file), 8000);
}

// Every event the profile's history holds (the event log shows the newest 10,000), as CSV.
void MainWindow::exportHistory()
{
    if (!m_active)
        return;
    const QString file = QFileDialog::getSaveFileName(this, tr("Export status history"), tr("history.csv"), tr("CSV (*.csv)"));
    if (file.isEmpty())
        return;
    m_active->history()->exportCsv(file, [this, file](bool ok, const QString &error) {
        if (ok)
            statusBar()->showMessage(tr("Exported the status history to %1").arg(file), 8000);
        else
            QMessageBox::warning(this, tr("Export status history"), tr("Cannot write %1: %2").arg(file, error));
    });
}

void MainWindow::editProfile(bool create)
{
    ProfileDialog dialog(this);
    if (m_credentials->isFallbackActive())
        dialog.setKeychainNotice(m_credentials->fallbackReason());
    if (!create && m_active)
        dialog.setProfile(m_active->profile(), QString());
    if (dialog.exec() != QDialog::Accepted)
        return;
    const ConnectionProfile profile = dialog.profile();
    addProfile(profile, dialog.password(), false);
}

void MainWindow::deleteProfile()
{
    if (!m_active || m_transient.contains(m_active->profile().name))
        return;
    const QString name = m_active->profile().name;
    if (!m_confirm(tr("Delete the profile %1 and its stored password?").arg(name)))
        return;
    m_credentials->deletePassword(name);
    m_tray->removeCluster(name);
    m_profiles.erase(std::remove_if(m_profiles.begin(), m_profiles.end(),
                                    [&name](const ConnectionProfile &p) { return p.name == name; }),
                     m_profiles.end());
    saveProfiles();
    DashboardSession *session = m_sessions.take(name);
    showSession(nullptr);
    session->deleteLater();
    m_profileCombo->removeItem(m_profileCombo->findText(name));
    updateEmptyState();
}

void MainWindow::saveLayout()
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("window/instanceHeader"), m_instanceView->horizontalHeader()->saveState());
    for (QSplitter *split : findChildren<QSplitter *>()) {
        if (!split->objectName().isEmpty())
            settings.setValue(QStringLiteral("window/") + split->objectName(), split->saveState());
    }
}

void MainWindow::restoreLayout()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1280, 800);
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    for (QSplitter *split : findChildren<QSplitter *>()) {
        if (!split->objectName().isEmpty())
            split->restoreState(settings.value(QStringLiteral("window/") + split->objectName()).toByteArray());
    }
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    QMainWindow::closeEvent(event);
}
