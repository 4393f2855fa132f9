// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <EurekaClient/instanceinfo.h>

#include <QtCore/QElapsedTimer>
#include <QtCore/QPointer>
#include <QtCore/QTimer>
#include <QtWidgets/QDialog>

#include <chrono>

QT_BEGIN_NAMESPACE
class QLabel;
class QProgressBar;
class QPushButton;
class QTreeWidget;
QT_END_NAMESPACE

class DashboardSession;

// One admin action on many instances: the list first, one confirmation, then progress and
// each instance's answer, and then each server watched until it shows the change for all of
// them (how long that took, per server). "Copy as curl" gives the same requests for a shell,
// without the password.
class BulkActionDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Action { OutOfService, BackUp, ClearOverride, Delete };

    BulkActionDialog(Action action, const QList<Eureka::InstanceInfo> &instances, DashboardSession *session,
                     QWidget *parent = nullptr);

    // How often each server is read while the change propagates (tests make it short).
    void setPollInterval(std::chrono::milliseconds interval) { m_poll.setInterval(interval); }
    QString curlCommands() const;
    int rowCount() const;
    QString resultAt(int row) const;
    QString propagation() const;
    bool isTracking() const { return m_poll.isActive() || m_inspecting; }

public Q_SLOTS:
    void confirm();

Q_SIGNALS:
    // Every request has been answered.
    void actionsFinished(int succeeded, int failed);
    // Every server shows the change for every instance that took it (or tracking gave up).
    void propagated(bool complete);

private:
    void sendNext();
    void poll();
    void showPropagation(const QVariantMap &shown);
    static bool showsChange(Action action, const Eureka::InstanceInfo *held);

    Action m_action;
    QList<Eureka::InstanceInfo> m_instances;
    QPointer<DashboardSession> m_session; // a closed profile ends what is left to do
    QTreeWidget *m_list;
    QLabel *m_summary;
    QLabel *m_propagation;
    QProgressBar *m_progress;
    QPushButton *m_confirm;
    QPushButton *m_curl;
    int m_next = 0;
    int m_running = 0;
    int m_succeeded = 0;
    int m_failed = 0;
    QList<int> m_tracked; // rows whose request succeeded
    QTimer m_poll;
    bool m_inspecting = false;
    QElapsedTimer m_since; // since the last request was answered
    QHash<QString, qint64> m_seenAfter; // per server, ms
};
