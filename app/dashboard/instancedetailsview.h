// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <EurekaClient/instanceinfo.h>

#include <QtWidgets/QWidget>

QT_BEGIN_NAMESPACE
class QButtonGroup;
class QLabel;
class QPushButton;
class QTableWidget;
class QTreeWidget;
QT_END_NAMESPACE

class StateTimelineWidget;
class StatusHistory;
struct StatusTimeline;

// Everything about one instance: every field, metadata as a table, lease timings, data
// center info, links to its home, status and health pages, and the admin actions.
class InstanceDetailsView : public QWidget
{
    Q_OBJECT

public:
    explicit InstanceDetailsView(QWidget *parent = nullptr);

    void setInstance(const Eureka::InstanceInfo &instance);
    Eureka::InstanceInfo instance() const { return m_instance; }
    void setAdminEnabled(bool enabled, const QString &whyNot = {});
    // Where the status timeline comes from; null hides it.
    void setHistory(StatusHistory *history);
    // The span the timeline shows, in ms (1 h, 24 h or 7 d).
    qint64 historySpan() const;
    void setHistorySpan(qint64 ms);
    StateTimelineWidget *timelineWidget() const { return m_timeline; }
    QString historySummary() const;
    // The value shown for a field (by its wire name), for tests and copy/paste.
    QString fieldValue(const QString &field) const;

public Q_SLOTS:
    // Reads the timeline again (after a change the history has recorded).
    void refreshHistory();

Q_SIGNALS:
    void historyShown();
    void takeOutOfServiceRequested();
    void putBackUpRequested();
    void clearOverrideRequested();
    void deleteRequested();

private:
    void addField(const QString &group, const QString &name, const QString &value);
    void showHistory(const StatusTimeline &timeline, double availability);

    Eureka::InstanceInfo m_instance;
    QLabel *m_title;
    QLabel *m_links;
    QTreeWidget *m_fields;
    QTableWidget *m_metadata;
    QList<QPushButton *> m_adminButtons;
    QWidget *m_historyRow;
    QButtonGroup *m_spans;
    StateTimelineWidget *m_timeline;
    QLabel *m_historySummary;
    StatusHistory *m_history = nullptr;
    int m_historyRequest = 0; // answers to older requests are dropped
};
