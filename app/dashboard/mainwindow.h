// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "connectionprofile.h"
#include "instancetableview.h"

#include <EurekaClient/eurekanamespace.h>
#include <EurekaClient/instanceinfo.h>

#include <QtCore/QHash>
#include <QtCore/QPointer>
#include <QtCore/QTimer>
#include <QtWidgets/QMainWindow>

#include <functional>

QT_BEGIN_NAMESPACE
class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QStackedWidget;
class QTabWidget;
class QTableView;
QT_END_NAMESPACE

namespace Eureka {
class EurekaReply;
}

class CallConsole;
class CredentialStore;
class DashboardSession;
class HealthStrip;
class InstanceDetailsView;
class BulkActionDialog;
class InstanceFilterProxy;
class PeerServersView;
class ShortcutsDialog;
class TrayMonitor;

// The dashboard: connection profiles, applications, instances with details, the cluster's
// health, the event log, the HA call console and the admin actions.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum class View { Instances, Events, Calls, Zones, Servers };
    enum class MuteScope { Application, Instance, Cluster };

    MainWindow(CredentialStore *credentials, TrayMonitor *tray, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Profiles from the settings; \a transient ones (the demo) are shown but never saved.
    void loadProfiles();
    void addProfile(const ConnectionProfile &profile, const QString &password, bool transient);
    void activateProfile(const QString &name);
    DashboardSession *session() const;

    void setView(View view);
    // Admin actions ask before they act; tests answer for the user.
    void setConfirmation(std::function<bool(const QString &question)> confirm) { m_confirm = std::move(confirm); }
    void setIntervalsForTests(std::chrono::milliseconds fetch, std::chrono::milliseconds leases);

    // For tests and the screenshot option.
    InstanceTableView *instanceView() const { return m_instanceView; }
    InstanceFilterProxy *instanceProxy() const { return m_instanceProxy; }
    QTableView *applicationView() const { return m_appView; }
    InstanceDetailsView *detailsView() const { return m_details; }
    PeerServersView *peerView() const { return m_peerView; }
    // The last bulk action's dialog while it is open.
    BulkActionDialog *bulkDialog() const;
    QList<Eureka::InstanceInfo> selectedInstances() const;
    CallConsole *callConsole() const { return m_console; }
    HealthStrip *healthStrip() const { return m_health; }
    QLineEdit *searchField() const { return m_search; }
    QSortFilterProxyModel *eventProxy() const { return m_eventProxy; }
    QString lastAdminResult() const { return m_adminResult; }
    bool selectInstance(const QString &instanceId);

public Q_SLOTS:
    void takeOutOfService();
    void putBackUp();
    void clearOverride();
    void deleteInstance();
    void exportView();
    void exportHistory();
    // Alerts ▸ Mute: the selected instance's application, the instance, or the whole cluster.
    void muteSelected(MuteScope scope, std::chrono::minutes duration);
    // Metadata keys shown as instance table columns (remembered across sessions).
    QStringList metadataColumns() const;
    void setMetadataColumns(const QStringList &keys);
    void showMutes();

Q_SIGNALS:
    void adminActionFinished(bool ok);
    // "Open the demo registry" on the first-run page: the application starts it and adds its profile.
    void demoRequested();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildUi();
    void updateEmptyState();
    void buildMenus();
    void showSession(DashboardSession *session);
    void startSession(const ConnectionProfile &profile, const QString &password);
    void editProfile(bool create);
    void deleteProfile();
    void saveProfiles();
    void updateDetails();
    void updateZones();
    void updateReadOnly();
    void publishSummary(DashboardSession *session);
    void adminAction(const QString &question, const std::function<Eureka::EurekaReply *()> &act,
                     const QString &what);
    void saveLayout();
    void restoreLayout();
    void chooseLanguage(const QString &language);
    void showShortcuts();
    void showZoneCell(const QModelIndex &index);
    void updateZoneWarning();
    void buildAlertsMenu();
    void showColumnMenu(const QPoint &at);
    bool actOnSelection(int action);
    void fitMetadataColumns(int from);

    CredentialStore *m_credentials;
    TrayMonitor *m_tray;
    QList<ConnectionProfile> m_profiles;
    QStringList m_transient;
    // A profile chosen since loadProfiles() (--demo, --server, the combo box): the saved active
    // profile, whose password arrives later, must not take its place.
    bool m_chosen = false;
    QHash<QString, DashboardSession *> m_sessions;
    QPointer<DashboardSession> m_active;
    std::function<bool(const QString &)> m_confirm;
    std::chrono::milliseconds m_testFetch{0};
    std::chrono::milliseconds m_testLeases{0};
    QString m_adminResult;
    bool m_headerRestored = false;

    QComboBox *m_profileCombo = nullptr;
    QTimer m_lapsedRefresh;
    QAction *m_problemsAction = nullptr;
    QTableView *m_zoneView = nullptr;
    PeerServersView *m_peerView = nullptr;
    QPointer<BulkActionDialog> m_bulk;
    QLabel *m_zoneWarning = nullptr;
    QPointer<ShortcutsDialog> m_shortcuts;
    // Entries of the status filter that are not statuses.
    static constexpr int LapsedFilter = -2;
    static constexpr int ProblemsFilter = -3;
    QStackedWidget *m_pages = nullptr; // the first-run page, or the views
    QLabel *m_readOnlyIcon = nullptr;
    QLabel *m_readOnlyBadge = nullptr;
    QLineEdit *m_search = nullptr;
    HealthStrip *m_health = nullptr;
    QTableView *m_appView = nullptr;
    QTabWidget *m_tabs = nullptr;
    QComboBox *m_zoneFilter = nullptr;
    QComboBox *m_statusFilter = nullptr;
    InstanceTableView *m_instanceView = nullptr;
    InstanceFilterProxy *m_instanceProxy = nullptr;
    InstanceDetailsView *m_details = nullptr;
    QTableView *m_eventView = nullptr;
    QSortFilterProxyModel *m_eventProxy = nullptr;
    QLineEdit *m_eventFilter = nullptr;
    CallConsole *m_console = nullptr;
    QList<QAction *> m_adminActions;
};
