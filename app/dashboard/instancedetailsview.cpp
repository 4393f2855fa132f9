// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#include "instancedetailsview.h"

#include "durationtext.h"
#include "statetimelinewidget.h"
#include "statushistory.h"
#include "statustext.h"

#include <EurekaClient/datacenterinfo.h>
#include <EurekaClient/leaseinfo.h>

#include <QtCore/QDateTime>
#include <QtCore/QPointer>
#include <QtWidgets/QButtonGroup>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QHeaderView>
#include <QtWidgets/QLabel>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QSplitter>
#include <QtWidgets/QTableWidget>
#include <QtWidgets/QToolButton>
#include <QtWidgets/QTreeWidget>
#include <QtWidgets/QVBoxLayout>

using namespace Eureka;

namespace {
constexpr qint64 Hour = 3600 * 1000;
} // namespace

InstanceDetailsView::InstanceDetailsView(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_links(new QLabel(this))
    , m_fields(new QTreeWidget(this))
    , m_metadata(new QTableWidget(0, 2, this))
    , m_historyRow(new QWidget(this))
    , m_spans(new QButtonGroup(this))
    , m_timeline(new StateTimelineWidget(m_historyRow))
    , m_historySummary(new QLabel(m_historyRow))
{
    m_title->setTextFormat(Qt::RichText);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_links->setTextFormat(Qt::RichText);
    m_links->setOpenExternalLinks(true); // the browser opens home, status and health pages

    m_fields->setColumnCount(2);
    m_fields->setHeaderLabels({tr("Field"), tr("Value")});
    m_fields->setRootIsDecorated(true);
    m_fields->setAlternatingRowColors(true);
    m_fields->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_metadata->setHorizontalHeaderLabels({tr("Metadata key"), tr("Value")});
    m_metadata->horizontalHeader()->setStretchLastSection(true);
    m_metadata->verticalHeader()->hide();
    m_metadata->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    m_metadata->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_metadata->setAlternatingRowColors(true);

    auto *buttons = new QHBoxLayout;
    const auto addButton = [&](const QString &text, void (InstanceDetailsView::*signal)()) {
        auto *button = new QPushButton(text, this);
        connect(button, &QPushButton::clicked, this, signal);
        buttons->addWidget(button);
        m_adminButtons.append(button);
    };
    addButton(tr("Take out of service"), &InstanceDetailsView::takeOutOfServiceRequested);
    addButton(tr("Put back UP"), &InstanceDetailsView::putBackUpRequested);
    addButton(tr("Clear override"), &InstanceDetailsView::clearOverrideRequested);
    addButton(tr("Delete…"), &InstanceDetailsView::deleteRequested);
    m_adminButtons.at(0)->setObjectName(QStringLiteral("outOfServiceButton"));
    m_adminButtons.at(1)->setObjectName(QStringLiteral("upButton"));
    m_adminButtons.at(2)->setObjectName(QStringLiteral("clearOverrideButton"));
    m_adminButtons.at(3)->setObjectName(QStringLiteral("deleteButton"));
    buttons->addStretch();

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_fields);
    split->addWidget(m_metadata);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);

    // The status history: a span, the timeline, and what it adds up to.
    auto *history = new QHBoxLayout(m_historyRow);
    history->setContentsMargins(0, 0, 0, 0);
    history->addWidget(new QLabel(tr("History:"), m_historyRow));
    const std::pair<QString, qint64> spans[] = {{tr("1 h"), Hour}, {tr("24 h"), 24 * Hour}, {tr("7 d"), 7 * 24 * Hour}};
    for (const auto &[text, ms] : spans) {
        auto *button = new QToolButton(m_historyRow);
        button->setText(text);
        button->setCheckable(true);
        button->setAutoRaise(true);
        button->setToolTip(tr("Show the last %1").arg(text));
        m_spans->addButton(button, int(ms / 1000));
        history->addWidget(button);
    }
    m_spans->button(int(24 * Hour / 1000))->setChecked(true);
    connect(m_spans, &QButtonGroup::idClicked, this, &InstanceDetailsView::refreshHistory);
    m_timeline->setObjectName(QStringLiteral("stateTimeline"));
    history->addWidget(m_timeline, 1);
    m_historySummary->setObjectName(QStringLiteral("historySummary"));
    history->addWidget(m_historySummary);
    m_historyRow->setVisible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    auto *top = new QHBoxLayout;
    top->addWidget(m_title, 1);
    top->addWidget(m_links);
    layout->addLayout(top);
    layout->addWidget(m_historyRow);
    layout->addWidget(split, 1);
    layout->addLayout(buttons);
    setInstance({});
}

