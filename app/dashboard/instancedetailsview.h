// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <EurekaClient/instanceinfo.h>

#include <QtWidgets/QWidget>

QT_BEGIN_NAMESPACE
class QLabel;
class QPushButton;
class QTableWidget;
class QTreeWidget;
QT_END_NAMESPACE

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
    // The value shown for a field (by its wire name), for tests and copy/paste.
    QString fieldValue(const QString &field) const;

Q_SIGNALS:
    void takeOutOfServiceRequested();
    void putBackUpRequested();
    void clearOverrideRequested();
    void deleteRequested();

private:
    void addField(const QString &group, const QString &name, const QString &value);

    Eureka::InstanceInfo m_instance;
    QLabel *m_title;
    QLabel *m_links;
    QTreeWidget *m_fields;
    QTableWidget *m_metadata;
    QList<QPushButton *> m_adminButtons;
};
