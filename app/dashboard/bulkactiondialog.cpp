// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#include "bulkactiondialog.h"

#include "dashboardsession.h"
#include "peercomparison.h"
#include "peerservers.h"
#include "statustext.h"

#include <EurekaClient/eurekaclient.h>
#include <EurekaClient/eurekareply.h>

#include <QtCore/QPointer>
#include <QtCore/QUrl>
#include <QtGui/QClipboard>
#include <QtGui/QGuiApplication>
#include <QtWidgets/QDialogButtonBox>
#include <QtWidgets/QHeaderView>
#include <QtWidgets/QLabel>
#include <QtWidgets/QProgressBar>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QTreeWidget>
#include <QtWidgets/QVBoxLayout>

using namespace Eureka;

namespace {
constexpr int Parallel = 4;   // requests in flight at once: a registry is not a load test
constexpr qint64 GiveUpMs = 120000;
enum Column { App, Instance, Status, Result };
} // namespace

BulkActionDialog::BulkActionDialog(Action action, const QList<InstanceInfo> &instances, DashboardSession *session,
                                   QWidget *parent)
    : QDialog(parent)
    , m_action(action)
    , m_instances(instances)
    , m_session(session)
    , m_list(new QTreeWidget(this))
    , m_summary(new QLabel(this))
    , m_propagation(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_confirm(new QPushButton(this))
    , m_curl(new QPushButton(tr("Copy as &curl"), this))
{
    const int n = int(instances.size());
    QString verb;
    switch (action) {
    case Action::OutOfService: verb = tr("Take %n instance(s) out of service", nullptr, n); break;
    case Action::BackUp: verb = tr("Put %n instance(s) back UP", nullptr, n); break;
    case Action::ClearOverride: verb = tr("Clear the override of %n instance(s)", nullptr, n); break;
    case Action::Delete: verb = tr("Delete %n registration(s)", nullptr, n); break;
    }
    setWindowTitle(verb);
    m_summary->setText(tr("%1 in %2? Nothing is sent before you confirm.").arg(verb, session->profile().name));
    m_summary->setWordWrap(true);
    m_list->setObjectName(QStringLiteral("bulkList"));
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({tr("Application"), tr("Instance"), tr("Status"), tr("Result")});
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    for (const InstanceInfo &info : instances)
        new QTreeWidgetItem(m_list, {info.app(), info.instanceId(), StatusText::name(info.status(), info.statusText()), QString()});
    m_progress->setRange(0, n);
    m_progress->setValue(0);
    m_progress->hide();
    m_propagation->setObjectName(QStringLiteral("propagation"));
    m_propagation->setWordWrap(true);
    m_propagation->hide();
    m_confirm->setText(verb);
    m_confirm->setObjectName(QStringLiteral("confirmBulkButton"));
    m_confirm->setDefault(false); // a deliberate click, not Enter
    connect(m_confirm, &QPushButton::clicked, this, &BulkActionDialog::confirm);
    connect(m_curl, &QPushButton::clicked, this, [this] { QGuiApplication::clipboard()->setText(curlCommands()); });
    m_poll.setInterval(std::chrono::seconds(1));
    m_poll.setSingleShot(true);
    connect(&m_poll, &QTimer::timeout, this, &BulkActionDialog::poll);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_curl, QDialogButtonBox::ActionRole);
    buttons->addButton(m_confirm, QDialogButtonBox::AcceptRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    disconnect(buttons, &QDialogButtonBox::accepted, nullptr, nullptr);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_progress);
    layout->addWidget(m_propagation);
    layout->addWidget(buttons);
    resize(760, 420);
}

int BulkActionDialog::rowCount() const { return m_list->topLevelItemCount(); }
QString BulkActionDialog::resultAt(int row) const { return m_list->topLevelItem(row)->text(Result); }
QString BulkActionDialog::propagation() const { return m_propagation->text(); }