void InstanceDetailsView::addField(const QString &group, const QString &name, const QString &value)
{
    QTreeWidgetItem *parent = nullptr;
    for (int i = 0; i < m_fields->topLevelItemCount(); ++i) {
        if (m_fields->topLevelItem(i)->text(0) == group)
            parent = m_fields->topLevelItem(i);
    }
    if (!parent) {
        parent = new QTreeWidgetItem(m_fields, {group});
        parent->setFirstColumnSpanned(true);
        parent->setExpanded(true);
    }
    auto *item = new QTreeWidgetItem(parent, {name, value});
    item->setToolTip(1, value);
}

static QString timeText(qint64 ms)
{
    if (ms <= 0)
        return QStringLiteral("—");
    return QStringLiteral("%1 (%2)").arg(QDateTime::fromMSecsSinceEpoch(ms).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                                         DurationText::ago(QDateTime::currentMSecsSinceEpoch() - ms));
}

void InstanceDetailsView::setInstance(const InstanceInfo &info)
{
    m_instance = info;
    m_fields->clear();
    m_metadata->setRowCount(0);
    refreshHistory();
    if (info.isNull()) {
        m_title->setText(tr("<i>Select an instance to see its details.</i>"));
        m_links->clear();
        for (QPushButton *button : std::as_const(m_adminButtons))
            button->setVisible(false);
        return;
    }
    for (QPushButton *button : std::as_const(m_adminButtons))
        button->setVisible(true);
    const QColor color = StatusText::color(info.status());
    m_title->setText(QStringLiteral("<b>%1</b> &nbsp; %2 &nbsp; <span style='background:%3; color:white'>&nbsp;%4&nbsp;</span>")
                         .arg(info.app().toHtmlEscaped(), info.instanceId().toHtmlEscaped(), color.name(),
                              StatusText::name(info.status(), info.statusText()).toHtmlEscaped()));
    QStringList links;
    const auto link = [&links](const QString &url, const QString &text) {
        if (!url.isEmpty())
            links.append(QStringLiteral("<a href=\"%1\">%2</a>").arg(url.toHtmlEscaped(), text.toHtmlEscaped()));
    };
    link(info.homePageUrl(), tr("Home page"));
    link(info.statusPageUrl(), tr("Status page"));
    link(info.isSecurePortEnabled() && !info.secureHealthCheckUrl().isEmpty() ? info.secureHealthCheckUrl()
                                                                              : info.healthCheckUrl(),
         tr("Health"));
    m_links->setText(links.join(QStringLiteral(" · ")));

    const QString instance = tr("Instance");
    addField(instance, QStringLiteral("instanceId"), info.instanceId());
    addField(instance, QStringLiteral("app"), info.app());
    addField(instance, QStringLiteral("appGroupName"), info.appGroupName());
    addField(instance, QStringLiteral("hostName"), info.hostName());
    addField(instance, QStringLiteral("ipAddr"), info.ipAddr());
    addField(instance, QStringLiteral("port"), QStringLiteral("%1 (%2)").arg(info.port()).arg(info.isPortEnabled() ? tr("enabled") : tr("disabled")));
    addField(instance, QStringLiteral("securePort"),
             QStringLiteral("%1 (%2)").arg(info.securePort()).arg(info.isSecurePortEnabled() ? tr("enabled") : tr("disabled")));
    addField(instance, QStringLiteral("status"), info.statusText());
    addField(instance, QStringLiteral("overriddenStatus"), info.overriddenStatusText());
    addField(instance, QStringLiteral("vipAddress"), info.vipAddress());
    addField(instance, QStringLiteral("secureVipAddress"), info.secureVipAddress());
    addField(instance, QStringLiteral("homePageUrl"), info.homePageUrl());
    addField(instance, QStringLiteral("statusPageUrl"), info.statusPageUrl());
    addField(instance, QStringLiteral("healthCheckUrl"), info.healthCheckUrl());
    addField(instance, QStringLiteral("secureHealthCheckUrl"), info.secureHealthCheckUrl());
    addField(instance, QStringLiteral("countryId"), QString::number(info.countryId()));
    addField(instance, QStringLiteral("isCoordinatingDiscoveryServer"),
             info.isCoordinatingDiscoveryServer() ? QStringLiteral("true") : QStringLiteral("false"));
    addField(instance, QStringLiteral("lastUpdatedTimestamp"), timeText(info.lastUpdatedTimestamp()));
    addField(instance, QStringLiteral("lastDirtyTimestamp"), timeText(info.lastDirtyTimestamp()));
    addField(instance, QStringLiteral("actionType"), toWireString(info.actionType()));
    if (!info.asgName().isEmpty())
        addField(instance, QStringLiteral("asgName"), info.asgName());

    const QString lease = tr("Lease");
    const LeaseInfo l = info.leaseInfo();
    addField(lease, QStringLiteral("renewalIntervalInSecs"), QString::number(l.renewalIntervalInSecs));
    addField(lease, QStringLiteral("durationInSecs"), QString::number(l.durationInSecs));
    addField(lease, QStringLiteral("registrationTimestamp"), timeText(l.registrationTimestamp));
    addField(lease, QStringLiteral("lastRenewalTimestamp"), timeText(l.lastRenewalTimestamp));
    addField(lease, QStringLiteral("evictionTimestamp"), timeText(l.evictionTimestamp));
    addField(lease, QStringLiteral("serviceUpTimestamp"), timeText(l.serviceUpTimestamp));

    const QString dataCenter = tr("Data center");
    const DataCenterInfo dc = info.dataCenterInfo();
    addField(dataCenter, QStringLiteral("name"), dc.name());
    addField(dataCenter, QStringLiteral("@class"), dc.className());
    for (const auto &[key, value] : dc.metadata())
        addField(dataCenter, key, value);

    const MetadataEntries metadata = info.metadata();
    m_metadata->setRowCount(int(metadata.size()));
    for (int row = 0; row < metadata.size(); ++row) {
        m_metadata->setItem(row, 0, new QTableWidgetItem(metadata.at(row).first));
        m_metadata->setItem(row, 1, new QTableWidgetItem(metadata.at(row).second));
    }
    m_metadata->resizeColumnToContents(0);
}

