// SPDX-FileCopyrightText: 2026 QtEureka contributors
// SPDX-License-Identifier: Apache-2.0
#include "healthstrip.h"

#include "clusterhealth.h"
#include "durationtext.h"

#include <QtCore/QDateTime>
#include <QtCore/QLocale>
#include <QtWidgets/QLabel>
#include <QtWidgets/QVBoxLayout>

HealthStrip::HealthStrip(QWidget *parent)
    : QFrame(parent)
    , m_summary(new QLabel(this))
    , m_warning(new QLabel(this))
{
    setFrameShape(QFrame::StyledPanel);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setObjectName(QStringLiteral("healthSummary"));
    m_warning->setObjectName(QStringLiteral("healthWarning"));
    m_warning->setWordWrap(true);
    m_warning->setAutoFillBackground(true);
    m_warning->setMargin(4);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 3, 6, 3);
    layout->setSpacing(2);
    layout->addWidget(m_summary);
    layout->addWidget(m_warning);
    refresh();
}

void HealthStrip::setHealth(ClusterHealth *health)
{
    if (m_health)
        disconnect(m_health, nullptr, this, nullptr);
    m_health = health;
    if (health)
        connect(health, &ClusterHealth::changed, this, &HealthStrip::refresh);
    refresh();
}

QString HealthStrip::summaryText() const { return m_summary->text(); }
QString HealthStrip::warningText() const { return m_warning->isVisible() ? m_warning->text() : QString(); }

void HealthStrip::refresh()
{
    if (!m_health) {
        m_summary->setText(tr("Not connected"));
        m_warning->hide();
        return;
    }
    QStringList parts;
    if (m_health->lastFetch() > 0) {
        parts << tr("Server: %1").arg(m_health->server());
        parts << tr("last fetch %1").arg(DurationText::ago(QDateTime::currentMSecsSinceEpoch() - m_health->lastFetch()));
        parts << (m_health->lastFetchWasDelta() ? tr("delta") : tr("full registry"));
        parts << (m_health->hashMatched() ? tr("hash matches") : tr("hash mismatch, full fetch"));
    } else {
        parts << tr("Waiting for the first answer…");
    }
    if (m_health->isLoading())
        parts << tr("showing %1 of %2 changes…")
                     .arg(QLocale().toString(qlonglong(m_health->loadApplied())),
                          QLocale().toString(qlonglong(m_health->loadTotal())));
    if (m_health->errorCount() > 0)
        parts << tr("%n fetch error(s)", nullptr, m_health->errorCount());
    const ClusterHealth::Renewals r = m_health->renewals();
    if (r.expectedPerMinute > 0)
        parts << tr("renewals %1/min (threshold %2)").arg(qRound(r.observedPerMinute)).arg(qRound(r.threshold));
    if (r.lapsed > 0) // beside the renewal rate: how many leases a server would evict
        parts << tr("%n lapsed lease(s)", nullptr, r.lapsed);
    m_summary->setText(parts.join(QStringLiteral(" · ")));

    QPalette palette = m_warning->palette();
    if (!m_health->errorString().isEmpty()) {
        palette.setColor(QPalette::Window, QColor(0xc6, 0x28, 0x28));
        palette.setColor(QPalette::WindowText, Qt::white);
        m_warning->setText(tr("Fetching failed: %1. Showing the last good registry.").arg(m_health->errorString()));
        m_warning->setPalette(palette);
        m_warning->show();
    } else if (r.belowThreshold()) {
        palette.setColor(QPalette::Window, QColor(0xf9, 0xa8, 0x25));
        palette.setColor(QPalette::WindowText, Qt::black);
        m_warning->setText(tr("Renewals are below the expected rate: %1 per minute against a threshold of %2; "
                              "%n lease(s) without a recent renewal. The Eureka servers may enter self-preservation "
                              "and stop expiring instances.", nullptr, r.lapsed)
                               .arg(qRound(r.observedPerMinute)).arg(qRound(r.threshold)));
        m_warning->setPalette(palette);
        m_warning->show();
    } else {
        m_warning->hide();
    }
}