// The requests the dashboard sends, for a shell: the first server's URL without its
// credentials, and curl's -u with the user alone, so that curl asks for the password.
QString BulkActionDialog::curlCommands() const
{
    if (!m_session)
        return {};
    QString base = m_session->client()->lastFetchServer();
    if (base.isEmpty())
        base = QUrl(m_session->profile().serverUrls.value(0)).toString(QUrl::RemoveUserInfo);
    if (!base.endsWith(QLatin1Char('/')))
        base += QLatin1Char('/');
    const QString user = m_session->profile().username;
    const QString auth = user.isEmpty() ? QString() : QStringLiteral(" -u '%1'").arg(user);
    QStringList lines;
    for (const InstanceInfo &info : m_instances) {
        const QString path = QStringLiteral("%1apps/%2/%3").arg(base, info.app(), QString::fromUtf8(QUrl::toPercentEncoding(info.instanceId())));
        switch (m_action) {
        case Action::OutOfService: lines.append(QStringLiteral("curl%1 -X PUT '%2/status?value=OUT_OF_SERVICE'").arg(auth, path)); break;
        case Action::BackUp: lines.append(QStringLiteral("curl%1 -X PUT '%2/status?value=UP'").arg(auth, path)); break;
        case Action::ClearOverride: lines.append(QStringLiteral("curl%1 -X DELETE '%2/status'").arg(auth, path)); break;
        case Action::Delete: lines.append(QStringLiteral("curl%1 -X DELETE '%2'").arg(auth, path)); break;
        }
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

void BulkActionDialog::confirm()
{
    if (!m_session || m_session->isReadOnly() || m_next > 0)
        return;
    m_confirm->setEnabled(false);
    m_progress->show();
    m_summary->setText(tr("Sending…"));
    for (int i = 0; i < Parallel; ++i)
        sendNext();
}

void BulkActionDialog::sendNext()
{
    if (!m_session || m_next >= m_instances.size())
        return;
    const int row = m_next++;
    const InstanceInfo info = m_instances.at(row);
    EurekaReply *reply = nullptr;
    switch (m_action) {
    case Action::OutOfService: reply = m_session->overrideStatus(info, InstanceStatus::OutOfService); break;
    case Action::BackUp: reply = m_session->overrideStatus(info, InstanceStatus::Up); break;
    case Action::ClearOverride: reply = m_session->removeOverride(info); break;
    case Action::Delete: reply = m_session->deleteInstance(info); break;
    }
    if (!reply)
        return;
    ++m_running;
    m_list->topLevelItem(row)->setText(Result, tr("sending…"));
    connect(reply, &EurekaReply::finished, this, [this, reply, row] {
        reply->deleteLater();
        --m_running;
        const bool ok = reply->error() == Error::NoError && reply->httpStatus() >= 200 && reply->httpStatus() < 300;
        QTreeWidgetItem *item = m_list->topLevelItem(row);
        item->setText(Result, reply->error() == Error::NoError ? tr("HTTP %1").arg(reply->httpStatus()) : reply->errorString());
        item->setForeground(Result, StatusText::color(ok ? InstanceStatus::Up : InstanceStatus::Down));
        if (ok) {
            ++m_succeeded;
            m_tracked.append(row);
        } else {
            ++m_failed;
        }
        m_progress->setValue(m_succeeded + m_failed);
        sendNext();
        if (m_succeeded + m_failed < m_instances.size())
            return;
        m_summary->setText(tr("%1 succeeded, %2 failed.").arg(m_succeeded).arg(m_failed));
        Q_EMIT actionsFinished(m_succeeded, m_failed);
        if (!m_session)
            return;
        m_session->refresh();
        if (m_tracked.isEmpty() || !m_session->peers())
            return;
        m_since.start();
        m_propagation->setText(tr("Waiting for every server to show it…"));
        m_propagation->show();
        poll();
    });
}

// Whether a server's copy of a tracked instance (null: it has none) shows the change.
bool BulkActionDialog::showsChange(Action action, const InstanceInfo *held)
{
    switch (action) {
    case Action::OutOfService: return held && held->status() == InstanceStatus::OutOfService;
    case Action::BackUp: return held && held->status() == InstanceStatus::Up;
    case Action::ClearOverride: return held && held->overriddenStatus() == InstanceStatus::Unknown;
    case Action::Delete: return !held;
    }
    return false;
}

void BulkActionDialog::poll()
{
    if (!m_session)
        return;
    QList<InstanceInfo> tracked;
    for (const int row : std::as_const(m_tracked))
        tracked.append(m_instances.at(row));
    // Runs on the pool: nothing of the dialog, which may be closed meanwhile.
    const auto check = [action = m_action, tracked](const QList<PeerComparison::Fetch> &fetches) {
        QVariantMap shown; // server -> every tracked instance shows the change there
        for (const PeerComparison::Fetch &fetch : fetches) {
            if (!fetch.error.isEmpty())
                continue;
            bool all = true;
            for (const InstanceInfo &info : tracked) {
                const InstanceInfo held = fetch.registry.application(info.app()).instance(info.instanceId());
                if (!showsChange(action, held.isNull() ? nullptr : &held)) {
                    all = false;
                    break;
                }
            }
            shown.insert(fetch.url, all);
        }
        return QVariant(shown);
    };
    m_inspecting = m_session->peers()->inspect(check, [self = QPointer<BulkActionDialog>(this)](const QVariant &result) {
        if (self)
            self->showPropagation(result.toMap());
    });
    if (!m_inspecting)
        m_poll.start(); // the Servers view is reading them: look again shortly
}

void BulkActionDialog::showPropagation(const QVariantMap &shown)
{
    m_inspecting = false;
    if (!m_session)
        return;
    const qint64 now = m_since.elapsed();
    QStringList lines;
    bool complete = true;
    for (const QString &url : m_session->peers()->urls()) {
        if (shown.value(url).toBool() && !m_seenAfter.contains(url))
            m_seenAfter.insert(url, now);
        const QString server = PeerComparison::serverLabel(url);
        if (m_seenAfter.contains(url)) {
            lines.append(tr("%1: shows it, %2 s after the answer").arg(server).arg(double(m_seenAfter.value(url)) / 1000.0, 0, 'f', 1));
        } else {
            complete = false;
            lines.append(tr("%1: not yet").arg(server));
        }
    }
    m_propagation->setText(lines.join(QLatin1Char('\n')));
    if (complete || now > GiveUpMs) {
        Q_EMIT propagated(complete);
        return;
    }
    m_poll.start();
}
