// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#include "mutesdialog.h"

#include "durationtext.h"
#include "traymonitor.h"

#include <QtCore/QDateTime>
#include <QtWidgets/QDialogButtonBox>
#include <QtWidgets/QHeaderView>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QTreeWidget>
#include <QtWidgets/QVBoxLayout>

MutesDialog::MutesDialog(TrayMonitor *monitor, QWidget *parent)
    : QDialog(parent)
    , m_monitor(monitor)
    , m_list(new QTreeWidget(this))
    , m_unmute(new QPushButton(tr("&Unmute"), this))
{
    setWindowTitle(tr("Active mutes"));
    m_list->setObjectName(QStringLiteral("muteList"));
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({tr("Cluster"), tr("Muted"), tr("Ends"), tr("Left")});
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_unmute->setObjectName(QStringLiteral("unmuteButton"));
    connect(m_unmute, &QPushButton::clicked, this, [this] { unmuteRow(m_list->indexOfTopLevelItem(m_list->currentItem())); });
    connect(m_monitor, &TrayMonitor::mutesChanged, this, &MutesDialog::reload);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_unmute, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list);
    layout->addWidget(buttons);
    resize(760, 260);
    reload();
}

void MutesDialog::reload()
{
    m_mutes = m_monitor->mutes();
    m_list->clear();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (const AlertRules::Mute &mute : std::as_const(m_mutes)) {
        const QString what = mute.app.isEmpty()          ? tr("the whole cluster")
                             : mute.instanceId.isEmpty() ? mute.app
                                                         : tr("%1 %2").arg(mute.app, mute.instanceId);
        const QDateTime until = QDateTime::fromMSecsSinceEpoch(mute.until);
        const bool today = until.date() == QDateTime::fromMSecsSinceEpoch(now).date();
        new QTreeWidgetItem(m_list, {mute.cluster, what, until.toString(today ? QStringLiteral("HH:mm") : QStringLiteral("MM-dd HH:mm")),
                                     DurationText::span(mute.until - now)});
    }
    if (m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    m_unmute->setEnabled(!m_mutes.isEmpty());
}

void MutesDialog::unmuteRow(int row)
{
    if (row >= 0 && row < m_mutes.size())
        m_monitor->unmute(m_mutes.at(row)); // mutesChanged reloads the list
}

int MutesDialog::rowCount() const { return m_list->topLevelItemCount(); }