void InstanceDetailsView::setHistory(StatusHistory *history)
{
    m_history = history;
    refreshHistory();
}

qint64 InstanceDetailsView::historySpan() const { return qint64(m_spans->checkedId()) * 1000; }

void InstanceDetailsView::setHistorySpan(qint64 ms)
{
    if (QAbstractButton *button = m_spans->button(int(ms / 1000))) {
        button->setChecked(true);
        refreshHistory();
    }
}

QString InstanceDetailsView::historySummary() const { return m_historySummary->text(); }

void InstanceDetailsView::refreshHistory()
{
    const int request = ++m_historyRequest;
    m_historyRow->setVisible(m_history && !m_instance.isNull());
    if (!m_history || m_instance.isNull())
        return;
    m_timeline->setPlaceholder(tr("Loading…"));
    QPointer<InstanceDetailsView> self(this);
    m_history->timeline(m_instance.app(), m_instance.instanceId(), historySpan(),
                        [self, request](const StatusTimeline &timeline, double availability) {
                            if (self && request == self->m_historyRequest)
                                self->showHistory(timeline, availability);
                        });
}

void InstanceDetailsView::showHistory(const StatusTimeline &timeline, double availability)
{
    m_timeline->setTimeline(timeline);
    const auto percent = [](double share) { return share < 0 ? QStringLiteral("—") : QStringLiteral("%1 %").arg(share * 100, 0, 'f', 1); };
    m_historySummary->setText(tr("%n status change(s) · UP %1 · application UP %2", nullptr, timeline.flaps)
                                  .arg(percent(timeline.upShare()), percent(availability)));
    m_historySummary->setToolTip(
        tr("This instance was UP %1 of the time it was registered in the span; all instances of %2 together, %3.%4")
            .arg(percent(timeline.upShare()), m_instance.app(), percent(availability),
                 m_history->isPersistent() ? QString() : tr("\nThe history is kept in memory only: %1").arg(m_history->errorString())));
    Q_EMIT historyShown();
}

void InstanceDetailsView::setAdminEnabled(bool enabled, const QString &whyNot)
{
    for (QPushButton *button : std::as_const(m_adminButtons)) {
        button->setEnabled(enabled);
        button->setToolTip(enabled ? QString() : whyNot);
    }
}

QString InstanceDetailsView::fieldValue(const QString &field) const
{
    const QList<QTreeWidgetItem *> found = m_fields->findItems(field, Qt::MatchExactly | Qt::MatchRecursive, 0);
    return found.isEmpty() ? QString() : found.first()->text(1);
}
